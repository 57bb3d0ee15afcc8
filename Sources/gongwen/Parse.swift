import ArgumentParser
import Gongwen

extension GongwenCommand {
  struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Parse one report and print its JSON.")

    @OptionGroup var input: InputOptions

    @Flag(help: "Indent the JSON for people.")
    var pretty = false

    func run() throws {
      let document = try InputLoader.document(from: input.file)
      Output.write(document.jsonBytes(pretty: pretty))
      Output.write("\n")
    }
  }
}

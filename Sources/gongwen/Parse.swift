import ArgumentParser
import Gongwen

extension GongwenCommand {
  struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Parse one report and print its JSON.")

    @OptionGroup var input: InputOptions
    @OptionGroup var limits: LimitOptions

    @Flag(help: "Indent the JSON for people.")
    var pretty = false

    @Flag(help: "Print the text spans index instead of the JSON: for a .docx, the text read out of it.")
    var text = false

    func run() throws {
      let document = try InputLoader.document(from: input.file, format: input.format, parser: limits.parser)
      if text {
        Output.write(document.text ?? "")
        return
      }
      // Streamed in chunks: the JSON of a large report is several times its size.
      document.writeJSON(pretty: pretty) { chunk in Output.write(raw: chunk) }
      Output.write("\n")
    }
  }
}

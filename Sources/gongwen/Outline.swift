import ArgumentParser
import Gongwen

extension GongwenCommand {
  struct Outline: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a report's section tree for people.")

    @OptionGroup var input: InputOptions

    func run() throws {
      let document = try InputLoader.document(from: input.file)
      Output.write(document.outline.treeDump() + "\n")
    }
  }
}

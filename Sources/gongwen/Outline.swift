import ArgumentParser
import Gongwen

extension GongwenCommand {
  struct Outline: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print a report's section tree for people.")

    @Argument(help: "The report to read, or - for standard input.")
    var file: String

    func run() throws {
      let document = try InputLoader.document(from: file)
      Output.write(document.outline.treeDump() + "\n")
    }
  }
}

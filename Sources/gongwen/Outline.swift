import ArgumentParser
import Gongwen

extension GongwenCommand {
  struct Outline: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print a report's section tree for people.")

    @OptionGroup var input: InputOptions
    @OptionGroup var limits: LimitOptions

    func run() throws {
      let document = try InputLoader.document(from: input.file, format: input.format, parser: limits.parser)
      Output.write(document.outline.treeDump() + "\n")
    }
  }
}

import ArgumentParser
import Gongwen

extension GongwenCommand {
  struct Numbers: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print every number of a text (counts, fractions, percentages) as JSON lines.",
      discussion: "Unlike metrics, no unit is needed: this is NumberRecognizer, the layer beneath them.")

    @Argument(help: "The text to read (UTF-8, UTF-16 or GB18030).")
    var file: String

    @OptionGroup var limits: LimitOptions

    func run() throws {
      let numbers: [RecognizedNumber]
      do {
        numbers = try NumberRecognizer.numbers(contentsOfFile: file, maxInputBytes: limits.maxBytes.value)
      } catch {
        Output.writeError("gongwen: \(error)\n")
        throw ExitCode.failure
      }
      var buffer: [UInt8] = []
      for number in numbers {
        buffer += number.jsonLine()
        if buffer.count >= 1 << 16 {
          Output.write(buffer)
          buffer.removeAll(keepingCapacity: true)
        }
      }
      Output.write(buffer)
    }
  }
}

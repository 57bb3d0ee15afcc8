import ArgumentParser
import Gongwen

/// Reads a report named on the command line, turning library errors into a message on
/// standard error and exit code 1.
enum InputLoader {
  static func document(from file: String, format: InputFormat? = nil, parser: GongwenParser) throws -> Document {
    do {
      if file == "-" {
        return try parser.parseStandardInput(format: format ?? .plainText)
      }
      return try parser.parse(contentsOfFile: file, format: format)
    } catch {
      Output.writeError("gongwen: \(error)\n")
      throw ExitCode.failure
    }
  }
}

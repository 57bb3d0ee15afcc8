import ArgumentParser
import Gongwen

/// Reads a report named on the command line, turning library errors into a message on
/// standard error and exit code 1.
enum InputLoader {
  static func document(from file: String) throws -> Document {
    do {
      if file == "-" {
        return try GongwenParser().parseStandardInput()
      }
      return try GongwenParser().parse(contentsOfFile: file)
    } catch {
      Output.writeError("gongwen: \(error)\n")
      throw ExitCode.failure
    }
  }
}

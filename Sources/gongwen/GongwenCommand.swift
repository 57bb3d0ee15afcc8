import ArgumentParser
import Gongwen

@main
struct GongwenCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gongwen",
    abstract: "Turn Chinese government reports into structured data.",
    discussion: "Exit codes: 0 success, 1 a file could not be converted, 2 usage error.",
    version: "0.1.0",
    subcommands: [Parse.self, Outline.self, Convert.self, Documents.self, Metrics.self, Placeholders.self, Sections.self, Numbers.self, Stream.self]
  )

  /// Runs the command, reporting usage errors with exit code 2 (ArgumentParser's default is
  /// 64) so that scripts can tell a wrong call from a bad file.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var command = command as? any AsyncParsableCommand {
        try await command.run()
      } else {
        try command.run()
      }
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        Output.writeError(fullMessage(for: error) + "\n")
        exit(withError: ExitCode(2))
      }
      exit(withError: error)
    }
  }
}

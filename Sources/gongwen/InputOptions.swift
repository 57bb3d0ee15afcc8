import ArgumentParser
import Gongwen

/// The report a command reads, shared by the commands that take one.
struct InputOptions: ParsableArguments {
  @Argument(help: "The report to read, or - for standard input.")
  var file: String

  @Flag(help: "Read the report as markdown (files named .md or .markdown always are).")
  var markdown = false

  /// The format to read the report in: markdown when asked, else from the file's name.
  var format: InputFormat? { markdown ? .markdown : nil }
}

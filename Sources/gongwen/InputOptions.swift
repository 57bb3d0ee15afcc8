import ArgumentParser

/// The report a command reads, shared by the commands that take one.
struct InputOptions: ParsableArguments {
  @Argument(help: "The report to read, or - for standard input.")
  var file: String
}

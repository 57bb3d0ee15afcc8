import ArgumentParser
import Gongwen

/// The files, folders or `-` that batch commands read.
struct BatchInputOptions: ParsableArguments {
  @Argument(help: "Files, folders (searched recursively) or - for standard input.")
  var inputs: [String]

  @Option(help: "Which files to take from folders, as a shell pattern (default: *.txt, *.md, *.markdown and *.docx).")
  var glob: String?

  @Option(
    name: .customLong("exclude"),
    help: ArgumentHelp(
      "A file or folder inside the input folders not to read, as a shell pattern matched against its name and its path below the input folder; repeat for more.",
      valueName: "PATTERN"))
  var exclude: [String] = []

  func validate() throws {
    guard !inputs.isEmpty else { throw ValidationError("name at least one file or folder") }
  }

  /// The documents to read, the inputs that failed and the files of the folders that are
  /// left out; a folder `excluding` names (the output folder) is not entered.
  func scan(excluding: String? = nil) -> BatchInput.Scan {
    BatchInput.scan(inputs, pattern: glob, excluding: excluding, exclude: exclude)
  }

  /// Tells on standard error which files of the input folders were left out and why, or
  /// with `names` false only how many.
  static func reportLeftOut(_ files: [SkippedFile], names: Bool = true) {
    if let line = SkippedFile.summary(files, names: names) { Output.writeError(line + "\n") }
  }
}

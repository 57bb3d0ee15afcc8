import ArgumentParser
import Gongwen

/// The files, folders or `-` that batch commands read.
struct BatchInputOptions: ParsableArguments {
  @Argument(help: "Files, folders (searched recursively) or - for standard input.")
  var inputs: [String]

  @Option(help: "Which files to take from folders, as a shell pattern (default: *.txt, *.md and *.markdown).")
  var glob: String?

  func validate() throws {
    guard !inputs.isEmpty else { throw ValidationError("name at least one file or folder") }
  }

  /// The documents to read; a folder `excluding` names (the output folder) is not entered.
  func collect(excluding: String? = nil) -> (items: [BatchItem], failures: [BatchFailure]) {
    BatchInput.collect(inputs, pattern: glob, excluding: excluding)
  }
}

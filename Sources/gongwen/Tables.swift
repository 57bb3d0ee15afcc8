import ArgumentParser
import Gongwen

/// The options of the table commands (`documents`, `metrics`, `placeholders`, `sections`).
struct TableOptions: ParsableArguments {
  @OptionGroup var inputs: BatchInputOptions
  @OptionGroup var limits: LimitOptions

  @Option(help: "csv (RFC 4180), tsv or jsonl.")
  var format: TableFormat = .csv

  @Flag(help: "Start CSV with a byte-order mark so that Excel reads Chinese text.")
  var excel = false

  @Option(name: .shortAndLong, help: "Documents read at once (default: the number of cores).")
  var jobs: Int = SystemInfo.coreCount

  @Flag(name: .shortAndLong, help: "Count the files of the folders that are left out, without naming them.")
  var quiet = false

  /// Prints the table on standard output; failures go to standard error and exit code 1.
  func run(_ kind: TableKind) async throws {
    let scanned = inputs.scan()
    let (items, missing) = (scanned.items, scanned.failures)
    let failures = try await TableExport(
      kind: kind, format: format, excel: excel, jobs: jobs, maxInputBytes: limits.maxBytes.value).run(items) { Output.write($0) }
    for failure in missing + failures { Output.writeError("gongwen: \(failure.path): \(failure.reason)\n") }
    BatchInputOptions.reportLeftOut(scanned.skipped, names: !quiet)
    if !(missing + failures).isEmpty { throw ExitCode.failure }
  }
}

extension TableFormat: ExpressibleByArgument {}

extension GongwenCommand {
  struct Documents: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "One row per file: title, type, kind, period, front matter, encoding, sha256, bytes and counts.")
    @OptionGroup var options: TableOptions
    func run() async throws { try await options.run(.documents) }
  }

  struct Metrics: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "One row per metric: file, section, role, subject, value, unit, qualifiers, span, text.")
    @OptionGroup var options: TableOptions
    func run() async throws { try await options.run(.metrics) }
  }

  struct Placeholders: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "One row per masked placeholder (XX, **, ××): file, section, kind, width, span, text.")
    @OptionGroup var options: TableOptions
    func run() async throws { try await options.run(.placeholders) }
  }

  struct Sections: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "One row per section: file, id, level, marker, title, role, path and counts.")
    @OptionGroup var options: TableOptions
    func run() async throws { try await options.run(.sections) }
  }
}

import ArgumentParser
import Gongwen

extension GongwenCommand {
  struct Convert: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Convert files and folders of reports, in parallel.",
      discussion: """
        Writes one DIR/<relative path>.json per input (json), one DIR/documents.jsonl (jsonl), \
        DIR/documents.csv, metrics.csv, placeholders.csv and sections.csv (csv), or one SQLite \
        database -o FILE (sqlite: documents are keyed by SHA-256 and replaced when converted \
        again; the file is updated, or rebuilt with --overwrite). Outputs are written \
        atomically; existing ones are skipped unless --overwrite. Failures are listed at the \
        end and in DIR/errors.jsonl (FILE.errors.jsonl for sqlite). Files of the input folders \
        that --glob does not take (.docx, .pdf, …) are named with why on standard error, and \
        counted in the summary ("left out 2"). Exit code 0 when every \
        input converted or was skipped, 1 when some failed.
        """)

    @OptionGroup var inputs: BatchInputOptions
    @OptionGroup var limits: LimitOptions

    @Option(name: .shortAndLong, help: "The directory to write to, or the database file for sqlite (created when missing).")
    var output: String

    @Option(help: "json (one file per input), jsonl (one combined file), csv (tables) or sqlite (one database).")
    var format: ConvertFormat = .json

    @Option(name: .shortAndLong, help: "Documents converted at once (default: the number of cores).")
    var jobs: Int = SystemInfo.coreCount

    @Flag(help: "Indent JSON for people.")
    var pretty = false

    @Flag(help: "Replace outputs that exist.")
    var overwrite = false

    @Flag(help: "Start CSV with a byte-order mark so that Excel reads Chinese text.")
    var excel = false

    @Flag(name: .shortAndLong, help: "No progress bar, and files of the folders that are left out only counted, not named.")
    var quiet = false

    func validate() throws {
      guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
      SignalCleanup.install()
      let scanned = inputs.scan(excluding: output)
      let (items, missing) = (scanned.items, scanned.failures)
      let bar = quiet ? nil : ProgressBar()
      let summary: BatchSummary
      do {
        if let batchFormat = format.batchFormat {
          let options = BatchOptions(
            outputDirectory: output, format: batchFormat, jobs: jobs, pretty: pretty, overwrite: overwrite, excel: excel,
            maxInputBytes: limits.maxBytes.value)
          summary = try await BatchConverter(options: options).run(
            items, earlierFailures: missing, leftOut: scanned.skipped, progress: bar?.report)
        } else {
          let export = SQLiteExport(database: output, jobs: jobs, overwrite: overwrite, maxInputBytes: limits.maxBytes.value)
          summary = try await export.run(
            items, earlierFailures: missing, leftOut: scanned.skipped, progress: bar?.report)
        }
      } catch {
        Output.writeError("gongwen: \(error)\n")
        throw ExitCode.failure
      }
      bar?.finish()
      // Failures always reach standard error, whether or not errors.jsonl could be written.
      for failure in summary.failures {
        switch failure.stage {
        case .input: Output.writeError("gongwen: \(failure.path): \(failure.reason)\n")
        case .output: Output.writeError("gongwen: \(failure.reason)\n")
        }
      }
      if let stopped = summary.stoppedBy {
        Output.writeError("gongwen: stopped: \(stopped.output ?? stopped.path) could not be written; existing outputs were kept\n")
      }
      // The summary line counts them ("left out 2"); -q leaves out their names.
      if !quiet { BatchInputOptions.reportLeftOut(summary.leftOut) }
      Output.writeError(summary.description + "\n")
      if let failure = summary.errorsFileFailure {
        Output.writeError("gongwen: \(failure)\n")
      } else if !summary.failures.isEmpty, let errorsFile = summary.errorsFile {
        Output.writeError("failures listed in \(errorsFile)\n")
      }
      if !summary.failures.isEmpty || summary.errorsFileFailure != nil {
        throw ExitCode.failure
      }
    }
  }
}

/// `--format`: the batch formats of ``BatchOptions/Format``, and `sqlite` (``SQLiteExport``).
enum ConvertFormat: String, CaseIterable, ExpressibleByArgument {
  case json, jsonl, csv, sqlite

  /// The format for `BatchConverter`; nil for the database.
  var batchFormat: BatchOptions.Format? { BatchOptions.Format(rawValue: rawValue) }
}

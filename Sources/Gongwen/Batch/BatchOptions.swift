/// How ``BatchConverter`` writes its outputs.
public struct BatchOptions: Sendable {
  /// The shape of the outputs.
  public enum Format: String, Sendable, CaseIterable {
    /// One `.json` document per input, mirroring the inputs' relative paths.
    case json
    /// One `documents.jsonl`: a compact JSON document per line, in input order.
    case jsonl
    /// Flat tables `documents.csv`, `metrics.csv`, `placeholders.csv` and `sections.csv` (see
    /// ``TableKind``).
    case csv
  }

  /// The directory the outputs go to; created when missing.
  public var outputDirectory: String
  public var format: Format
  /// How many documents are converted at once.
  public var jobs: Int
  /// Indent JSON documents for people.
  public var pretty: Bool
  /// Replace outputs that exist; otherwise their inputs are skipped.
  public var overwrite: Bool
  /// Write CSV with a UTF-8 byte-order mark, which Excel needs to read Chinese text.
  public var excel: Bool
  /// Inputs larger than this are failures (``GongwenError/tooLarge(path:limit:)``).
  public var maxInputBytes: Int

  public init(
    outputDirectory: String, format: Format = .json, jobs: Int = 1, pretty: Bool = false, overwrite: Bool = false,
    excel: Bool = false, maxInputBytes: Int = GongwenParser.defaultMaxInputBytes
  ) {
    self.maxInputBytes = maxInputBytes
    self.outputDirectory = outputDirectory
    self.format = format
    self.jobs = max(1, jobs)
    self.pretty = pretty
    self.overwrite = overwrite
    self.excel = excel
  }
}

/// What a batch did.
public struct BatchSummary: Sendable {
  public var converted = 0
  /// Inputs whose outputs exist and were kept (no ``BatchOptions/overwrite``).
  public var skipped = 0
  /// Files of the input folders that were not read, with why (a `.docx`, a `.pdf`, a file
  /// `--glob` does not take), from ``BatchInput/scan(_:pattern:excluding:exclude:)``. They are not
  /// failures: they leave the exit code alone.
  public var leftOut: [SkippedFile] = []
  /// Inputs left unconverted because the batch stopped (see ``stoppedBy``); with combined
  /// outputs, every input once the combined output failed.
  public var notConverted = 0
  /// Inputs that failed and outputs that could not be written, in input order.
  public var failures: [BatchFailure] = []
  /// The combined output whose failure stopped the batch, if one did; it is also the last
  /// entry of ``failures``.
  public var stoppedBy: BatchFailure?
  /// Why `errors.jsonl` could not be written, if it could not: the failures are then only
  /// in ``failures`` (the command prints them on standard error).
  public var errorsFileFailure: GongwenError?
  /// Where the failures were written (`DIR/errors.jsonl`, or `DATABASE.errors.jsonl` for
  /// ``SQLiteExport``), once they were.
  public var errorsFile: String?
  /// Bytes read from the inputs that were converted.
  public var bytes = 0
  public var elapsed: Duration = .zero

  public init() {}

  /// One line for people: the counts and throughput.
  public var description: String {
    let seconds = elapsed.seconds
    let megabytes = Double(bytes) / 1_000_000
    let rate = seconds > 0 ? megabytes / seconds : 0
    let outputFailures = failures.count { $0.stage == .output }
    let failed = outputFailures > 0 ? "\(failures.count) (\(outputFailures) writing outputs)" : "\(failures.count)"
    let stopped = notConverted > 0 ? ", not converted \(notConverted)" : ""
    let left = leftOut.isEmpty ? "" : ", left out \(leftOut.count)"
    return "converted \(converted), failed \(failed), skipped \(skipped)\(left)\(stopped); "
      + "\(megabytes.formatted(decimals: 1)) MB in \(seconds.formatted(decimals: 2)) s "
      + "(\(rate.formatted(decimals: 1)) MB/s, \((seconds > 0 ? Double(converted) / seconds : 0).formatted(decimals: 0)) files/s)"
  }
}

/// How far a batch has got, for a progress bar.
public struct BatchProgress: Sendable {
  public var done: Int
  public var total: Int
  public var bytes: Int
  public var elapsed: Duration

  /// One line such as `[#########-----------]  450/1000  12.3 MB/s  ETA 4s`, at most
  /// `width` columns.
  public func line(width: Int = 80) -> String {
    let seconds = elapsed.seconds
    let rate = seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0
    let remaining = done > 0 && seconds > 0 ? seconds / Double(done) * Double(total - done) : nil
    let eta = remaining.map { "ETA \(Int($0.rounded()))s" } ?? "ETA -"
    let counts = "\(done)/\(total)"
    let tail = "  \(counts)  \(rate.formatted(decimals: 1)) MB/s  \(eta)"
    let barWidth = max(10, min(40, width - tail.count - 2))
    let filled = total > 0 ? barWidth * done / total : barWidth
    return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]" + tail
  }
}

extension Duration {
  var seconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}

extension Double {
  /// Fixed-point text without Foundation's formatters.
  func formatted(decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (self * scale).rounded()
    let integer = Int(scaled / scale)
    guard decimals > 0 else { return String(integer) }
    let fraction = Int(abs(scaled.truncatingRemainder(dividingBy: scale)))
    let digits = String(fraction)
    return (scaled < 0 && integer == 0 ? "-" : "") + "\(integer)." + String(repeating: "0", count: decimals - digits.count) + digits
  }
}

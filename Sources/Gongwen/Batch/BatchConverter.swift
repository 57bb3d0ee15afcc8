/// Converts many documents at once: in parallel, with outputs written atomically, and with
/// every failure reported by file instead of stopping the batch.
///
/// ```swift
/// let (items, missing) = BatchInput.collect(["reports/"])
/// let converter = BatchConverter(options: BatchOptions(outputDirectory: "out", jobs: 2))
/// let summary = try await converter.run(items)
/// print(summary.description)          // converted 2000, failed 0, skipped 0; …
/// ```
///
/// Outputs per ``BatchOptions/Format``: `json` writes `DIR/<relative path>.json` for each
/// input; `jsonl` writes `DIR/documents.jsonl`; `csv` writes `DIR/documents.csv`,
/// `DIR/metrics.csv`, `DIR/placeholders.csv` and `DIR/sections.csv`. Combined files keep the input order
/// whatever the number of jobs. Every run writes `DIR/errors.jsonl`, one
/// `{"error", "output"?, "path", "stage"}` line per failure (empty when none failed).
///
/// Nothing is lost or half-written: outputs are ``AtomicFile``s, flushed and checked before
/// they are renamed into place; a combined output that cannot be written stops the batch and
/// replaces nothing; a failure to write is told apart from a bad input
/// (``BatchFailure/Stage``); and temporary files left by killed runs are removed first.
public struct BatchConverter: Sendable {
  public let options: BatchOptions
  let parser: GongwenParser

  /// Names of the files the batch writes besides per-document outputs.
  public static let errorsFile = "errors.jsonl"
  public static let documentsFile = "documents.jsonl"

  public init(options: BatchOptions) {
    self.options = options
    self.parser = GongwenParser(maxInputBytes: options.maxInputBytes)
  }

  /// What converting one input gave.
  enum Outcome: Sendable {
    case converted(bytes: Int, payload: [[UInt8]])
    case skipped
    case failed(BatchFailure)
  }

  /// Converts `items`; `earlierFailures` (inputs that could not even be listed) are counted
  /// and written to `errors.jsonl` with the rest.
  ///
  /// - Parameters:
  ///   - items: the documents to convert, from ``BatchInput/collect(_:pattern:excluding:)``.
  ///   - earlierFailures: inputs that failed before conversion (missing files).
  ///   - leftOut: the files of the input folders that are not read
  ///     (``BatchInput/Scan/skipped``), handed back in ``BatchSummary/leftOut``.
  ///   - progress: called in input order as documents finish, at most ten times a second
  ///     and once at the end.
  /// - Throws: ``GongwenError`` only when the output directory or a combined output cannot
  ///   be created, or a combined output exists without ``BatchOptions/overwrite``: before
  ///   any input is read. Every later problem is in the summary: ``BatchSummary/failures``,
  ///   ``BatchSummary/stoppedBy`` and ``BatchSummary/errorsFileFailure``.
  public func run(
    _ items: [BatchItem], earlierFailures: [BatchFailure] = [], leftOut: [SkippedFile] = [],
    progress: (@Sendable (BatchProgress) -> Void)? = nil
  ) async throws(GongwenError) -> BatchSummary {
    var throttle = ProgressThrottle()
    try POSIX.makeDirectories(options.outputDirectory)
    AtomicFile.removeStaleTemporaryFiles(in: options.outputDirectory)
    let combined = try combinedOutputs()
    let targets = outputPaths(items)

    var summary = BatchSummary()
    summary.leftOut = leftOut
    var failures = earlierFailures
    await Self.forEachInOrder(count: items.count, jobs: options.jobs, { index in
      self.convert(items[index], to: targets[index])
    }) { (index: Int, outcome: Outcome) -> Bool in
      switch outcome {
      case .converted(let bytes, let payload):
        for (file, part) in zip(combined, payload) {
          do throws(GongwenError) {
            try file.write(part)
          } catch {
            // A combined output that cannot take more (a full disk) makes every later
            // document fail the same way: stop, and keep the existing file.
            summary.stoppedBy = BatchFailure(writing: file.path, of: file.path, error)
            return false
          }
        }
        summary.converted += 1
        summary.bytes += bytes
      case .skipped:
        summary.skipped += 1
      case .failed(let failure):
        failures.append(failure)
      }
      throttle.report(progress, index: index, total: items.count, bytes: summary.bytes)
      return true
    }
    summary.notConverted = items.count - summary.converted - summary.skipped - failures.count + earlierFailures.count
    if summary.stoppedBy == nil {
      for file in combined {
        do throws(GongwenError) {
          try file.commit(overwrite: true)
        } catch {
          summary.stoppedBy = BatchFailure(writing: file.path, of: file.path, error)
          break
        }
      }
    }
    if let stoppedBy = summary.stoppedBy {
      // Nothing of a combined set replaces the earlier one unless all of it was written.
      for file in combined { file.discard() }
      failures.append(stoppedBy)
      if options.format != .json {
        summary.notConverted += summary.converted
        summary.converted = 0
      }
    }
    summary.failures = failures
    do throws(GongwenError) {
      try Self.writeErrors(summary.failures, to: outputPrefix + Self.errorsFile)
      summary.errorsFile = outputPrefix + Self.errorsFile
    } catch {
      summary.errorsFileFailure = error
    }
    summary.elapsed = throttle.elapsed
    return summary
  }

  // MARK: - One document

  private func convert(_ item: BatchItem, to output: Result<String?, BatchFailure>) -> Outcome {
    let target: String?
    switch output {
    case .failure(let failure): return .failed(failure)
    case .success(let path): target = path
    }
    if let target, !options.overwrite, POSIX.exists(target) { return .skipped }
    do throws(GongwenError) {
      let bytes = try item.readBytes(limit: parser.maxInputBytes)
      let document = try parser.parse(bytes: bytes, path: item.path)
      switch options.format {
      case .json:
        guard let target else { return .failed(BatchFailure(path: item.path, reason: "no output path")) }
        do throws(GongwenError) {
          try write(document, to: target, relativePath: item.relativePath)
        } catch .outputExists {
          return .skipped
        } catch {
          return .failed(BatchFailure(writing: target, of: item.path, error))
        }
        return .converted(bytes: bytes.count, payload: [])
      case .jsonl:
        return .converted(bytes: bytes.count, payload: [document.jsonBytes() + [0x0A]])
      case .csv:
        let payload = TableKind.allCases.map { kind in
          TableFormat.csv.encode(kind.rows(of: document, file: item.path), columns: kind.columns)
        }
        return .converted(bytes: bytes.count, payload: payload)
      }
    } catch {
      return .failed(BatchFailure(error, path: item.path))
    }
  }

  // MARK: - Outputs

  /// Writes one document's JSON to `target`, creating the folders of `relativePath` below
  /// the output folder (never through a symbolic link placed there).
  private func write(_ document: Document, to target: String, relativePath: String) throws(GongwenError) {
    if let slash = relativePath.lastIndex(of: "/") {
      try POSIX.makeDirectories(String(relativePath[..<slash]), under: options.outputDirectory)
    }
    let file = try AtomicFile(path: target)
    try document.writeJSON(pretty: options.pretty) { chunk throws(GongwenError) in try file.write(chunk) }
    try file.write(CollectionOfOne(0x0A))
    try file.commit(overwrite: options.overwrite)
  }

  /// The output directory with a trailing slash, to put file names after.
  private var outputPrefix: String {
    options.outputDirectory.hasSuffix("/") ? options.outputDirectory : options.outputDirectory + "/"
  }

  /// The per-document output of each item (`json` format), or why it has none: two inputs
  /// that would write the same output (a.txt and a.md) make the second one fail.
  private func outputPaths(_ items: [BatchItem]) -> [Result<String?, BatchFailure>] {
    guard options.format == .json else { return items.map { _ in .success(nil) } }
    var seen: [String: String] = [:]
    return items.map { item in
      let path = outputPrefix + Self.replacingExtension(item.relativePath, with: "json")
      if let first = seen[path] {
        return .failure(BatchFailure(path: item.path, reason: "output \(path) would overwrite the output of \(first)"))
      }
      seen[path] = item.path
      return .success(path)
    }
  }

  static func replacingExtension(_ path: String, with newExtension: String) -> String {
    let nameStart = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
    if let dot = path[nameStart...].lastIndex(of: "."), dot > nameStart {
      return path[..<dot] + "." + newExtension
    }
    return path + "." + newExtension
  }

  /// The combined files of the `jsonl` and `csv` formats, opened and headed.
  private func combinedOutputs() throws(GongwenError) -> [AtomicFile] {
    let named: [(String, [UInt8])]
    switch options.format {
    case .json: return []
    case .jsonl: named = [(Self.documentsFile, [])]
    case .csv:
      named = TableKind.allCases.map { kind in
        ("\(kind.rawValue).csv", TableFormat.csv.header(kind.columns, byteOrderMark: options.excel))
      }
    }
    var files: [AtomicFile] = []
    for (name, header) in named {
      let path = outputPrefix + name
      if !options.overwrite, POSIX.exists(path) { throw .outputExists(path: path) }
      let file = try AtomicFile(path: path)
      try file.write(header)
      files.append(file)
    }
    return files
  }

  /// Writes one `{"error", "output"?, "path", "stage"}` line per failure to `path`, atomically.
  static func writeErrors(_ failures: [BatchFailure], to path: String) throws(GongwenError) {
    let file = try AtomicFile(path: path)
    for failure in failures {
      var writer = JSONWriter()
      writer.object { json in
        json.field("error", failure.reason)
        json.field("output", failure.output)
        json.field("path", failure.path)
        json.field("stage", failure.stage.rawValue)
      }
      try file.write(writer.bytes + [0x0A])
    }
    try file.commit(overwrite: true)
  }

  // MARK: - Parallel, in order

  /// Runs `work` for 0..<count with at most `jobs` at once, and hands each result to
  /// `consume` in index order, on the calling task, until `consume` returns false (then no
  /// more work starts, and what runs is cancelled). Results that finish early wait in a
  /// bounded window, so one slow document cannot make memory grow without limit.
  static func forEachInOrder<Result: Sendable>(
    count: Int, jobs: Int, _ work: @escaping @Sendable (Int) -> Result, consume: (Int, Result) -> Bool
  ) async {
    let window = max(jobs * 64, 64)
    await withTaskGroup(of: (Int, Result).self) { group in
      var next = 0
      var inFlight = 0
      var emitted = 0
      var pending: [Int: Result] = [:]
      func refill() {
        while next < count, inFlight < jobs, pending.count + inFlight < window {
          let index = next
          group.addTask { (index, work(index)) }
          next += 1
          inFlight += 1
        }
      }
      refill()
      while let (index, result) = await group.next() {
        inFlight -= 1
        pending[index] = result
        while let ready = pending.removeValue(forKey: emitted) {
          guard consume(emitted, ready) else {
            group.cancelAll()
            return
          }
          emitted += 1
        }
        refill()
      }
    }
  }
}

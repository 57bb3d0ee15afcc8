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
/// input; `jsonl` writes `DIR/documents.jsonl`; `csv` writes `DIR/metrics.csv`,
/// `DIR/placeholders.csv` and `DIR/sections.csv`. Combined files keep the input order
/// whatever the number of jobs. Every run writes `DIR/errors.jsonl`, one
/// `{"path", "error"}` line per failed input (empty when none failed).
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
  ///   - items: the documents to convert, from ``BatchInput/collect(_:pattern:)``.
  ///   - earlierFailures: inputs that failed before conversion (missing files).
  ///   - progress: called in input order as documents finish, at most ten times a second
  ///     and once at the end.
  /// - Throws: ``GongwenError`` only when the output directory or a combined output cannot
  ///   be created, or a combined output exists without ``BatchOptions/overwrite``.
  public func run(
    _ items: [BatchItem], earlierFailures: [BatchFailure] = [], progress: (@Sendable (BatchProgress) -> Void)? = nil
  ) async throws(GongwenError) -> BatchSummary {
    let clock = ContinuousClock()
    let start = clock.now
    try POSIX.makeDirectories(options.outputDirectory)
    let combined = try combinedOutputs()
    let targets = outputPaths(items)

    var summary = BatchSummary()
    var failures = earlierFailures.map { (index: -1, failure: $0) }
    var lastReport = start
    await Self.forEachInOrder(count: items.count, jobs: options.jobs, { index in
      self.convert(items[index], to: targets[index])
    }) { (index: Int, outcome: Outcome) in
      switch outcome {
      case .converted(let bytes, let payload):
        summary.converted += 1
        summary.bytes += bytes
        for (file, part) in zip(combined, payload) {
          do throws(GongwenError) { try file.write(part) } catch { failures.append((index, BatchFailure(error, path: items[index].path))) }
        }
      case .skipped:
        summary.skipped += 1
      case .failed(let failure):
        failures.append((index, failure))
      }
      let now = clock.now
      if let progress, now - lastReport >= .milliseconds(100) || index == items.count - 1 {
        lastReport = now
        progress(BatchProgress(done: index + 1, total: items.count, bytes: summary.bytes, elapsed: now - start))
      }
    }
    for file in combined { try file.commit(overwrite: true) }
    summary.failures = failures.map(\.failure)
    try writeErrors(summary.failures)
    summary.elapsed = clock.now - start
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
      if bytes.isEmpty { throw GongwenError.empty(path: item.path) }
      let document = try parser.parse(bytes: bytes, path: item.path)
      switch options.format {
      case .json:
        guard let target else { return .failed(BatchFailure(path: item.path, reason: "no output path")) }
        try POSIX.makeDirectories(String(target[..<(target.lastIndex(of: "/") ?? target.startIndex)]))
        let file = try AtomicFile(path: target)
        try document.writeJSON(pretty: options.pretty) { chunk throws(GongwenError) in try file.write(chunk) }
        try file.write(CollectionOfOne(0x0A))
        do throws(GongwenError) {
          try file.commit(overwrite: options.overwrite)
        } catch .outputExists {
          return .skipped
        } catch {
          throw error
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

  private func writeErrors(_ failures: [BatchFailure]) throws(GongwenError) {
    let file = try AtomicFile(path: outputPrefix + Self.errorsFile)
    for failure in failures {
      var writer = JSONWriter()
      writer.object { json in
        json.field("error", failure.reason)
        json.field("path", failure.path)
      }
      try file.write(writer.bytes + [0x0A])
    }
    try file.commit(overwrite: true)
  }

  // MARK: - Parallel, in order

  /// Runs `work` for 0..<count with at most `jobs` at once, and hands each result to
  /// `consume` in index order, on the calling task. Results that finish early wait in a
  /// bounded window, so one slow document cannot make memory grow without limit.
  static func forEachInOrder<Result: Sendable>(
    count: Int, jobs: Int, _ work: @escaping @Sendable (Int) -> Result, consume: (Int, Result) -> Void
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
          consume(emitted, ready)
          emitted += 1
        }
        refill()
      }
    }
  }
}

/// Converts documents into one SQLite database: documents, sections, paragraphs, metrics,
/// placeholders, dates, references and titles, with keys and indexes — what
/// `gongwen convert --format sqlite -o corpus.sqlite` writes.
///
/// ```swift
/// let (items, missing) = BatchInput.collect(["reports/"])
/// let summary = try await SQLiteExport(database: "corpus.sqlite", jobs: 2).run(items, earlierFailures: missing)
/// print(summary.description)          // converted 2000, failed 0, skipped 0; …
/// ```
///
/// A document is keyed by the SHA-256 of its bytes: converting it again replaces its rows
/// (and those of an earlier version of the same file) instead of adding a second copy, and
/// the other documents of the database stay. Documents are parsed in parallel and written in
/// input order, one transaction each.
///
/// Nothing is half-written: the run writes into a copy of the database (an ``AtomicFile``
/// next to it, filled with SQLite's backup API) and renames it over the database only when
/// every document is in and the copy is flushed. A crash, a full disk or Ctrl-C leaves the
/// database as it was before the run; readers never see a run half done. The cost is one
/// copy of the existing database per run. One bad input never stops the run: it is a
/// failure in the summary and in ``errorsFile``, as with ``BatchConverter``; a database that
/// cannot be written stops it (``BatchSummary/stoppedBy``) and replaces nothing.
public struct SQLiteExport: Sendable {
  /// The database file; created when missing, with the folders above it.
  public var database: String
  /// How many documents are parsed at once.
  public var jobs: Int
  /// Start from an empty database, replacing the file whatever it holds; otherwise an
  /// existing Gongwen database is updated and any other file is refused.
  public var overwrite: Bool
  let parser: GongwenParser

  public init(
    database: String, jobs: Int = 1, overwrite: Bool = false, maxInputBytes: Int = GongwenParser.defaultMaxInputBytes
  ) {
    self.database = database
    self.jobs = max(1, jobs)
    self.overwrite = overwrite
    self.parser = GongwenParser(maxInputBytes: maxInputBytes)
  }

  /// Where the run's failures are written: `DATABASE.errors.jsonl`, one
  /// `{"error", "output"?, "path", "stage"}` line per failure (empty when none).
  public var errorsFile: String { database + ".errors.jsonl" }

  /// Converts `items` into the database; `earlierFailures` (inputs that could not even be
  /// listed) are counted and written to ``errorsFile`` with the rest; `leftOut` (the files
  /// of the input folders that are not read, ``BatchInput/Scan/skipped``) is handed back in
  /// ``BatchSummary/leftOut``.
  ///
  /// - Throws: ``GongwenError`` before any input is read, when the database cannot be
  ///   opened: it is not a SQLite database, it is another program's, it was written with
  ///   another layout version (``overwrite`` replaces it in all three cases), or its folder
  ///   cannot be written. Every later problem is in the summary.
  public func run(
    _ items: [BatchItem], earlierFailures: [BatchFailure] = [], leftOut: [SkippedFile] = [],
    progress: (@Sendable (BatchProgress) -> Void)? = nil
  ) async throws(GongwenError) -> BatchSummary {
    var throttle = ProgressThrottle()
    if case .directory = POSIX.entryType(database) {
      throw .database(path: database, reason: "is a folder; name the database file (DIR/corpus.sqlite)")
    }
    if let slash = database.lastIndex(of: "/"), slash > database.startIndex {
      try POSIX.makeDirectories(String(database[..<slash]))
    }
    let folder = database.lastIndex(of: "/").map { database[...$0] }.map(String.init) ?? "."
    AtomicFile.removeStaleTemporaryFiles(in: folder, recursive: false)
    let existing = try openExisting()
    let file = try AtomicFile(path: database)
    var writer: SQLiteWriter?
    do throws(SQLiteError) {
      writer = try SQLiteWriter(path: file.temporaryPath, copying: existing)
    } catch {
      file.discard()
      throw .database(path: database, reason: error.message)
    }
    try? existing?.close()
    // The database and its errors file are never read back as inputs (`--glob '*'`).
    let own = Set([database, errorsFile].compactMap { try? POSIX.realPath($0).get() })
    let items = own.isEmpty ? items : items.filter { (try? POSIX.realPath($0.path).get()).map { !own.contains($0) } ?? true }

    var summary = BatchSummary()
    summary.leftOut = leftOut
    var failures = earlierFailures
    await BatchConverter.forEachInOrder(count: items.count, jobs: jobs, { index in
      self.rows(items[index])
    }) { (index: Int, outcome: Result<Rows, BatchFailure>) -> Bool in
      switch outcome {
      case .success(let rows):
        do throws(SQLiteError) {
          try writer?.replace(rows)
          summary.converted += 1
          summary.bytes += rows.bytes
        } catch where error.isConstraint {
          // This document's rows break a key: it is left out, the database is fine.
          failures.append(BatchFailure(writing: database, of: rows.path, .database(path: database, reason: error.message)))
        } catch {
          summary.stoppedBy = BatchFailure(writing: database, of: database, .database(path: database, reason: error.message))
          return false
        }
      case .failure(let failure):
        failures.append(failure)
      }
      throttle.report(progress, index: index, total: items.count, bytes: summary.bytes)
      return true
    }
    summary.notConverted = items.count - summary.converted - failures.count + earlierFailures.count
    if summary.stoppedBy == nil {
      do throws(GongwenError) {
        do throws(SQLiteError) {
          try writer?.close()
          writer = nil
        } catch {
          throw .database(path: database, reason: error.message)
        }
        try file.commit(overwrite: true)
      } catch {
        summary.stoppedBy = BatchFailure(writing: database, of: database, error)
      }
    }
    if let stoppedBy = summary.stoppedBy {
      // The database stays as it was before the run.
      writer = nil
      file.discard()
      failures.append(stoppedBy)
      summary.notConverted += summary.converted
      summary.converted = 0
    }
    summary.failures = failures
    do throws(GongwenError) {
      try BatchConverter.writeErrors(failures, to: errorsFile)
      summary.errorsFile = errorsFile
    } catch {
      summary.errorsFileFailure = error
    }
    summary.elapsed = throttle.elapsed
    return summary
  }

  /// One document's rows for every table, made in parallel.
  struct Rows: Sendable {
    var path: String
    var sha256: String
    var bytes: Int
    var tables: [[[TableCell]]]
  }

  private func rows(_ item: BatchItem) -> Result<Rows, BatchFailure> {
    do throws(GongwenError) {
      let bytes = try item.readBytes(limit: parser.maxInputBytes)
      let document = try parser.parse(bytes: bytes, path: item.path)
      return .success(
        Rows(
          path: item.path, sha256: document.source.sha256, bytes: bytes.count,
          tables: SQLiteLayout.rows(of: document, file: item.path)))
    } catch {
      return .failure(BatchFailure(error, path: item.path))
    }
  }

  /// The existing database to start from, checked to be one of Gongwen's with this layout;
  /// nil when there is none, it is empty, or ``overwrite`` is set.
  private func openExisting() throws(GongwenError) -> SQLiteConnection? {
    guard !overwrite, POSIX.exists(database) else { return nil }
    let hint = "choose another file, or --overwrite to replace it"
    do throws(SQLiteError) {
      let source = try SQLiteConnection(path: database, readOnly: true)
      let applicationId = try source.query("PRAGMA application_id").first?.first
      let version = try source.query("PRAGMA user_version").first?.first
      let tables = try source.query("SELECT count(*) FROM sqlite_master").first?.first
      if applicationId != .integer(Int(SQLiteLayout.applicationId)) {
        if tables == .integer(0) { return nil }  // an empty file or database
        throw SQLiteError(code: 0, message: "not a Gongwen database (it holds other tables); \(hint)")
      }
      if version != .integer(SQLiteLayout.version) {
        var found = "?"
        if case .integer(let number) = version { found = String(number) }
        throw SQLiteError(
          code: 0,
          message: "written with database layout \(found), and this gongwen writes layout \(SQLiteLayout.version); "
            + "--overwrite rebuilds it")
      }
      return source
    } catch {
      let reason = error.code == 0 ? error.message : "\(error.message); \(hint)"
      throw .database(path: database, reason: reason)
    }
  }
}

/// The connection a run writes through, with its statements prepared once.
final class SQLiteWriter {
  private let connection: SQLiteConnection
  private var inserts: [SQLiteStatement]
  private var delete: SQLiteStatement?
  private var deleteByHash: SQLiteStatement?

  /// Opens the temporary copy at `path`, fills it from `source` when there is one, and
  /// creates what is missing of the layout.
  init(path: String, copying source: SQLiteConnection?) throws(SQLiteError) {
    connection = try SQLiteConnection(path: path)
    if let source { try connection.copy(from: source) }
    // The copy is thrown away on any failure and renamed into place only when complete, so
    // it needs no journal on disk nor syncs of its own (AtomicFile flushes it at the end);
    // the journal in memory still lets one document's transaction roll back.
    try connection.execute(
      """
      PRAGMA journal_mode = MEMORY;
      PRAGMA synchronous = OFF;
      PRAGMA foreign_keys = ON;
      PRAGMA application_id = \(SQLiteLayout.applicationId);
      PRAGMA user_version = \(SQLiteLayout.version);
      """)
    try connection.execute("BEGIN")
    for table in SQLiteLayout.tables {
      for statement in table.createStatements { try connection.execute(statement) }
    }
    try connection.execute("COMMIT")
    inserts = []
    for table in SQLiteLayout.tables { inserts.append(try connection.prepare(table.insertStatement)) }
    delete = try connection.prepare("DELETE FROM documents WHERE sha256 = ?1 OR file = ?2")
    deleteByHash = try connection.prepare("DELETE FROM documents WHERE sha256 = ?1")
  }

  /// Replaces one document's rows, in one transaction: its earlier rows (same SHA-256, or
  /// same file path) go, its new rows come, or nothing changes.
  func replace(_ rows: SQLiteExport.Rows) throws(SQLiteError) {
    try connection.execute("BEGIN")
    do throws(SQLiteError) {
      if rows.path == "-" {
        try deleteByHash?.run([.text(rows.sha256)])
      } else {
        try delete?.run([.text(rows.sha256), .text(rows.path)])
      }
      for (insert, table) in zip(inserts, rows.tables) {
        for row in table { try insert.run(row) }
      }
      try connection.execute("COMMIT")
    } catch {
      try? connection.execute("ROLLBACK")
      throw error
    }
  }

  /// Finalizes the statements and closes the database, checking that SQLite could.
  func close() throws(SQLiteError) {
    inserts = []
    delete = nil
    deleteByHash = nil
    try connection.close()
  }
}

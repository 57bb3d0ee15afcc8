import Foundation
import Testing
@testable import Gongwen

/// `SQLiteExport`: one database of documents, sections, paragraphs and entities, keyed by
/// SHA-256, replaced on a re-run, consistent after failures (issue 18).
@Suite("SQLite export")
struct SQLiteExportTests {
  /// The five seeds and the document families: real reports, masked and not.
  static let inputs: [BatchItem] = {
    let seeds = Fixtures.seeds.keys.sorted().map { Fixtures.seedPath($0) }
    let families = ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path("families"))) ?? [])
      .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted().map { Fixtures.path("families/" + $0) }
    return (seeds + families).map { BatchItem(path: $0, relativePath: ($0 as NSString).lastPathComponent) }
  }()

  static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-sqlite-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static let tableNames = SQLiteLayout.tables.map(\.name)

  static func counts(_ database: String) throws -> [String: Int] {
    let connection = try SQLiteConnection(path: database, readOnly: true)
    var counts: [String: Int] = [:]
    for name in tableNames {
      guard case .integer(let count) = try connection.query("SELECT count(*) FROM \(name)").first?.first else {
        Issue.record("no count for \(name)")
        continue
      }
      counts[name] = count
    }
    return counts
  }

  /// Keys hold, the file is sound, and each documents row's counts are its rows elsewhere.
  static func expectConsistent(_ database: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let connection = try SQLiteConnection(path: database, readOnly: true)
    #expect(try connection.query("PRAGMA integrity_check") == [[.text("ok")]], sourceLocation: sourceLocation)
    #expect(try connection.query("PRAGMA foreign_key_check").isEmpty, sourceLocation: sourceLocation)
    #expect(try connection.query("PRAGMA application_id") == [[.integer(Int(SQLiteLayout.applicationId))]])
    for (table, column) in [
      ("sections", "sections"), ("metrics", "metrics"), ("placeholders", "placeholders"), ("dates", "dates"),
      ("refs", "references"), ("titles", "titles"), ("diagnostics", "diagnostics"),
    ] {
      let mismatches = try connection.query(
        """
        SELECT d.file FROM documents d
        WHERE d."\(column)" != (SELECT count(*) FROM \(table) t WHERE t.sha256 = d.sha256)
        """)
      #expect(mismatches.isEmpty, "\(table) rows differ from documents.\(column): \(mismatches)", sourceLocation: sourceLocation)
    }
  }

  @Test func writesEveryTableWithKeysThatHold() async throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = folder.appendingPathComponent("corpus.sqlite").path
    let summary = try await SQLiteExport(database: database, jobs: 2).run(Self.inputs)
    #expect(summary.failures.isEmpty)
    #expect(summary.converted == Self.inputs.count)
    #expect(summary.errorsFile == database + ".errors.jsonl")
    let counts = try Self.counts(database)
    #expect(counts["documents"] == Self.inputs.count)
    for name in ["sections", "paragraphs", "metrics", "placeholders", "dates", "refs", "titles"] {
      #expect((counts[name] ?? 0) > 0, "\(name) is empty")
    }
    try Self.expectConsistent(database)
    // Only the database and its errors file: no temporary file, no journal.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["corpus.sqlite", "corpus.sqlite.errors.jsonl"])

    // The seed plan's rows, as the JSON has them.
    let document = try Fixtures.seed("003")
    let connection = try SQLiteConnection(path: database, readOnly: true)
    let key = TableCell.text(document.source.sha256)
    #expect(
      try connection.query("SELECT title, doc_type, period_year, placeholders FROM documents WHERE sha256 = ?", [key])
        == [[.text("X县委办公室2021年工作要点"), .text("plan"), .integer(2021), .integer(15)]])
    #expect(
      try connection.query("SELECT parent_id, level, marker, title, role FROM sections WHERE sha256 = ? AND id = '2.1'", [key])
        == [[.text("2"), .integer(2), .text("1."), .text("精准开展督促检查"), .text("plan")]])
    #expect(
      try connection.query(
        "SELECT subject, value, unit, comparator, masked, \"start\", \"end\" FROM metrics WHERE sha256 = ? AND text = '30％以上'",
        [key]) == [[.text("采用率"), .number(30), .text("%"), .text(">="), .integer(0), .integer(1326), .integer(1331)]])
    let paragraphs = try connection.query(
      "SELECT count(*) FROM paragraphs WHERE sha256 = ? AND part = 'section'", [key]).first?.first
    #expect(paragraphs == .integer(document.allSections.reduce(0) { $0 + $1.paragraphs.count }))
  }

  /// The metrics, placeholders and documents tables have the columns of ``TableKind``
  /// (`sha256` for `file` in the first two): one naming for CSV and SQLite.
  @Test func tablesShareTheColumnsOfTheFlatTables() {
    func columns(_ name: String) -> [String] {
      SQLiteLayout.tables.first { $0.name == name }?.columns.map(\.name) ?? []
    }
    #expect(columns("documents") == TableKind.documents.columns)
    #expect(columns("metrics") == ["sha256"] + TableKind.metrics.columns.dropFirst())
    #expect(columns("placeholders") == ["sha256"] + TableKind.placeholders.columns.dropFirst())
  }

  @Test func aRerunReplacesDocumentsInsteadOfAddingThem() async throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let database = folder.appendingPathComponent("corpus.sqlite").path
    _ = try await SQLiteExport(database: database).run(Self.inputs)
    let first = try Self.counts(database)
    let again = try await SQLiteExport(database: database, jobs: 2).run(Self.inputs)
    #expect(again.converted == Self.inputs.count)
    #expect(try Self.counts(database) == first)
    try Self.expectConsistent(database)

    // Part of the corpus again, then a new document: the rest stays, the new one is added.
    _ = try await SQLiteExport(database: database).run(Array(Self.inputs.prefix(2)))
    #expect(try Self.counts(database) == first)
    let extra = BatchItem(path: Fixtures.path("short-gbk.txt"), relativePath: "short-gbk.txt")
    _ = try await SQLiteExport(database: database).run([extra])
    #expect(try Self.counts(database)["documents"] == Self.inputs.count + 1)

    // A file whose content changed replaces its earlier version (same path, new SHA-256).
    let changing = folder.appendingPathComponent("report.txt")
    try Data("一、总体要求\n完成调研8次以上。\n".utf8).write(to: changing)
    let item = BatchItem(path: changing.path, relativePath: "report.txt")
    _ = try await SQLiteExport(database: database).run([item])
    try Data("一、总体要求\n完成调研9次以上，培训200人。\n".utf8).write(to: changing)
    _ = try await SQLiteExport(database: database).run([item])
    let connection = try SQLiteConnection(path: database, readOnly: true)
    #expect(try connection.query("SELECT metrics FROM documents WHERE file = ?", [.text(changing.path)]) == [[.integer(2)]])
    #expect(try Self.counts(database)["documents"] == Self.inputs.count + 2)
    try Self.expectConsistent(database)

    // --overwrite starts again from nothing.
    _ = try await SQLiteExport(database: database, overwrite: true).run([extra])
    #expect(try Self.counts(database)["documents"] == 1)
  }

  /// Unreadable, binary and missing files among good ones: each is a failure in the
  /// summary and the errors file, the good ones are in, and the database is consistent.
  @Test func badInputsAmongGoodOnesLeaveAConsistentDatabase() async throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let binary = folder.appendingPathComponent("binary.txt")
    try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 131) }).write(to: binary)
    let dangling = folder.appendingPathComponent("dangling.txt")
    try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "/nonexistent/gongwen")
    let bad = [binary, dangling].map { BatchItem(path: $0.path, relativePath: $0.lastPathComponent) }
    var items = Self.inputs
    items.insert(bad[0], at: 1)
    items.append(bad[1])
    let missing = BatchFailure(path: "/nonexistent/listed.txt", reason: "No such file or directory")
    let database = folder.appendingPathComponent("db/corpus.sqlite").path  // the folder is created
    let summary = try await SQLiteExport(database: database, jobs: 2).run(items, earlierFailures: [missing])
    #expect(summary.converted == Self.inputs.count)
    #expect(Set(summary.failures.map(\.path)) == Set(bad.map(\.path) + [missing.path]))
    #expect(summary.failures.allSatisfy { $0.stage == .input })
    #expect(summary.stoppedBy == nil)
    #expect(try Self.counts(database)["documents"] == Self.inputs.count)
    try Self.expectConsistent(database)
    let errors = try String(contentsOfFile: database + ".errors.jsonl", encoding: .utf8).split(separator: "\n")
    #expect(errors.count == 3)
    for item in bad { #expect(errors.contains { $0.contains(item.path) }) }
  }

  @Test func anotherProgramsDatabaseOrAnotherFileIsRefused() async throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let other = folder.appendingPathComponent("other.sqlite").path
    do {
      let connection = try SQLiteConnection(path: other)
      try connection.execute("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me')")
      try connection.close()
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: other))
    await #expect(throws: GongwenError.database(
      path: other, reason: "not a Gongwen database (it holds other tables); choose another file, or --overwrite to replace it")
    ) {
      try await SQLiteExport(database: other).run(Self.inputs)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)

    let text = folder.appendingPathComponent("notes.txt").path
    try Data(String(repeating: "not a database\n", count: 100).utf8).write(to: URL(fileURLWithPath: text))
    do {
      _ = try await SQLiteExport(database: text).run(Self.inputs)
      Issue.record("a text file was taken for a database")
    } catch {
      #expect(error.description.hasPrefix("\(text): SQLite database: file is not a database"))
    }
    await #expect(throws: GongwenError.self) { try await SQLiteExport(database: folder.path).run(Self.inputs) }

    // An older layout is refused too, and rebuilt with overwrite.
    let old = folder.appendingPathComponent("old.sqlite").path
    _ = try await SQLiteExport(database: old).run(Array(Self.inputs.prefix(1)))
    do {
      let connection = try SQLiteConnection(path: old)
      try connection.execute("PRAGMA user_version = 0")
      try connection.close()
    }
    await #expect(throws: GongwenError.self) { try await SQLiteExport(database: old).run(Self.inputs) }
    let rebuilt = try await SQLiteExport(database: old, overwrite: true).run(Self.inputs)
    #expect(rebuilt.converted == Self.inputs.count)
    // An empty file is an empty database.
    let emptyFile = folder.appendingPathComponent("empty.sqlite").path
    try Data().write(to: URL(fileURLWithPath: emptyFile))
    #expect(try await SQLiteExport(database: emptyFile).run(Self.inputs).converted == Self.inputs.count)
  }
}

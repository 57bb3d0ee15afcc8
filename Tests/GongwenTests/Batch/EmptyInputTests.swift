import Foundation
import Gongwen
import Testing

/// An empty input is a valid, empty document with one `input.empty` warning, whichever API
/// reads it.
@Suite("Empty inputs")
struct EmptyInputTests {
  static func expectEmpty(_ document: Document, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(document.diagnostics.map(\.code) == ["input.empty"], sourceLocation: sourceLocation)
    #expect(document.diagnostics.first?.severity == .warning, sourceLocation: sourceLocation)
    #expect(document.outline.sections.isEmpty && document.metrics.isEmpty, sourceLocation: sourceLocation)
  }

  @Test func theParserGivesAnEmptyDocumentWithAWarning() throws {
    let parser = GongwenParser()
    Self.expectEmpty(try parser.parse(bytes: []))
    Self.expectEmpty(try parser.parse(bytes: [0xEF, 0xBB, 0xBF]))  // a byte-order mark alone
    Self.expectEmpty(try parser.parse(bytes: [], path: "empty.md"))
    Self.expectEmpty(parser.parse(text: ""))
    // Blank lines are text: not warned about.
    #expect(parser.parse(text: "\n\n").diagnostics.isEmpty)
  }

  @Test func batchConversionAndTablesConvertAnEmptyFile() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = folder.appendingPathComponent("empty.txt").path
    try Data().write(to: URL(fileURLWithPath: empty))
    let items = [BatchItem(path: empty, relativePath: "empty.txt")]

    let output = folder.appendingPathComponent("out").path
    let summary = try await BatchConverter(options: BatchOptions(outputDirectory: output)).run(items)
    #expect(summary.converted == 1 && summary.failures.isEmpty)
    Self.expectEmpty(try Document(jsonData: Data(contentsOf: URL(fileURLWithPath: output + "/empty.json"))))

    let database = try await SQLiteExport(database: folder.appendingPathComponent("db.sqlite").path).run(items)
    #expect(database.converted == 1 && database.failures.isEmpty)

    var table: [UInt8] = []
    let failures = try await TableExport(kind: .documents, format: .jsonl).run(items) { table += $0 }
    #expect(failures.isEmpty)
    #expect(String(decoding: table, as: UTF8.self).contains("\"diagnostics\":1"))
  }
}

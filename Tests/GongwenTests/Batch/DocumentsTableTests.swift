import Foundation
import Testing
@testable import Gongwen

/// The documents table (`TableKind.documents`): one row per file, the same facts as the JSON,
/// and columns that match the tables schema (issue 18).
@Suite("Documents table")
struct DocumentsTableTests {
  func row(_ name: String) throws -> (row: [String: TableCell], document: Document) {
    let document = try GongwenParser().parse(contentsOfFile: Fixtures.path(name))
    let rows = TableKind.documents.rows(of: document, file: name)
    #expect(rows.count == 1)
    let row = try #require(rows.first)
    #expect(row.count == TableKind.documents.columns.count)
    return (Dictionary(uniqueKeysWithValues: zip(TableKind.documents.columns, row)), document)
  }

  @Test func seedPlanHasItsTitleTypePeriodSourceAndCounts() throws {
    let (row, document) = try row(Fixtures.seeds["003"]!)
    #expect(row["file"] == .text(Fixtures.seeds["003"]!))
    #expect(row["title"] == .text("X县委办公室2021年工作要点"))
    #expect(row["doc_type"] == .text("plan"))
    #expect(row["kind"] == .text("plan"))
    #expect(row["period_year"] == .integer(2021))
    #expect(row["period_part"] == .text("full"))
    #expect(row["number"] == .null)
    #expect(row["encoding"] == .text("UTF-8"))
    #expect(row["sha256"] == .text(document.source.sha256))
    #expect(row["bytes"] == .integer(11287))
    #expect(row["sections"] == .integer(TableKind.sections.rows(of: document, file: "").count))
    #expect(row["metrics"] == .integer(document.metrics.count))
    #expect(row["placeholders"] == .integer(15))
    #expect(row["dates"] == .integer(document.dates.count))
    #expect(row["diagnostics"] == .integer(0))
  }

  @Test func noticeHasItsNumberIssuerAndSigningDate() throws {
    let (row, _) = try row("families/notice-issuing-measures.txt")
    #expect(row["doc_type"] == .text("notice"))
    #expect(row["number"] == .text("清政发〔2021〕12号"))
    #expect(row["issuer"] == .text("清河市人民政府"))
    #expect(row["signing_date"] == .text("2021-10-11"))
    #expect(row["period_year"] == .null)
    #expect(row["period_part"] == .null)
    #expect(row["references"] == .integer(1))
  }

  @Test func speechHasItsDatelineDate() throws {
    let (row, _) = try row("families/scraped-speech.txt")
    #expect(row["doc_type"] == .text("speech"))
    #expect(row["dateline_date"] == .text("2026-02-09"))
  }

  @Test func aGB18030FileNamesItsEncoding() throws {
    let (row, _) = try row("003-gb18030.txt")
    #expect(row["encoding"] == .text("GB18030"))
    #expect(row["title"] == .text("X县委办公室2021年工作要点"))
  }

  /// Every table's columns are its row's properties in `Docs/schema/gongwen-v2-tables.schema.json`,
  /// all required, no others allowed: the schema and the tables cannot drift apart.
  @Test(arguments: TableKind.allCases)
  func schemaRowMatchesTheColumns(_ kind: TableKind) throws {
    let url = Fixtures.root.deletingLastPathComponent().appendingPathComponent("Docs/schema/gongwen-v2-tables.schema.json")
    let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let definitions = try #require(schema["$defs"] as? [String: Any])
    let row = try #require(definitions["\(kind.rawValue)Row"] as? [String: Any], "no $defs.\(kind.rawValue)Row")
    let properties = try #require(row["properties"] as? [String: Any])
    #expect(Set(properties.keys) == Set(kind.columns))
    #expect(Set(try #require(row["required"] as? [String])) == Set(kind.columns))
    #expect(row["additionalProperties"] as? Bool == false)
    #expect(Set(kind.columns).count == kind.columns.count)
  }
}

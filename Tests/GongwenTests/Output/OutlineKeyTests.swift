import Foundation
import Gongwen
import Testing

/// `Document.outline` is the JSON's `document`, and both documentations say so.
@Suite("outline and document")
struct OutlineKeyTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test func theOutlineIsEncodedUnderDocumentAndOnlyItIsRenamed() throws {
    let parsed = try GongwenParser().parse(contentsOfFile: Self.root.appendingPathComponent("Fixtures/003_a7bb66045fcf768d.txt").path)
    let json = try #require(try JSONSerialization.jsonObject(with: parsed.jsonData()) as? [String: Any])
    #expect(
      Set(json.keys) == [
        "schemaVersion", "source", "document", "metrics", "placeholders", "dates", "references", "titles", "diagnostics",
      ])
    let tree = try #require(json["document"] as? [String: Any])
    #expect(tree["title"] as? String == parsed.outline.title)
    #expect((tree["sections"] as? [Any])?.count == parsed.outline.sections.count)
    // The Swift names of the other top-level properties are their keys.
    let labels = Set(Mirror(reflecting: parsed).children.compactMap(\.label))
    #expect(Set(json.keys).subtracting(labels) == ["document"])
  }

  @Test func theDifferenceIsExplainedInTheAPIDocsAndTheGuide() throws {
    let source = try String(contentsOf: Self.root.appendingPathComponent("Sources/Gongwen/Model/Document.swift"), encoding: .utf8)
    let docs = source.components(separatedBy: "public var outline: Outline")[0].components(separatedBy: "public var source: Source")[1]
    #expect(docs.contains("the JSON's `document` object"))
    #expect(docs.contains("The Swift name and the JSON key differ on purpose."))
    let guide = try String(contentsOf: Self.root.appendingPathComponent("Docs/Guide.md"), encoding: .utf8)
    let contract = guide.components(separatedBy: "## JSON contract")[1].components(separatedBy: "\n## ")[0]
    #expect(contract.contains("`document` is `Document.outline` in Swift"))
  }
}

import Foundation
import Testing
@testable import Gongwen

@Suite("JSON writer")
struct JSONWriterTests {
  /// What Foundation's encoder writes for the same value: the reference for key order,
  /// omitted optionals, number forms and escapes.
  func foundationJSON(_ document: Document) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(document), as: UTF8.self)
  }

  static let fixtures = [
    "000_2f763b3cc542b0bb.txt", "001_f4a6b982d7f4d465.txt", "002_f787e4203b274c41.txt", "003_a7bb66045fcf768d.txt",
    "004_9c219bd1e73ba6c0.txt", "003-gb18030.txt", "003-utf16le-bom.txt", "short-gbk.txt",
  ]

  @Test(arguments: fixtures)
  func compactOutputIsByteForByteFoundations(fixture: String) throws {
    let document = try GongwenParser().parse(contentsOfFile: Fixtures.path(fixture))
    #expect(String(decoding: document.jsonBytes(), as: UTF8.self) == (try foundationJSON(document)))
  }

  @Test(arguments: fixtures)
  func prettyOutputReadsBackToTheSameDocument(fixture: String) throws {
    let document = try GongwenParser().parse(contentsOfFile: Fixtures.path(fixture))
    #expect(try Document(jsonData: document.jsonData(pretty: true)) == document)
  }

  @Test func escapesAndNumbers() throws {
    let document = GongwenParser().parse(text: "标题\"引号\"\\反斜杠\t制表\u{1}控制/斜杠\n一、增长8.25%，投入1.5亿元，共1000000000000000人", path: "a/b.txt")
    let ours = String(decoding: document.jsonBytes(), as: UTF8.self)
    let theirs = try foundationJSON(document)
    #expect(ours == theirs, "\(ours.commonPrefix(with: theirs).count): \(ours.dropFirst(ours.commonPrefix(with: theirs).count - 20).prefix(80)) vs \(theirs.dropFirst(ours.commonPrefix(with: theirs).count - 20).prefix(80))")
    #expect(document.metrics.map(\.value) == [8.25, 1.5, 1e15])
  }

  @Test func prettyLayout() {
    var writer = JSONWriter(pretty: true)
    writer.object { json in
      json.field("a", [1, 2])
      json.field("b", [Int]())
      json.field("c", object: { _ in })
      json.field("d", "x")
    }
    #expect(String(decoding: writer.bytes, as: UTF8.self) == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": [],\n  \"c\": {},\n  \"d\": \"x\"\n}")
  }
}

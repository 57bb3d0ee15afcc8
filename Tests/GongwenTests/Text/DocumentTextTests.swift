import Foundation
import Gongwen
import Testing

/// `Document.text(of:)` gives the text a span covers.
@Suite("Document text of a span")
struct DocumentTextTests {
  static let seeds = [
    "000_2f763b3cc542b0bb.txt", "001_f4a6b982d7f4d465.txt", "002_f787e4203b274c41.txt",
    "003_a7bb66045fcf768d.txt", "004_9c219bd1e73ba6c0.txt",
  ]

  static func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
  }

  @Test(arguments: seeds)
  func everyMetricsSpanTextIsItsText(seed: String) throws {
    let document = try GongwenParser().parse(contentsOfFile: Self.fixture(seed))
    #expect(!document.metrics.isEmpty)
    for metric in document.metrics {
      #expect(document.text(of: metric.span) == metric.text, "\(seed) \(metric.id)")
    }
    for placeholder in document.placeholders {
      #expect(document.text(of: placeholder.span) == placeholder.text, "\(seed) \(placeholder.id)")
    }
  }

  @Test func spansCountScalarsAsPythonDoes() {
    // A UTF-16 surrogate pair and a combining mark: one scalar each.
    let document = GongwenParser().parse(text: "\u{20000}e\u{301}增长5%")
    #expect(document.text(of: Span(start: 0, end: 1, line: 1)) == "𠀀")
    #expect(document.text(of: Span(start: 1, end: 3, line: 1)) == "e\u{301}")
    #expect(document.text(of: Span(start: 5, end: 7, line: 1)) == "5%")
    #expect(document.text(of: Span(start: 7, end: 7, line: 1)) == "")
    #expect(document.text(of: Span(start: 5, end: 8, line: 1)) == nil)
    #expect(document.text(of: Span(start: -1, end: 1, line: 1)) == nil)
  }

  /// A report hard-wrapped at 20 characters is read as the original (layout recovery joins
  /// the lines), yet every span indexes the text as the file holds it: the slice is the
  /// metric's text, with the line breaks the wrapping put inside it.
  @Test func aLayoutRecoveredDocumentsSpansIndexTheOriginalText() throws {
    let text = try String(contentsOfFile: Self.fixture("004_9c219bd1e73ba6c0.txt"), encoding: .utf8)
    let original = GongwenParser().parse(text: text)
    var wrapped = ""
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var rest = Substring(line)
      repeat {
        wrapped += rest.prefix(20) + "\n"
        rest = rest.dropFirst(20)
      } while !rest.isEmpty
    }
    let document = GongwenParser().parse(text: wrapped)
    #expect(document.metrics.map(\.text) == original.metrics.map(\.text))
    let scalars = Array(wrapped.unicodeScalars)
    var crossing = 0
    for metric in document.metrics {
      let slice = try #require(document.text(of: metric.span))
      #expect(slice == String(String.UnicodeScalarView(scalars[metric.span.start..<metric.span.end])))
      #expect(slice.replacingOccurrences(of: "\n", with: "") == metric.text, "\(metric.id)")
      if slice.contains("\n") { crossing += 1 }
      // The line is the original text's.
      #expect(scalars[..<metric.span.start].count { $0 == "\n" } + 1 == metric.span.line)
    }
    #expect(crossing > 0, "no metric crosses a wrapped line: the test shows nothing")
  }

  @Test func aDocumentFromJSONHasNoTextAndStillEqualsTheParsedOne() throws {
    let document = try GongwenParser().parse(contentsOfFile: Self.fixture("003_a7bb66045fcf768d.txt"))
    let decoded = try Document(jsonData: document.jsonData())
    #expect(decoded == document)
    #expect(decoded.text(of: document.metrics[0].span) == nil)
    #expect(!document.jsonData().isEmpty && !String(decoding: document.jsonData(), as: UTF8.self).contains("retained"))
  }
}

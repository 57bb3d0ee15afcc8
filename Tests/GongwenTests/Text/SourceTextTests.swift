import Testing
@testable import Gongwen

@Suite("Folding and offsets")
struct SourceTextTests {
  @Test func foldingKeepsOneScalarForOne() {
    let text = SourceText("（一）１２％，ＡＢＣ　x")
    #expect(text.folded.count == text.scalars.count)
    let folded = String(String.UnicodeScalarView(text.folded.compactMap(Unicode.Scalar.init)))
    #expect(folded == "(一)12%,ABC x")
  }

  @Test func zeroWidthCharactersFoldToSpaceAndAreTrimmed() {
    let text = SourceText("\u{200B}　一、标题\u{3000}\n")
    #expect(text.string(text.trimmed(text.lineRange(1))) == "一、标题")
  }

  @Test func spansAreScalarOffsetsLikePythonStrIndices() throws {
    // Python: "一、总结\n（一）明职责。严格…".index("严") == 12
    let document = GongwenParser().parse(text: "一、总结\n（一）明职责。严格按照要求。\n")
    let child = try #require(document.outline.sections.first?.children.first)
    let body = try #require(child.paragraphs.first)
    #expect(body.span == Span(start: 12, end: 19, line: 2))
    #expect(body.text == "严格按照要求。")
  }

  @Test func spansIndexTheDecodedTextOfEverySeed() throws {
    for name in Fixtures.seeds.values.sorted() {
      let text = Array(try Fixtures.text(name).unicodeScalars)
      let document = try GongwenParser().parse(contentsOfFile: Fixtures.path(name))
      let paragraphs = document.outline.preamble + document.allSections.flatMap(\.paragraphs)
      for paragraph in paragraphs {
        let slice = String(String.UnicodeScalarView(text[paragraph.span.start..<paragraph.span.end]))
        #expect(slice == paragraph.text, "\(name) line \(paragraph.span.line)")
      }
      let lines = String(String.UnicodeScalarView(text)).split(separator: "\n", omittingEmptySubsequences: false)
      for paragraph in paragraphs {
        #expect(lines[paragraph.span.line - 1].contains(paragraph.text), "\(name) line \(paragraph.span.line)")
      }
    }
  }
}

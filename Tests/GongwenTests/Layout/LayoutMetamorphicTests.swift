import Foundation
import Testing
@testable import Gongwen

/// The same text laid out differently gives the same tree, metrics and paragraphs
/// (issue 15). This file holds the layouts Gongwen already reads; one-line, hard-wrapped
/// and scraped copies join it as layout recovery lands.
@Suite("layout metamorphic tests")
struct LayoutMetamorphicTests {
  @Test func theCorpusIsThere() {
    // Five seeds, and the development corpus when shared/ sits beside the repository (as in
    // CI and on the project's machines).
    #expect(LayoutCorpus.texts.count >= 5)
  }

  /// (c) CRLF, U+3000 indents and blank lines between paragraphs change nothing.
  @Test func wordProcessorLayoutChangesNothing() {
    let parser = GongwenParser()
    for (name, text) in LayoutCorpus.texts {
      let original = LayoutInvariants(parser.parse(text: text))
      let variant = LayoutInvariants(parser.parse(text: LayoutVariants.wordProcessor(text)))
      #expect(variant.headings == original.headings, "\(name): headings")
      #expect(variant.metrics == original.metrics, "\(name): metrics")
      #expect(variant.paragraphs == original.paragraphs, "\(name): paragraphs")
    }
  }

  @Test func theGeneratorIsSeeded() {
    let text = String(repeating: "一二三四五六七八九十", count: 20)
    #expect(LayoutVariants.hardWrapped(text, seed: 7) == LayoutVariants.hardWrapped(text, seed: 7))
    #expect(LayoutVariants.hardWrapped(text, seed: 7) != LayoutVariants.hardWrapped(text, seed: 8))
    let lines = LayoutVariants.hardWrapped(text, seed: 7).split(separator: "\n")
    #expect(lines.dropLast().allSatisfy { (28...40).contains($0.count) })
    #expect(LayoutVariants.oneLine("一、总结\n正文。\n\n二、计划") == "一、总结正文。二、计划")
  }
}

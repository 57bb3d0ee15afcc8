import Foundation
import Testing
@testable import Gongwen

/// The same text laid out differently gives the same tree, metrics and paragraphs
/// (issue 15): (a) one line, (b) hard-wrapped, (c) word-processor export, (d) scraped copy,
/// over the seeds and the development corpus.
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

  /// (b) Hard-wrapped at one seeded page width per document: the same tree, metrics and
  /// paragraphs.
  @Test func hardWrappedLayoutChangesNothing() {
    let parser = GongwenParser()
    for (name, text) in LayoutCorpus.texts {
      let seed = LayoutCorpus.seed(name)
      let original = LayoutInvariants(parser.parse(text: text))
      let variant = LayoutInvariants(parser.parse(text: LayoutVariants.hardWrapped(text, seed: seed)))
      let width = LayoutVariants.pageWidth(seed: seed)
      #expect(variant.headings == original.headings, "\(name) at \(width): headings")
      #expect(variant.metrics == original.metrics, "\(name) at \(width): metrics")
      let hidden = LayoutVariants.hiddenParagraphBreaks(text, seed: seed)
      #expect(
        (original.paragraphs - hidden...original.paragraphs).contains(variant.paragraphs),
        "\(name) at \(width): \(variant.paragraphs) paragraphs for \(original.paragraphs), \(hidden) breaks hidden")
    }
  }

  /// (d) Copied from a sharing site: spaces around numbers and Latin words, ASCII
  /// punctuation, spaced markers, a letter-spaced title repeated, notices and page footers
  /// between paragraphs.
  @Test func scrapedLayoutChangesNothing() {
    let parser = GongwenParser()
    for (name, text) in LayoutCorpus.texts {
      let original = LayoutInvariants(parser.parse(text: text))
      let variant = LayoutInvariants(parser.parse(text: LayoutVariants.scraped(text, seed: LayoutCorpus.seed(name))))
      #expect(variant.headings == original.headings, "\(name): headings")
      #expect(variant.metrics == original.metrics, "\(name): metrics")
      #expect(variant.paragraphs == original.paragraphs, "\(name): paragraphs")
    }
  }

  /// (a) Every line break removed: most headings and every metric survive.
  @Test func oneLineLayoutKeepsTheTreeAndTheMetrics() {
    let parser = GongwenParser()
    var kept = 0
    var total = 0
    for (name, text) in LayoutCorpus.texts {
      let original = LayoutInvariants(parser.parse(text: text))
      let variant = LayoutInvariants(parser.parse(text: LayoutVariants.oneLine(text)))
      kept += LayoutInvariants.commonCount(original.headings, variant.headings)
      total += original.headings.count
      #expect(variant.metrics == original.metrics, "\(name): metrics")
    }
    print("one-line layout: \(kept) of \(total) headings kept")
    // Issue 15 asks for 95%: layout recovery keeps 309 of 323 (95.7%). The rest are
    // titles no cue cuts (untitled rather than wrong) and one appendix title.
    #expect(Double(kept) >= Self.oneLineHeadingFloor * Double(total), "\(kept) of \(total) headings kept")
  }

  static let oneLineHeadingFloor = 0.95

  @Test func theGeneratorIsSeeded() {
    let text = String(repeating: "一二三四五六七八九十", count: 20)
    #expect(LayoutVariants.hardWrapped(text, seed: 7) == LayoutVariants.hardWrapped(text, seed: 7))
    let width = LayoutVariants.pageWidth(seed: 7)
    let lines = LayoutVariants.hardWrapped(text, seed: 7).split(separator: "\n")
    #expect(lines.dropLast().allSatisfy { $0.count == width })
    #expect((28...40).contains(width))
    // Digits take one column: a piece holding them holds more characters.
    let mixed = String(repeating: "增长12.5%，", count: 20)
    #expect(LayoutVariants.hardWrapped(mixed, seed: 7).split(separator: "\n").first.map(\.count) ?? 0 > width)
    #expect(LayoutVariants.oneLine("一、总结\n正文。\n\n二、计划") == "一、总结正文。二、计划")
  }
}

/// Writes every layout variant to the folder named by `LAYOUT_VARIANTS_DIR`, to look at them
/// or run the CLI over them (`LAYOUT_VARIANTS_DIR=/tmp/variants swift test --filter
/// writeLayoutVariants`). Skipped otherwise.
@Test(.enabled(if: ProcessInfo.processInfo.environment["LAYOUT_VARIANTS_DIR"] != nil))
func writeLayoutVariants() throws {
  let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["LAYOUT_VARIANTS_DIR"] ?? ".")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  for (name, text) in LayoutCorpus.texts {
    let stem = (name as NSString).deletingPathExtension
    let variants = [
      "oneline": LayoutVariants.oneLine(text), "wrapped": LayoutVariants.hardWrapped(text, seed: LayoutCorpus.seed(name)),
      "original": text, "scraped": LayoutVariants.scraped(text, seed: LayoutCorpus.seed(name)),
    ]
    for (kind, variant) in variants {
      try Data(variant.utf8).write(to: folder.appendingPathComponent("\(stem).\(kind).txt"))
    }
  }
}

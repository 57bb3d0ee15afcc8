import Foundation
import Testing
@testable import Gongwen

/// The scraped-copy generator (``LayoutVariants/scraped(_:seed:)``) does what it documents,
/// and every notice and footer it inserts into the corpus is set aside as boilerplate.
@Suite("Scraped layout variant")
struct ScrapedVariantTests {
  static let sample = """
    2021年工作总结
    2020年，全市GDP增长5.5%，达到67.7万亿元。
    一、主要工作
    （一）精准开展帮扶
    1.精准开展调查，覆盖2,000户。
    2021年
    """

  /// The text as the generator may leave it, minus what it may change: ASCII spaces dropped
  /// and the four punctuation marks it turns to ASCII read back as full-width.
  static func normalized(_ text: String) -> String {
    let fullwidth: [Character: Character] = [":": "：", "(": "（", ")": "）", ",": "，"]
    return String(text.compactMap { $0 == " " ? nil : fullwidth[$0] ?? $0 })
  }

  static func ideographs(_ text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }
  }

  @Test func theSameSeedGivesTheSameCopy() {
    for (_, text) in LayoutCorpus.texts.prefix(3) {
      #expect(LayoutVariants.scraped(text, seed: 11) == LayoutVariants.scraped(text, seed: 11))
      #expect(LayoutVariants.scraped(text, seed: 11) != LayoutVariants.scraped(text, seed: 12))
    }
  }

  @Test func theTitleIsLetterSpacedThenRepeated() {
    let lines = LayoutVariants.scrapedLines(Self.sample, seed: 3)
    #expect(lines[0].origin == .notice)
    #expect(lines[1] == .init(text: "2 0 2 1 年 工 作 总 结", origin: .spacedTitle))
    #expect(lines[2] == .init(text: "2021年工作总结", origin: .title))
    #expect(LayoutVariants.letterSpaced("\u{3000}工作 总结\r") == "工 作 总 结")
  }

  @Test func noticesStandAtTheTopAndBottomAndFootersEveryPage() {
    for (name, text) in LayoutCorpus.texts {
      let lines = LayoutVariants.scrapedLines(text, seed: 5)
      #expect(lines.first?.origin == .notice, "\(name)")
      let lastNonBlank = lines.last { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
      #expect(lastNonBlank?.origin == .notice, "\(name)")
      // Between two footers stand 12–18 non-blank lines of the text.
      var run = 0
      var footers: [String] = []
      for line in lines.dropFirst() {
        let blank = line.text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{200B}" || $0 == "\u{FEFF}" }
        if line.origin == .text || line.origin == .title, !blank { run += 1 }
        if line.origin == .footer {
          #expect(LayoutVariants.scrapedPageLength.contains(run), "\(name): \(run) lines before \(line.text)")
          footers.append(line.text)
          run = 0
        }
      }
      let count = footers.count
      #expect(count >= text.split(separator: "\n").count / 19, "\(name)")
      for (page, footer) in footers.enumerated() {
        #expect(footer.contains("\(page + 1)"), "\(name): \(footer)")
        if footer.contains("共") { #expect(footer.contains("\(count + 1)"), "\(name): \(footer)") }
      }
    }
  }

  /// Notices, footers and the spaced title removed, the copy is the text up to spaces and
  /// ASCII punctuation: nothing was inserted inside a line, and no ideograph moved.
  @Test func theTextIsKeptInOrder() {
    for seed: UInt64 in 1...4 {
      for (name, text) in LayoutCorpus.texts {
        let kept = LayoutVariants.scrapedLines(text, seed: seed)
          .filter { $0.origin == .text || $0.origin == .title }.map(\.text).joined(separator: "\n")
        #expect(Self.normalized(kept) == Self.normalized(text), "\(name) seed \(seed)")
        #expect(Self.ideographs(kept) == Self.ideographs(text), "\(name) seed \(seed)")
      }
    }
  }

  @Test func spacesAndPunctuationAreChangedSomeOfTheTime() {
    let text = String(repeating: "2020年，全市GDP增长5.5%，达到67.7万亿元：（一）好。\n", count: 40)
    let copy = LayoutVariants.scraped(text, seed: 9)
    for spaced in ["2020 年", "GDP 增长", "5.5 %", "67.7 万亿元", "市 GDP", ",", ":", "(", ")"] {
      #expect(copy.contains(spaced), "\(spaced)")
    }
    for kept in ["2020年", "GDP增长", "5.5%", "67.7万亿元", "，", "：", "（", "）"] {
      #expect(copy.contains(kept), "\(kept)")
    }
    #expect(!copy.contains("5 .5") && !copy.contains("5. 5"))
  }

  @Test func headingMarkersGetSpacesSomeOfTheTime() {
    let text = (1...30).map { "（一）加强领导\n\($0).精准开展\n2021.5亿元" }.joined(separator: "\n")
    let copy = LayoutVariants.scraped(text, seed: 4)
    #expect(copy.contains("（ 一 ）") || copy.contains("( 一 )") || copy.contains("（ 一 )") || copy.contains("( 一 ）"))
    #expect(copy.contains("（一）"))
    #expect(copy.contains(" . 精准开展"))
    #expect(copy.contains(".精准开展"))
    #expect(!copy.contains("2021 . 5"))
  }

  /// Every inserted notice and footer of every corpus copy is boilerplate, and none is a
  /// heading, a paragraph or framing. With GONGWEN_SCRAPED_REPORT set, prints the figures per
  /// file (and how the rest of the tree fared, which layout recovery is to mend).
  @Test func insertedLinesAreBoilerplateOverTheCorpus() {
    let report = ProcessInfo.processInfo.environment["GONGWEN_SCRAPED_REPORT"] != nil
    let parser = GongwenParser()
    var totals = (inserted: 0, boilerplate: 0, headings: 0, paragraphs: 0, other: 0)
    for (name, text) in LayoutCorpus.texts {
      let original = parser.parse(text: text)
      for seed: UInt64 in 1...3 {
        let lines = LayoutVariants.scrapedLines(text, seed: seed)
        let document = parser.parse(text: lines.map(\.text).joined(separator: "\n"))
        let inserted = Set(lines.indices.filter { [.notice, .footer].contains(lines[$0].origin) }.map { $0 + 1 })
        let boilerplate = Set(document.outline.boilerplate.map(\.line))
        let headings = Set(document.allSections.map(\.span.line))
        let paragraphs = Set((document.outline.preamble + document.allSections.flatMap(\.paragraphs)).map(\.span.line))
        let framing = Set([document.outline.salutation, document.outline.closing].compactMap { $0?.span.line })
        let counts = (
          inserted: inserted.count, boilerplate: inserted.intersection(boilerplate).count,
          headings: inserted.intersection(headings).count, paragraphs: inserted.intersection(paragraphs).count,
          other: inserted.intersection(framing).count
        )
        #expect(counts.boilerplate == counts.inserted, "\(name) seed \(seed)")
        #expect(counts.headings + counts.paragraphs + counts.other == 0, "\(name) seed \(seed)")
        totals.inserted += counts.inserted
        totals.boilerplate += counts.boilerplate
        totals.headings += counts.headings
        totals.paragraphs += counts.paragraphs
        totals.other += counts.other
        if report {
          let before = LayoutInvariants(original)
          let after = LayoutInvariants(document)
          // The variant's lines of the text, by the original line each copies (1-based).
          var originalLine: [Int: Int] = [:]
          var copied = 0
          for (index, line) in lines.enumerated() where line.origin == .text || line.origin == .title {
            copied += 1
            originalLine[index + 1] = copied
          }
          let wasBoilerplate = Set(original.outline.boilerplate.map(\.line))
          let newly = document.outline.boilerplate.filter {
            originalLine[$0.line].map { !wasBoilerplate.contains($0) } ?? false
          }
          let taken = newly.count
          print(
            "scraped \(name) seed \(seed): inserted \(counts.inserted), boilerplate \(counts.boilerplate),"
              + " headings \(counts.headings), paragraphs \(counts.paragraphs), framing \(counts.other);"
              + " other lines newly boilerplate \(taken); headings \(before.headings.count)→\(after.headings.count)"
              + " (same: \(before.headings == after.headings)), paragraphs \(before.paragraphs)→\(after.paragraphs),"
              + " metrics \(before.metrics.count)→\(after.metrics.count), title \(original.outline.title ?? "-")"
              + " → \(document.outline.title ?? "-")")
          if !newly.isEmpty { print("  newly boilerplate: \(newly.map(\.text).prefix(12))") }
        }
      }
    }
    if report { print("scraped totals: \(totals)") }
  }
}

import Foundation
@testable import Gongwen

/// (d) A copy as document-sharing sites and PDF extraction serve it (issue 15).
///
/// ``scraped(_:seed:)`` does exactly this, in this order, and nothing else:
///
/// 1. **Title.** The first non-blank line (blank: only spaces, U+3000, U+00A0, U+200B, U+FEFF,
///    tabs or CR) is replaced by two lines: the title letter-spaced (its non-white-space
///    characters joined by one ASCII space, "工 作 总 结") and then the title as it was. The
///    title gets none of the changes below. A first line longer than
///    ``scrapedMaxTitleLength`` is no title (a speech stored as one line): then the text
///    has none, and this step is skipped.
/// 2. **Heading markers.** On every other line, after any leading indent, with probability
///    ``scrapedMarkerProbability`` each: a parenthesised Chinese numeral gets a space inside
///    each parenthesis ("（一）" → "（ 一 ）"), and an Arabic number followed by "." or "．"
///    gets a space either side of the dot ("1.精准开展" → "1 . 精准开展").
/// 3. **Spaces around Latin and digits.** On every other line, at each boundary between an
///    ideograph (U+4E00–U+9FFF) and an ASCII digit or letter (either side), between an ASCII
///    digit and % or ％, and between % or ％ and an ideograph, one ASCII space is inserted
///    with probability ``scrapedSpaceProbability`` ("2020 年", "5.5 %", "67.7 万亿元",
///    "GDP 增长"). A number's own characters ("5.5", "2,000") are never split.
/// 4. **ASCII punctuation.** On every other line, each "：" "（" "）" "，" becomes ":" "(" ")"
///    "," with probability ``scrapedPunctuationProbability``, each independently.
/// 5. **Notices and footers.** Lines of their own, never inside a line: one of
///    ``scrapedNotices`` before everything (line 1) and one after the last non-blank line;
///    and after every 12–18 non-blank lines of the body (drawn anew each time) a page break,
///    when more text follows: a footer in one of the styles of ``scrapedFooter(style:page:total:)`` (N counts the breaks
///    from 1, M is their number + 1), followed with probability 1/3 by a notice. Blank lines
///    and CR line ends of the text are kept as they were.
///
/// The same text and seed always give the same copy (``SeededGenerator``); the draws are made
/// line by line, scalar by scalar, in text order.
extension LayoutVariants {
  /// Sites set out a title, not a paragraph: a first line longer than this is left alone.
  static let scrapedMaxTitleLength = 60
  /// A boundary between an ideograph and a Latin or digit run gets a space this often.
  static let scrapedSpaceProbability = 0.5
  /// Each full-width ：（），becomes ASCII this often.
  static let scrapedPunctuationProbability = 0.3
  /// A heading marker gets spaces inside it this often.
  static let scrapedMarkerProbability = 0.5
  /// Non-blank lines between page breaks.
  static let scrapedPageLength = 12...18

  /// The site notices the copy carries at the top, the bottom and after some page breaks: all
  /// real notices of sharing sites.
  static let scrapedNotices = [
    "本文档由用户上传，如有侵权请联系删除",
    "本文为word版，下载后可编辑",
    "文档来源于网络，仅供参考",
    "下载提示：下载后可编辑，如有侵权请联系删除",
    "免责声明：本文档仅供学习与交流，如有侵权请联系删除。",
    "点击下载完整版",
    "下载文档到电脑，查找使用更方便",
  ]

  /// The page footer of `style` (0..<``scrapedFooterStyleCount``) as PDF copies print it, for
  /// page `page` of `total`; with and without the spaces a layout-recovery stage may remove.
  static func scrapedFooter(style: Int, page: Int, total: Int) -> String {
    switch style {
    case 0: "第 \(page) 页 共 \(total) 页"
    case 1: "第\(page)页共\(total)页"
    case 2: "第\(page)页/共\(total)页"
    case 3: "- \(page) -"
    case 4: "— \(page) —"
    default: "\(page) / \(total)"
    }
  }

  static let scrapedFooterStyleCount = 6

  /// One line of a scraped copy.
  struct ScrapedLine: Equatable {
    enum Origin: Equatable {
      /// A line of the text, changed by steps 2–4.
      case text
      /// The letter-spaced copy of the title (step 1).
      case spacedTitle
      /// The title as it was (step 1).
      case title
      /// A site notice (step 5).
      case notice
      /// A page footer (step 5).
      case footer
    }
    var text: String
    var origin: Origin
  }

  /// The scraped copy of `text`: see the extension's documentation for what it does.
  static func scraped(_ text: String, seed: UInt64) -> String {
    scrapedLines(text, seed: seed).map(\.text).joined(separator: "\n")
  }

  /// The lines of ``scraped(_:seed:)`` with where each comes from, so that tests know which
  /// lines were inserted.
  static func scrapedLines(_ text: String, seed: UInt64) -> [ScrapedLine] {
    var generator = SeededGenerator(seed: seed)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let lastNonBlank = lines.lastIndex { !isBlank($0) }
    var result: [ScrapedLine] = [ScrapedLine(text: notice(&generator), origin: .notice)]
    var seenTitle = false
    var sinceBreak = 0
    var pageLength = Int.random(in: scrapedPageLength, using: &generator)
    /// Where each footer goes, with its page and style: the text waits for the page count.
    var footers: [(index: Int, page: Int, style: Int)] = []
    for (index, line) in lines.enumerated() {
      if isBlank(line) {
        result.append(ScrapedLine(text: line, origin: .text))
        continue
      }
      let isTitle = !seenTitle && line.unicodeScalars.count <= scrapedMaxTitleLength
      seenTitle = true
      if isTitle {
        result.append(ScrapedLine(text: letterSpaced(line), origin: .spacedTitle))
        result.append(ScrapedLine(text: line, origin: .title))
      } else {
        var changed = spacedMarker(line, using: &generator)
        changed = spacedAroundLatin(changed, using: &generator)
        changed = asciiPunctuation(changed, using: &generator)
        result.append(ScrapedLine(text: changed, origin: .text))
      }
      if index == lastNonBlank {
        result.append(ScrapedLine(text: notice(&generator), origin: .notice))
        continue
      }
      sinceBreak += 1
      if sinceBreak == pageLength {
        let style = Int.random(in: 0..<scrapedFooterStyleCount, using: &generator)
        footers.append((result.count, footers.count + 1, style))
        result.append(ScrapedLine(text: "", origin: .footer))
        if Int.random(in: 0..<3, using: &generator) == 0 {
          result.append(ScrapedLine(text: notice(&generator), origin: .notice))
        }
        sinceBreak = 0
        pageLength = Int.random(in: scrapedPageLength, using: &generator)
      }
    }
    for footer in footers {
      result[footer.index].text = scrapedFooter(style: footer.style, page: footer.page, total: footers.count + 1)
    }
    return result
  }

  // MARK: - Steps

  private static func notice(_ generator: inout SeededGenerator) -> String {
    scrapedNotices[Int.random(in: scrapedNotices.indices, using: &generator)]
  }

  private static func isBlank(_ line: String) -> Bool {
    line.unicodeScalars.allSatisfy {
      [0x20, 0x09, 0x0D, 0x3000, 0x00A0, 0x200B, 0xFEFF].contains($0.value)
    }
  }

  /// Step 1: "工作总结" → "工 作 总 结".
  static func letterSpaced(_ line: String) -> String {
    line.filter { !$0.isWhitespace && $0 != "\u{200B}" && $0 != "\u{FEFF}" }.map(String.init)
      .joined(separator: " ")
  }

  private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }
  private static func isAsciiDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }
  private static func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    isAsciiDigit(scalar) || (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
  }
  private static func isPercent(_ scalar: Unicode.Scalar) -> Bool { scalar == "%" || scalar == "％" }

  /// Step 2: spaces inside a heading marker at the start of the line.
  private static func spacedMarker(_ line: String, using generator: inout SeededGenerator) -> String {
    let scalars = Array(line.unicodeScalars)
    var start = 0
    while start < scalars.count, scalars[start] == " " || scalars[start] == "\u{3000}" { start += 1 }
    guard start < scalars.count else { return line }
    var cursor = start
    var replacement: [Unicode.Scalar]?
    if scalars[start] == "（" || scalars[start] == "(" {
      cursor += 1
      while cursor < scalars.count, ChineseNumeral.isNumeral(scalars[cursor].value) { cursor += 1 }
      if cursor > start + 1, cursor < scalars.count, scalars[cursor] == "）" || scalars[cursor] == ")" {
        replacement = [scalars[start], " "] + scalars[start + 1..<cursor] + [" ", scalars[cursor]]
        cursor += 1
      }
    } else if isAsciiDigit(scalars[start]) {
      while cursor < scalars.count, isAsciiDigit(scalars[cursor]) { cursor += 1 }
      // "1.精准" but not "1.5亿" nor "2021.": a digit or the end after the dot is a number.
      if cursor + 1 < scalars.count, scalars[cursor] == "." || scalars[cursor] == "．",
        !isAsciiDigit(scalars[cursor + 1])
      {
        replacement = Array(scalars[start..<cursor]) + [" ", scalars[cursor], " "]
        cursor += 1
      }
    }
    guard let marker = replacement, Double.random(in: 0..<1, using: &generator) < scrapedMarkerProbability else {
      return line
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[0..<start])
    view.append(contentsOf: marker)
    view.append(contentsOf: scalars[cursor...])
    return String(view)
  }

  /// Step 3: a space at some boundaries between ideographs and Latin, digits or %.
  private static func spacedAroundLatin(_ line: String, using generator: inout SeededGenerator) -> String {
    var view = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in line.unicodeScalars {
      if let before = previous {
        let boundary = (isIdeograph(before) && isLatinOrDigit(scalar)) || (isLatinOrDigit(before) && isIdeograph(scalar))
          || (isAsciiDigit(before) && isPercent(scalar)) || (isPercent(before) && isIdeograph(scalar))
        if boundary, Double.random(in: 0..<1, using: &generator) < scrapedSpaceProbability { view.append(" ") }
      }
      view.append(scalar)
      previous = scalar
    }
    return String(view)
  }

  /// Step 4: some full-width ：（），as ASCII.
  private static func asciiPunctuation(_ line: String, using generator: inout SeededGenerator) -> String {
    let ascii: [Unicode.Scalar: Unicode.Scalar] = ["：": ":", "（": "(", "）": ")", "，": ","]
    var view = String.UnicodeScalarView()
    for scalar in line.unicodeScalars {
      if let replacement = ascii[scalar], Double.random(in: 0..<1, using: &generator) < scrapedPunctuationProbability {
        view.append(replacement)
      } else {
        view.append(scalar)
      }
    }
    return String(view)
  }
}

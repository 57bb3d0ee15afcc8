/// A heading marker at the start of a line: 一、 （一） 1. （1） ① 第一部分 and their variants.
struct HeadingMarker: Equatable, Sendable {
  var style: HeadingStyle
  /// The number the marker stands for.
  var number: Int?
  /// The marker itself, e.g. `（一）` (what `Section.marker` shows).
  var range: Range<Int>
  /// Where the heading's text begins: after the marker and any separator (、 . space).
  var textStart: Int

  /// Arabic item numbers longer than this are years or codes, not headings (2021.).
  static let maxArabicDigits = 3

  /// Reads a marker at the start of `line` (a trimmed line range over folded text).
  static func read(_ text: [UInt32], in line: Range<Int>) -> HeadingMarker? {
    guard let first = line.first.map({ text[$0] }) else { return nil }
    let start = line.lowerBound
    // 名词解释, 附录, 结束语 alone on a line: an unnumbered part, titled by the label.
    if line.count <= UnnumberedHeadingWords.maxLabelLength + 1, UnnumberedHeadingWords.isBackMatterLabel(text, line) {
      return HeadingMarker(style: .part, number: nil, range: start..<start, textStart: start)
    }
    let end = line.upperBound
    var marker: HeadingMarker?

    switch first {
    case 0x7B2C:  // 第一部分 第一篇 第一编 第一章 第一节 第一条 第一、
      marker = readPart(text, start: start, end: end) ?? readOrdinal(text, start: start, end: end)
    case 0x9644:  // 附件1 附件： 附录 附录一
      marker = readAppendix(text, start: start, end: end)
    case Scalar.openParen:
      marker = readParenthesised(text, start: start, end: end)
    case 0x3220...0x3229:  // ㈠ … ㈩
      marker = HeadingMarker(style: .chineseParen, number: Int(first - 0x3220) + 1, range: start..<start + 1, textStart: start + 1)
    case 0x2474...0x2487:  // ⑴ … ⒇
      marker = HeadingMarker(style: .arabicParen, number: Int(first - 0x2474) + 1, range: start..<start + 1, textStart: start + 1)
    case 0x2488...0x249B:  // ⒈ … ⒛
      marker = HeadingMarker(style: .arabicDot, number: Int(first - 0x2488) + 1, range: start..<start + 1, textStart: start + 1)
    case 0x2460...0x2473:  // ① … ⑳
      marker = HeadingMarker(style: .circled, number: Int(first - 0x2460) + 1, range: start..<start + 1, textStart: start + 1)
    case 0x30...0x39:
      marker = readArabic(text, start: start, end: end)
    default:
      if ChineseNumeral.isNumeral(first) { marker = readChineseComma(text, start: start, end: end) }
    }
    guard var found = marker else { return nil }
    // Separators some writers put after the marker: （一）、 1. 一、 followed by spaces.
    var cursor = found.textStart
    while cursor < end, Scalar.isSpace(text[cursor]) || text[cursor] == Scalar.ideographicComma
      || (cursor == found.range.upperBound && text[cursor] == Scalar.dot)
    {
      cursor += 1
    }
    found.textStart = cursor
    return found
  }

  private static func readChineseComma(_ text: [UInt32], start: Int, end: Int) -> HeadingMarker? {
    guard let numeral = ChineseNumeral.parse(text, at: start, limit: end), numeral.length <= 4,
      start + numeral.length < end
    else { return nil }
    let after = start + numeral.length
    let separator = text[after]
    // 一、 or 一. — but not 一.5 nor 一是, 十九届 …
    guard separator == Scalar.ideographicComma
      || (separator == Scalar.dot && !(after + 1 < end && Scalar.isDigit(text[after + 1])))
    else { return nil }
    return HeadingMarker(style: .chineseComma, number: numeral.integer, range: start..<after + 1, textStart: after + 1)
  }

  private static func readParenthesised(_ text: [UInt32], start: Int, end: Int) -> HeadingMarker? {
    let inner = start + 1
    guard inner < end else { return nil }
    if let numeral = ChineseNumeral.parse(text, at: inner, limit: end), numeral.length <= 4,
      inner + numeral.length < end, text[inner + numeral.length] == Scalar.closeParen
    {
      let close = inner + numeral.length
      return HeadingMarker(style: .chineseParen, number: numeral.integer, range: start..<close + 1, textStart: close + 1)
    }
    var cursor = inner
    while cursor < end, Scalar.isDigit(text[cursor]) { cursor += 1 }
    let digits = cursor - inner
    guard digits >= 1, digits <= maxArabicDigits, cursor < end, text[cursor] == Scalar.closeParen else { return nil }
    return HeadingMarker(style: .arabicParen, number: decimal(text, inner..<cursor), range: start..<cursor + 1, textStart: cursor + 1)
  }

  private static func readArabic(_ text: [UInt32], start: Int, end: Int) -> HeadingMarker? {
    var cursor = start
    while cursor < end, Scalar.isDigit(text[cursor]) { cursor += 1 }
    let digits = cursor - start
    guard digits <= maxArabicDigits, cursor + 1 < end else { return nil }
    let separator = text[cursor]
    let number = decimal(text, start..<cursor)
    guard number > 0 else { return nil }
    switch separator {
    case Scalar.dot, Scalar.ideographicComma:
      // 2.5 is a number, 1.精准… a heading.
      if Scalar.isDigit(text[cursor + 1]) { return nil }
      return HeadingMarker(style: .arabicDot, number: number, range: start..<cursor + 1, textStart: cursor + 1)
    case Scalar.closeParen:
      return HeadingMarker(style: .arabicParen, number: number, range: start..<cursor + 1, textStart: cursor + 1)
    default:
      return nil
    }
  }

  private static func readPart(_ text: [UInt32], start: Int, end: Int) -> HeadingMarker? {
    let numberStart = start + 1
    var cursor = numberStart
    var number: Int?
    if let numeral = ChineseNumeral.parse(text, at: numberStart, limit: end), numeral.length <= 6 {
      number = numeral.integer
      cursor += numeral.length
    } else {
      while cursor < end, Scalar.isDigit(text[cursor]) { cursor += 1 }
      guard cursor > numberStart, cursor - numberStart <= maxArabicDigits else { return nil }
      number = decimal(text, numberStart..<cursor)
    }
    guard cursor < end else { return nil }
    let style: HeadingStyle
    switch text[cursor] {
    case 0x7AE0:  // 章
      style = .chapter
      cursor += 1
    case 0x8282:  // 节
      // 第一节课 is a lesson, not a division.
      guard cursor + 1 >= end || !StatuteWords.notAfterDivision.contains(text[cursor + 1]) else { return nil }
      style = .division
      cursor += 1
    case 0x6761:  // 条
      // An article only where its text follows; "第十条规定的…" cites one.
      guard StatuteWords.opensArticle(text, after: cursor + 1, end: end) else { return nil }
      style = .article
      cursor += 1
    case 0x7BC7, 0x7F16:  // 篇 编
      style = .part
      cursor += 1
    case 0x90E8 where cursor + 1 < end && text[cursor + 1] == 0x5206:  // 部分
      style = .part
      cursor += 2
    default:
      return nil
    }
    var textStart = cursor
    while textStart < end, text[textStart] == Scalar.colon || text[textStart] == 0x2014 {
      textStart += 1
    }
    return HeadingMarker(style: style, number: number, range: start..<cursor, textStart: textStart)
  }

  /// 第一、关于基本建设: an ordinal with the enumeration comma. Not 第一、二轮 (a numeral after
  /// the comma); 第一，… (a full comma) is a heading only on a short line of its own, which
  /// the line classifier decides.
  static func readOrdinal(_ text: [UInt32], start: Int, end: Int) -> HeadingMarker? {
    guard let numeral = ChineseNumeral.parse(text, at: start + 1, limit: end), numeral.length <= 2 else { return nil }
    let separator = start + 1 + numeral.length
    guard separator + 1 < end, text[separator] == Scalar.ideographicComma,
      !ChineseNumeral.isNumeral(text[separator + 1]), !Scalar.isDigit(text[separator + 1])
    else { return nil }
    return HeadingMarker(style: .ordinal, number: numeral.integer, range: start..<separator + 1, textStart: separator + 1)
  }

  /// 附件, 附件1, 附件一, 附件2：title, 附录, 附录一 — an appendix opens a part of its own.
  private static func readAppendix(_ text: [UInt32], start: Int, end: Int) -> HeadingMarker? {
    guard start + 1 < end, text[start + 1] == 0x4EF6 || text[start + 1] == 0x5F55 else { return nil }  // 件 录
    var cursor = start + 2
    while cursor < end, Scalar.isSpace(text[cursor]) { cursor += 1 }
    var number: Int?
    if let numeral = ChineseNumeral.parse(text, at: cursor, limit: end), numeral.length <= 2 {
      number = numeral.integer
      cursor += numeral.length
    } else {
      let digitsStart = cursor
      while cursor < end, Scalar.isDigit(text[cursor]), cursor - digitsStart < maxArabicDigits { cursor += 1 }
      if cursor > digitsStart { number = decimal(text, digitsStart..<cursor) }
    }
    let markerEnd = cursor
    while cursor < end, Scalar.isSpace(text[cursor]) || text[cursor] == Scalar.colon { cursor += 1 }
    // Only a line that is the appendix label, or the label and a colon before its title:
    // "附件材料已印发" is a sentence.
    guard cursor == end || cursor > markerEnd else { return nil }
    return HeadingMarker(style: .part, number: number, range: start..<markerEnd, textStart: cursor)
  }

  private static func decimal(_ text: [UInt32], _ range: Range<Int>) -> Int {
    var value = 0
    for index in range { value = value * 10 + Int(text[index] - 0x30) }
    return value
  }
}

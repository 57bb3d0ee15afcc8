/// A statement of time in a title, a heading or at the head of a paragraph: 2021年,
/// ****年上半年, 下半年, 二〇二二年, 明年.
struct PeriodMention: Equatable, Sendable {
  /// The year as written, when it is written in digits or Chinese numerals.
  var year: Int?
  /// Years after the document's own (明年 is 1), when the year is relative.
  var yearsAhead: Int?
  var masked = false
  /// The part of the year, when stated (上半年 → H1).
  var part: PeriodPart?

  var hasYear: Bool { year != nil || masked || yearsAhead != nil }

  /// Words for a part of the year, read right after a year or on their own.
  static let parts: [(word: String, part: PeriodPart)] = [
    ("上半年", .H1), ("下半年", .H2), ("第一季度", .Q1), ("第二季度", .Q2), ("第三季度", .Q3), ("第四季度", .Q4),
    ("一季度", .Q1), ("二季度", .Q2), ("三季度", .Q3), ("四季度", .Q4), ("全年", .full), ("年度", .full),
  ]
  /// The parts that read on their own, without a year before them: 上半年, 三季度.
  static let partsOnTheirOwn = parts.filter { $0.word.hasSuffix("半年") || $0.word.hasSuffix("季度") }
  /// Relative years, read on their own.
  static let relativeYears: [(word: String, ahead: Int)] = [("明年", 1), ("来年", 1), ("今年", 0), ("本年", 0)]

  /// The first mention in `range`; with `leading`, only one that opens the range.
  static func first(in text: SourceText, range: Range<Int>, leading: Bool) -> PeriodMention? {
    var index = range.lowerBound
    while index < range.upperBound {
      if let mention = read(text, at: index, limit: range.upperBound) { return mention }
      if leading { return nil }
      index += 1
    }
    return nil
  }

  private static func read(_ text: SourceText, at index: Int, limit: Int) -> PeriodMention? {
    if let (year, masked, end) = year(text.folded, at: index, limit: limit) {
      var mention = PeriodMention(year: year, masked: masked)
      // 2021年上半年: 年 ends the year and the part follows; 2021年度 shares the 年.
      for (word, part) in parts {
        if text.match(word, at: end, limit: limit) != nil || text.match(word, at: end - 1, limit: limit) != nil {
          mention.part = part
          break
        }
      }
      return mention
    }
    for (word, ahead) in relativeYears where text.match(word, at: index, limit: limit) != nil {
      return PeriodMention(yearsAhead: ahead, part: nil)
    }
    for (word, part) in partsOnTheirOwn {
      if text.match(word, at: index, limit: limit) != nil { return PeriodMention(part: part) }
    }
    return nil
  }

  /// A four-place year before 年: 2021年, 二〇二一年, ****年, XXXX年. Returns the offset
  /// after 年.
  static func year(_ text: [UInt32], at index: Int, limit: Int) -> (Int?, Bool, Int)? {
    guard index + 4 < limit, text[index + 4] == 0x5E74 else { return nil }  // 年
    if index > 0, Scalar.isDigit(text[index - 1]) || MaskScanner.isMaskScalar(text[index - 1]) { return nil }
    let places = text[index..<index + 4]
    if places.allSatisfy(MaskScanner.isMaskScalar) { return (nil, true, index + 5) }
    var value = 0
    for place in places {
      if Scalar.isDigit(place) {
        value = value * 10 + Int(place - 0x30)
      } else if let digit = ChineseNumeral.digit(place) {
        value = value * 10 + digit
      } else if MaskScanner.isMaskScalar(place) {
        // 20**年: the century is known, the year is not.
        return (nil, true, index + 5)
      } else {
        return nil
      }
    }
    return (1900...2100).contains(value) ? (value, false, index + 5) : nil
  }
}

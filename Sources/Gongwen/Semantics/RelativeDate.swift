/// A date the text names without writing its year: 今年, 去年年底, 明年上半年, 上半年, 全年,
/// 年内, 一季度, 过去一年, 过去五年, 五年来, “十四五”时期.
///
/// Read by ``DateExtractor`` (which finds them) and by ``RelativeDateResolver`` (which gives
/// them the year of the document or of their passage). Documented in `Docs/Guide.md`,
/// "Relative dates".
struct RelativeDate: Equatable, Sendable {
  /// What the year is counted from.
  enum Anchor: Equatable, Sendable {
    /// The document's own year (``ReferenceYear``): 今年 0, 明年 1, 去年 and 过去一年 -1.
    case document(offset: Int)
    /// The years up to the one before the document's: 过去五年, 五年来, 近五年 (5).
    case pastSpan(years: Int)
    /// The year the passage speaks of (``TimeContext``): 上半年, 全年, 年底 with no year.
    case passage
    /// A five-year plan period, whatever the document: “十四五”时期 → 2021–2025.
    case plan(first: Int, last: Int)
  }

  /// Which part of the year.
  enum Part: String, Sendable {
    case year, H1, H2, Q1, Q2, Q3, Q4
    /// 年初: the year's first month.
    case start
    /// 年底, 年末: the year's last month.
    case end
  }

  var anchor: Anchor
  var part: Part
  /// How many scalars the words take.
  var length: Int

  /// Parts of a year, after a relative year (今年上半年, 去年年底, 明年初, 今年内) or on their
  /// own (上半年, 年底).
  static let parts: [(word: String, part: Part)] = [
    ("上半年", .H1), ("下半年", .H2), ("第一季度", .Q1), ("第二季度", .Q2), ("第三季度", .Q3), ("第四季度", .Q4),
    ("一季度", .Q1), ("二季度", .Q2), ("三季度", .Q3), ("四季度", .Q4), ("全年", .year), ("年内", .year),
    ("年底", .end), ("年末", .end), ("年初", .start),
  ]
  static let partTable = WordTable(parts.map(\.word))
  /// Right after a relative year's 年: 今年底, 明年初, 今年内.
  static let shortParts: [(word: String, part: Part)] = [("底", .end), ("末", .end), ("初", .start), ("内", .year)]
  static let shortPartTable = WordTable(shortParts.map(\.word))

  /// Relative years that are not dates: 上年 is the base of a comparison (比上年增长, 上年度
  /// 城乡低保补差水平); 本年 is an account's own year in a budget statement (１９５５年本年收入).
  static let excludedYearWords: Set<[UInt32]> = [Array("上年".unicodeScalars.map(\.value)), Array("本年".unicodeScalars.map(\.value))]

  /// Scalars before 比去年, 较去年, 超过去年: a comparison's base, not a date.
  static let comparisonWords: Set<UInt32> = [0x6BD4, 0x8F83, 0x540C, 0x8FC7]  // 比 较 同 过
  /// Scalars before 于 that make it a comparison: 高于去年, 低于去年, 好于去年, 大于去年 (not
  /// 由于今年, 鉴于去年, 于今年一月).
  static let comparativeScalars: Set<UInt32> = [
    0x9AD8, 0x4F4E, 0x597D, 0x5927, 0x5C0F, 0x591A, 0x5C11, 0x5F3A, 0x5F31, 0x5FEB, 0x6162, 0x4F18, 0x4F73, 0x5DEE,
  ]  // 高 低 好 大 小 多 少 强 弱 快 慢 优 佳 差
  /// Scalars that make 年内, 年底, 五年来 … part of a count of years (两年内, 三、五年内,
  /// 十五年来) or of a word (本年内, 当年底, 健全年鉴).
  static let countScalars: Set<UInt32> = [
    0x5341, 0x767E, 0x5343, 0x4E24, 0x51E0, 0x6570, 0x591A, 0x672C, 0x5F53, 0x8BE5, 0x6BCF, 0x540C, 0x524D, 0x540E,
    0x8FD1, 0x9694, 0x5065, 0x5B8C,
  ]  // 十 百 千 两 几 数 多 本 当 该 每 同 前 后 近 隔 健 完

  /// The relative date that starts at `index`, if any; `lower` is where the text unit starts
  /// (the scalar before is looked at only inside it).
  static func read(_ text: [UInt32], at index: Int, lower: Int, limit: Int) -> RelativeDate? {
    let before: UInt32? = index > lower ? text[index - 1] : nil
    if let (scope, end) = TimeScope.planPeriodMatch(text, at: index, limit: limit),
      case .span(let first, let last) = scope
    {
      return RelativeDate(anchor: .plan(first: first, last: last), part: .year, length: end - index)
    }
    // 上半年 inside 2021年上半年 is read with its year; 两年内 is a count.
    if let before, before == DateExtractor.year || Scalar.isDigit(before) || ChineseNumeral.digit(before) != nil
      || countScalars.contains(before)
    {
      return nil
    }
    if let (word, length) = TimeScope.relativeWord(text, at: index, limit: limit),
      !excludedYearWords.contains(Array(text[index..<index + length]))
    {
      if let before, comparisonWords.contains(before)
        || before == 0x4E8E && index - 2 >= lower && comparativeScalars.contains(text[index - 2])  // 于
      {
        return nil
      }
      switch word {
      case .pastSpan(let years):
        return RelativeDate(anchor: .pastSpan(years: years), part: .year, length: length)
      case .year(let offset):
        var date = RelativeDate(anchor: .document(offset: offset), part: .year, length: length)
        // 今年上半年, 去年年底, 明年初: the part of that year.
        let end = index + length
        if text[end - 1] == DateExtractor.year {
          if let partLength = partTable.longestMatch(in: text, at: end, limit: limit),
            let part = part(of: text[end..<end + partLength], in: parts)
          {
            date.part = part
            date.length += partLength
          } else if let partLength = shortPartTable.longestMatch(in: text, at: end, limit: limit),
            let part = part(of: text[end..<end + partLength], in: shortParts)
          {
            date.part = part
            date.length += partLength
          }
        }
        return date
      }
    }
    if let length = partTable.longestMatch(in: text, at: index, limit: limit),
      let part = part(of: text[index..<index + length], in: parts)
    {
      // 健全年鉴 is no 全年; 年内部 no 年内.
      let end = index + length
      if end < limit, text[end] == DateExtractor.yearbook || (part == .year && text[end] == 0x90E8) { return nil }  // 鉴 部
      return RelativeDate(anchor: .passage, part: part, length: length)
    }
    return nil
  }

  private static func part(of scalars: ArraySlice<UInt32>, in table: [(word: String, part: Part)]) -> Part? {
    table.first { $0.word.unicodeScalars.map(\.value).elementsEqual(scalars) }?.part
  }

  /// The value and precision once the year is known: `2026`, `2026-H1`, `2026-Q3`, `2026-12`
  /// (年底), `2026-01` (年初), `2021/2025` (a span); without a year, the part alone as before
  /// (`H1`, `Q1`, `year`, `year end`, `year start`, `last year`, `next year`, `last 5 years`)
  /// with precision `relative`.
  ///
  /// - Parameters:
  ///   - reference: the document's own year, when known.
  ///   - passageYear: the year the passage speaks of, for a part on its own.
  func value(reference: Int?, passageYear: Int?) -> (value: String, precision: String) {
    switch anchor {
    case .plan(let first, let last):
      return ("\(first)/\(last)", "range")
    case .pastSpan(let years):
      guard let reference else { return ("last \(years) years", "relative") }
      return ("\(reference - years)/\(reference - 1)", "range")
    case .document(let offset):
      guard let reference else {
        if part != .year { return (partValue, "relative") }
        return (offset == 0 ? "year" : offset > 0 ? "next year" : "last year", "relative")
      }
      return resolved(year: reference + offset)
    case .passage:
      guard let passageYear else { return (partValue, "relative") }
      return resolved(year: passageYear)
    }
  }

  private var partValue: String {
    switch part {
    case .year: "year"
    case .start: "year start"
    case .end: "year end"
    default: part.rawValue
    }
  }

  private func resolved(year: Int) -> (value: String, precision: String) {
    switch part {
    case .year: ("\(year)", "year")
    case .H1, .H2: ("\(year)-\(part.rawValue)", "half")
    case .Q1, .Q2, .Q3, .Q4: ("\(year)-\(part.rawValue)", "quarter")
    case .start: ("\(year)-01", "month")
    case .end: ("\(year)-12", "month")
    }
  }
}

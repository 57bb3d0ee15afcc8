/// The time a passage speaks of: one year, or a span of years (a five-year plan period, 过去五年).
enum TimeScope: Equatable, Sendable {
  case year(Int)
  case span(first: Int, last: Int)

  /// Reads the time that opens a sentence at `start` ("2025年，", "刚刚过去的2025年，",
  /// "今年是…", "过去五年，", "“十四五”时期，", "…会议以来的五年，") against the document's
  /// own year `reference` (for relative words).
  ///
  /// A year opens a sentence whatever follows it ("１９５５年全国工业总产值完成了…"); with
  /// `strict`, only before a comma, 是, 以 or a part of the year ("2012年，在世界…"), the
  /// form that dates a whole passage. "2015年以来" is the years since.
  static func topic(in text: [UInt32], at start: Int, limit: Int, reference: Int?, strict: Bool = false) -> TimeScope? {
    var index = Scalar.skippingSpaces(text, from: start, limit: limit)
    if let reference, let scope = relative(text, at: index, limit: limit, reference: reference) { return scope }
    if let length = MetricTimeWords.topicIntroducers.longestMatch(in: text, at: index, limit: limit) {
      index += length
    }
    if let (year, end) = year(text, at: index, limit: limit), end < limit {
      // "2013年至2019年，…": the years from one to the other.
      if DateExtractor.rangeSeparators.contains(text[end]), let (last, _) = Self.year(text, at: end + 1, limit: limit),
        last > year
      {
        return .span(first: year, last: last)
      }
      if matches("以来", text, at: end, limit: limit) {
        guard let reference, year < reference else { return nil }
        return .span(first: year, last: reference - 1)
      }
      let opensPassage = text[end] == 0x2C || text[end] == 0x662F || text[end] == 0x4E0A || text[end] == 0x4E0B  // , 是 上 下
      // "2009年到期的…政策延长一年": a year inside a noun's attribute dates the noun, not the
      // sentence; so does "在１９５４年堵口复堤的基础上，…" the basis it names.
      if opensPassage || !strict, !attributes(text, from: end, limit: limit), !namesABasis(text, from: end, limit: limit) {
        return .year(year)
      }
    }
    if let reference, let scope = relative(text, at: index, limit: limit, reference: reference) { return scope }
    if let plan = planPeriod(text, at: index, limit: limit) { return plan }
    // "在讨论今年计划草案的时候，…": the time of the occasion the clause names.
    if index > start, text[index - 1] == 0x5728, let occasion = occasion(text, from: index, limit: limit, reference: reference) {  // 在
      return occasion
    }
    // "以第一个五年计划期间的总投资额计算，…": the period a reckoning covers.
    if index < limit, text[index] == 0x4EE5, let plan = planPeriod(text, at: index + 1, limit: limit) { return plan }  // 以
    // "目前，國營和合作社營商業…": the present is the document's year.
    if let reference, MetricTimeWords.presentWords.longestMatch(in: text, at: index, limit: limit) != nil {
      return .year(reference)
    }
    // "第十一届全国人民代表大会第一次会议以来的五年，是…": a span that ends the year before.
    if let reference {
      let clauseEnd = min(limit, index + 40)
      var cursor = index
      while cursor < clauseEnd, text[cursor] != 0x2C, text[cursor] != Scalar.ideographicFullStop {
        for (word, years) in MetricTimeWords.sinceSpans where matches(word, text, at: cursor, limit: limit) {
          return .span(first: reference - years, last: reference - 1)
        }
        cursor += 1
      }
    }
    return nil
  }

  /// The time named inside a clause "在…的时候" or "在…时" (at most twenty scalars): a year or a
  /// relative year ("在讨论今年计划草案的时候" → the document's year).
  private static func occasion(_ text: [UInt32], from start: Int, limit: Int, reference: Int?) -> TimeScope? {
    var end = start
    while end < min(limit, start + 20), text[end] != 0x2C, text[end] != Scalar.ideographicFullStop { end += 1 }
    var close = end
    if close > start, text[close - 1] == 0x5019 { close -= 1 }  // 候
    guard end < limit, text[end] == 0x2C, close > start, text[close - 1] == 0x65F6 || text[close - 1] == 0x6642  // 时 時
    else { return nil }
    for index in start..<end {
      if let (year, _) = year(text, at: index, limit: end) { return .year(year) }
      if let reference, let scope = relative(text, at: index, limit: end, reference: reference) { return scope }
    }
    return nil
  }

  /// Whether 的 closes a short verb phrase right after a year ("2009年到期的", "2020年出台的"):
  /// 1 to 3 scalars, none of them punctuation, between the year and 的.
  private static func attributes(_ text: [UInt32], from end: Int, limit: Int) -> Bool {
    // "一九五三年底的統計": a part of the year before 的 is still the year.
    if let length = yearParts.longestMatch(in: text, at: end, limit: limit), end + length < limit,
      text[end + length] == 0x7684
    {
      return false
    }
    // "一九五四年計劃的…": the year's plan or budget is that year's, not an attribute.
    if let length = ownDocuments.longestMatch(in: text, at: end, limit: limit), end + length < limit, text[end + length] == 0x7684 {
      return false
    }
    var index = end
    while index < min(limit, end + 4) {
      let scalar = text[index]
      if scalar == 0x7684 { return index > end }  // 的
      if scalar < 0x3400 { return false }
      index += 1
    }
    return false
  }

  /// Whether the clause from `start` ends in 的基础上 ("在１９５４年堵口复堤的基础上").
  private static func namesABasis(_ text: [UInt32], from start: Int, limit: Int) -> Bool {
    var end = start
    while end < limit, text[end] != 0x2C, text[end] != Scalar.ideographicFullStop { end += 1 }
    return basisWords.occurs(in: text, range: start..<end)
  }
  static let basisWords = WordTable(["基础上", "基礎上"])

  /// What a year may own: its plan or budget ("一九五四年計劃的工業基本建設投資總額").
  static let ownDocuments = WordTable(["计划", "計劃", "预算", "預算", "国家预算", "國家預算"])

  /// Parts of a year written after it: 一九五三年底, 2025年年底, 2026年上半年.
  static let yearParts = WordTable(["年底", "年末", "年初", "底", "末", "初", "上半年", "下半年"])
  /// Words that may open a clause that is nothing but a time: 从…到…, 到一九五三年底, 在…, 截至….
  static let timeClauseOpeners = WordTable([
    "从", "從", "到", "在", "截至", "截止", "至", "自", "于", "於", "根据", "根據", "据", "據",
  ])
  /// What may close a clause that is nothing but a time: "根據一九五三年底的統計".
  static let timeClauseClosers = WordTable(["的统计", "的統計", "统计", "統計"])

  /// The time of a clause that is nothing but a time ("從一九五〇年到一九五四年",
  /// "在一九五三年年底", "到2025年底"): a year or a span of two, with the words that open it and
  /// the parts of a year after it, filling `start..<end` whole.
  static func timeClause(_ text: [UInt32], from start: Int, to end: Int) -> TimeScope? {
    var index = Scalar.skippingSpaces(text, from: start, limit: end)
    if let length = timeClauseOpeners.longestMatch(in: text, at: index, limit: end) { index += length }
    guard let (first, firstEnd) = year(text, at: index, limit: end) else { return nil }
    index = skippingMonth(text, from: firstEnd, limit: end)
    index += yearParts.longestMatch(in: text, at: index, limit: end) ?? 0
    var scope = TimeScope.year(first)
    if index < end, DateExtractor.rangeSeparators.contains(text[index]) || text[index] == 0x5230 || text[index] == 0x81F3,
      let (last, lastEnd) = year(text, at: index + 1, limit: end), last > first
    {
      scope = .span(first: first, last: last)
      index = skippingMonth(text, from: lastEnd, limit: end)
      index += yearParts.longestMatch(in: text, at: index, limit: end) ?? 0
    }
    if let length = timeClauseClosers.longestMatch(in: text, at: index, limit: end) { index += length }
    return index == end ? scope : nil
  }

  /// Past a month after a year ("一九五〇年七月", "2025年10月份", "1953年11月底"): where it ends,
  /// or `start` when none stands there.
  static func skippingMonth(_ text: [UInt32], from start: Int, limit: Int) -> Int {
    var index = start
    while index < min(limit, start + 3), Scalar.isDigit(text[index]) || ChineseNumeral.digit(text[index]) != nil
      || text[index] == 0x5341  // 十
    {
      index += 1
    }
    guard index > start, index < limit, text[index] == 0x6708 else { return start }  // 月
    index += 1
    if index < limit, text[index] == 0x4EFD { index += 1 }  // 份
    if index < limit, text[index] == 0x5E95 || text[index] == 0x521D || text[index] == 0x672B { index += 1 }  // 底 初 末
    return index
  }

  /// Every time a heading names, the single year first: "2025年工作回顾" → 2025,
  /// "“十四五”时期工作回顾" → 2021–2025, "2025年和“十四五”时期工作回顾" → 2025,
  /// "今年经济社会发展的总体要求" → the document's year.
  static func heading(_ text: [UInt32], reference: Int?) -> TimeScope? {
    var span: TimeScope?
    var index = 0
    while index < text.count {
      if let (year, _) = year(text, at: index, limit: text.count) { return .year(year) }
      if let reference, let scope = relative(text, at: index, limit: text.count, reference: reference) {
        if case .year = scope { return scope }
        span = span ?? scope
      }
      if span == nil, let plan = planPeriod(text, at: index, limit: text.count) { span = plan }
      index += 1
    }
    return span
  }

  /// The first span of years a heading names, whatever single year it also names: "2025年和
  /// “十四五”时期工作回顾" → 2021–2025, "过去五年工作回顾" → the five years before the document's.
  static func headingSpan(_ text: [UInt32], reference: Int?) -> TimeScope? {
    var index = 0
    while index < text.count {
      if let reference, let scope = relative(text, at: index, limit: text.count, reference: reference), case .span = scope {
        return scope
      }
      if let plan = planPeriod(text, at: index, limit: text.count) { return plan }
      index += 1
    }
    return nil
  }

  /// What a relative time word means: a year counted from the document's own, or a span of
  /// years that ends the year before it.
  enum RelativeWord: Equatable, Sendable {
    /// 今年 0, 明年 1, 去年 and 过去一年 -1.
    case year(offset: Int)
    /// 过去五年, 五年来, 近五年: this many years up to the year before the document's.
    case pastSpan(years: Int)

    /// The time the word names in a document whose own year is `reference`.
    func scope(reference: Int) -> TimeScope {
      switch self {
      case .year(let offset): .year(reference + offset)
      case .pastSpan(let years): .span(first: reference - years, last: reference - 1)
      }
    }
  }

  /// The relative time word at `index` (``MetricTimeWords/relativeYears``,
  /// ``MetricTimeWords/pastSpans``), the longest, and its length.
  static func relativeWord(_ text: [UInt32], at index: Int, limit: Int) -> (word: RelativeWord, length: Int)? {
    if let length = MetricTimeWords.pastSpanTable.longestMatch(in: text, at: index, limit: limit) {
      let word = String(decoding: text[index..<index + length].map { UInt32($0) }, as: UTF32.self)
      if let years = MetricTimeWords.pastSpans.first(where: { $0.word == word })?.years {
        return (.pastSpan(years: years), length)
      }
    }
    if let length = MetricTimeWords.relativeYearTable.longestMatch(in: text, at: index, limit: limit) {
      let word = String(decoding: text[index..<index + length].map { UInt32($0) }, as: UTF32.self)
      if let offset = MetricTimeWords.relativeYears.first(where: { $0.word == word })?.offset {
        return (.year(offset: offset), length)
      }
    }
    return nil
  }

  /// 今年, 去年, 明年, 过去一年 (a year) and 过去五年, 五年来 (a span), against `reference`.
  static func relative(_ text: [UInt32], at index: Int, limit: Int, reference: Int) -> TimeScope? {
    relativeWord(text, at: index, limit: limit)?.word.scope(reference: reference)
  }

  /// A five-year plan period: “十四五”时期, 十四五期间, “十五五”以来 → its years. The third
  /// plan began in 1966, and each runs five years.
  static func planPeriod(_ text: [UInt32], at index: Int, limit: Int) -> TimeScope? {
    planPeriodMatch(text, at: index, limit: limit)?.scope
  }

  /// ``planPeriod(_:at:limit:)`` with where its words end: after 时期, 期间, 以来, 规划期 or
  /// the closing quote before 收官.
  static func planPeriodMatch(_ text: [UInt32], at index: Int, limit: Int) -> (scope: TimeScope, end: Int)? {
    if let ordinal = ordinalPlanPeriod(text, at: index, limit: limit) { return ordinal }
    var cursor = index
    if cursor < limit, text[cursor] == Scalar.leftDoubleQuote { cursor += 1 }
    // 十一五 … 十九五: 十, a digit, 五 (the plans before the eleventh are not written so).
    guard cursor + 2 < limit, text[cursor] == 0x5341,  // 十
      let digit = ChineseNumeral.digit(text[cursor + 1]), digit >= 1, text[cursor + 2] == 0x4E94  // 五
    else { return nil }
    let plan = 10 + digit
    let end = cursor + 2
    var after = end + 1
    if after < limit, text[after] == Scalar.rightDoubleQuote { after += 1 }
    // Only as a period: 时期, 期间, 以来, 规划期, or the quotes that set the name apart.
    var periodEnd: Int?
    for word in ["时期", "期间", "以来", "规划期"] where matches(word, text, at: after, limit: limit) {
      periodEnd = after + word.unicodeScalars.count
    }
    if periodEnd == nil, matches("收官", text, at: after, limit: limit) { periodEnd = after }
    guard let periodEnd else { return nil }
    let first = 1966 + 5 * (plan - 3)
    return (.span(first: first, last: first + 4), periodEnd)
  }

  /// A five-year plan named by its ordinal, as the reports of the 1950s write it:
  /// 第一个五年计划期间 → 1953–1957, 第二个五年计划时期 → 1958–1962, 第一個五年計劃期末 → 1957.
  /// The first began in 1953, the second in 1958, the third (after three years of
  /// readjustment) in 1966. Only as a period (期间, 时期, 以来), never the plan's name alone
  /// (第一个五年计划的任务).
  static func ordinalPlanPeriod(_ text: [UInt32], at index: Int, limit: Int) -> (scope: TimeScope, end: Int)? {
    guard index + 7 < limit, text[index] == 0x7B2C,  // 第
      let ordinal = ChineseNumeral.digit(text[index + 1]), ordinal >= 1,
      text[index + 2] == 0x4E2A || text[index + 2] == 0x500B,  // 个 個
      matches("五年计划", text, at: index + 3, limit: limit) || matches("五年計劃", text, at: index + 3, limit: limit)
    else { return nil }
    let first = ordinal == 1 ? 1953 : ordinal == 2 ? 1958 : 1966 + 5 * (ordinal - 3)
    let after = index + 7
    if let length = ordinalPlanEnd.longestMatch(in: text, at: after, limit: limit) {
      return (.year(first + 4), after + length)
    }
    guard let length = ordinalPlanSpans.longestMatch(in: text, at: after, limit: limit) else { return nil }
    return (.span(first: first, last: first + 4), after + length)
  }
  static let ordinalPlanSpans = WordTable(["期间", "期間", "时期", "時期", "以来", "以來"])
  static let ordinalPlanEnd = WordTable(["期末"])

  /// A four-place year before 年 (2025年, 二〇二五年), not masked: the year and the offset
  /// after 年.
  static func year(_ text: [UInt32], at index: Int, limit: Int) -> (Int, Int)? {
    guard case let (year?, false, end)? = PeriodMention.year(text, at: index, limit: limit) else { return nil }
    return (year, end)
  }

  static func matches(_ word: String, _ text: [UInt32], at index: Int, limit: Int) -> Bool {
    var cursor = index
    for scalar in word.unicodeScalars {
      guard cursor < limit, text[cursor] == scalar.value else { return false }
      cursor += 1
    }
    return true
  }
}

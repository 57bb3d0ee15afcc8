/// Finds the ranges a text states: between two numbers (1—2次, 在20和30之间), bounded on
/// one side (不少于30人, 30人以上, 比170低, 五百多个) or both (大于10并且小于20,
/// 1000以上，1500以下).
///
/// Bounds follow Chinese official usage (the table in `BoundWords.swift`): 以上 and 以下 include the number,
/// 超过 and 低于 do not; 1—2次 includes both ends.
public enum NumberRangeRecognizer {
  /// The ranges in `text`, in order, never overlapping.
  public static func ranges(in text: String) -> [RecognizedRange] {
    let source = SourceText(text)
    return scan(source.folded, in: 0..<source.count).map { found in
      RecognizedRange(
        text: source.string(found.range), lower: found.lower, lowerInclusive: found.lowerInclusive, upper: found.upper,
        upperInclusive: found.upperInclusive, span: source.span(found.range))
    }
  }

  struct Found: Equatable {
    var range: Range<Int>
    var lower: Double?
    var lowerInclusive = false
    var upper: Double?
    var upperInclusive = false

    var isOneSided: Bool { (lower == nil) != (upper == nil) }
  }

  static func scan(_ text: [UInt32], in range: Range<Int>) -> [Found] {
    let numbers = NumberRecognizer.scan(text, in: range)
    var found: [Found] = []
    var index = 0
    while index < numbers.count {
      if index + 1 < numbers.count, let between = between(numbers[index], numbers[index + 1], text, in: range) {
        found.append(between)
        index += 2
        continue
      }
      if let first = bound(numbers[index], text, in: range) {
        // 大于10并且小于20: a second bound on the other side joins the first.
        if index + 1 < numbers.count, let second = bound(numbers[index + 1], text, in: range),
          let joined = join(first, second, text)
        {
          found.append(joined)
          index += 2
          continue
        }
        found.append(first)
      }
      index += 1
    }
    return found
  }

  // MARK: - Two numbers

  /// 1—2次, 20 - 100, 一到五, 在20和30之间, 10000与20000间, 在第十和第十五之间.
  private static func between(_ first: NumberRecognizer.Found, _ second: NumberRecognizer.Found, _ text: [UInt32], in range: Range<Int>) -> Found? {
    guard first.kind == second.kind || first.kind == .number || second.kind == .number else { return nil }
    var cursor = Scalar.skippingSpaces(text, from: first.range.upperBound, limit: range.upperBound)
    if let length = BoundWords.separators.longestMatch(in: text, at: cursor, limit: range.upperBound) {
      cursor = Scalar.skippingSpaces(text, from: cursor + length, limit: range.upperBound)
      guard cursor == second.range.lowerBound, first.value <= second.value else { return nil }
      return Found(range: first.range.lowerBound..<second.range.upperBound, lower: first.value, lowerInclusive: true, upper: second.value, upperInclusive: true)
    }
    guard cursor < range.upperBound, BoundWords.betweenJoiners.contains(text[cursor]) else { return nil }
    cursor = Scalar.skippingSpaces(text, from: cursor + 1, limit: range.upperBound)
    if cursor < range.upperBound, text[cursor] == ordinal { cursor += 1 }
    guard cursor == second.range.lowerBound else { return nil }
    var end = second.range.upperBound
    if end < range.upperBound, text[end] == 0x4E4B { end += 1 }  // 之
    guard end < range.upperBound, text[end] == 0x95F4 else { return nil }  // 间
    end += 1
    var start = first.range.lowerBound
    if start > range.lowerBound, text[start - 1] == ordinal { start -= 1 }
    if let length = betweenLeads.longestMatch(in: text, endingAt: start, limit: range.lowerBound) { start -= length }
    let low = min(first.value, second.value)
    let high = max(first.value, second.value)
    return Found(range: start..<end, lower: low, lowerInclusive: true, upper: high, upperInclusive: true)
  }

  static let ordinal: UInt32 = 0x7B2C  // 第
  /// 在20和30之间, 位于20和30之间.
  static let betweenLeads = WordTable(["位于", "在", "介于"])

  // MARK: - One bound

  /// 超过了80, 30人以上, 三十或者以上, 比170低, 五百多, 十几万.
  private static func bound(_ number: NumberRecognizer.Found, _ text: [UInt32], in range: Range<Int>) -> Found? {
    let start = number.range.lowerBound
    // Before: a bound word, perhaps with 了/是/有/为 (至少有10), or 比.
    var prefixStart = start
    while prefixStart > range.lowerBound, text[prefixStart - 1] == Scalar.space { prefixStart -= 1 }
    var linked = prefixStart
    if linked > range.lowerBound, BoundWords.prefixLinks.contains(text[linked - 1]) { linked -= 1 }
    for candidate in [prefixStart, linked] {
      if let (length, bound) = BoundWords.prefix(endingAt: candidate, in: text, limit: range.lowerBound) {
        return make(bound, number.value, from: candidate - length, to: number.range.upperBound)
      }
    }
    var after = Scalar.skippingSpaces(text, from: number.range.upperBound, limit: range.upperBound)
    if prefixStart > range.lowerBound, text[prefixStart - 1] == 0x6BD4, after < range.upperBound,  // 比
      let comparative = BoundWords.comparatives[text[after]]
    {
      return make(comparative, number.value, from: prefixStart - 1, to: after + 1)
    }
    // After: 以上, 以下, 或者更多, perhaps after a unit (20万次以上).
    if let unit = MetricUnits.unitLength(in: text, at: after, limit: range.upperBound),
      BoundWords.suffix(at: after + unit, in: text, limit: range.upperBound) != nil
    {
      after += unit
    }
    if let (length, bound) = BoundWords.suffix(at: after, in: text, limit: range.upperBound) {
      return make(bound, number.value, from: start, to: after + length)
    }
    // 五百多个; 十几万 and 二十余万 say "more than" inside the numeral.
    if number.range.upperBound < range.upperBound, BoundWords.approximateTails.contains(text[number.range.upperBound]) {
      return make(.moreThan, number.value, from: start, to: number.range.upperBound + 1)
    }
    if number.approximate { return make(.moreThan, number.value, from: start, to: number.range.upperBound) }
    return nil
  }

  private static func make(_ bound: BoundWords.Bound, _ value: Double, from start: Int, to end: Int) -> Found {
    switch bound {
    case .exactly: Found(range: start..<end, lower: value, lowerInclusive: true, upper: value, upperInclusive: true)
    case .atLeast, .moreThan: Found(range: start..<end, lower: value, lowerInclusive: bound.inclusive)
    case .atMost, .lessThan: Found(range: start..<end, upper: value, upperInclusive: bound.inclusive)
    }
  }

  /// Two one-sided bounds joined by 并且, 且, 同时, a comma or nothing make one range, if
  /// they face each other (大于50小于12 is two).
  private static func join(_ first: Found, _ second: Found, _ text: [UInt32]) -> Found? {
    guard first.isOneSided, second.isOneSided, (first.lower == nil) != (second.lower == nil) else { return nil }
    var cursor = Scalar.skippingSpaces(text, from: first.range.upperBound, limit: second.range.lowerBound)
    if let length = BoundWords.joiners.longestMatch(in: text, at: cursor, limit: second.range.lowerBound) {
      cursor = Scalar.skippingSpaces(text, from: cursor + length, limit: second.range.lowerBound)
    }
    guard cursor == second.range.lowerBound else { return nil }
    let lowerBound = first.lower != nil ? first : second
    let upperBound = first.lower != nil ? second : first
    guard let low = lowerBound.lower, let high = upperBound.upper, low < high else { return nil }
    return Found(
      range: first.range.lowerBound..<second.range.upperBound, lower: low, lowerInclusive: lowerBound.lowerInclusive,
      upper: high, upperInclusive: upperBound.upperInclusive)
  }

}

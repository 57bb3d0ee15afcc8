/// Tells what a mask hides from the words around it. Docs/Placeholders.md lists the rules in
/// the order they are tried.
enum PlaceholderKindRules {
  static let ordinalPrefix: UInt32 = 0x7B2C  // 第
  static let year: UInt32 = 0x5E74  // 年
  static let month: UInt32 = 0x6708  // 月
  static let day: UInt32 = 0x65E5  // 日
  static let session: UInt32 = 0x5C4A  // 届
  static let yearbook: UInt32 = 0x9274  // 鉴 (年鉴 is a yearbook, not a year)

  /// Words after a mask that make it a count even though they are not metric units.
  static let countWords = WordTable(["周年"])
  /// Words before a mask that make it a count: 共XX, 累计XX, 达XX.
  static let countPrefixes = WordTable(["共", "累计", "计", "达", "达到", "约", "近", "超", "为期", "等"])

  /// The kind of the mask `token` in `unit`; `titles` are the 《》 ranges, `codes` the document
  /// number ranges, both sorted (looked up by binary search: a one-line report has
  /// thousands of each in its one unit).
  static func kind(
    of token: MaskScanner.Token, in text: [UInt32], unit: Range<Int>, titles: [Range<Int>], codes: [Range<Int>]
  ) -> PlaceholderKind {
    let range = token.range
    if SortedRanges.contains(codes, range.lowerBound) { return .code }
    let before = range.lowerBound > unit.lowerBound ? text[range.lowerBound - 1] : 0
    var afterIndex = range.upperBound
    if afterIndex < unit.upperBound, text[afterIndex] == Scalar.space { afterIndex += 1 }
    let after = afterIndex < unit.upperBound ? text[afterIndex] : 0
    let afterNext = afterIndex + 1 < unit.upperBound ? text[afterIndex + 1] : 0

    if before == ordinalPrefix || after == session { return .ordinal }
    let digits = range.filter { Scalar.isDigit(text[$0]) }.count
    let length = range.filter { text[$0] != Scalar.dot }.count
    if length == 4 && (digits > 0 || after == year) && afterNext != yearbook { return .year }
    if after == year && token.width >= 2 && afterNext != yearbook { return .year }
    if after == month || after == day { return .datePart }
    if before == year && (after == month || after == 0x5EA6) { return .datePart }  // 年X月, 年度

    let insideTitle = SortedRanges.contains(titles, range.lowerBound)
    if !insideTitle {
      // XX次, XXX余人次, XX万元, *.**亿人次
      var unitStart = afterIndex
      if let approximate = MetricQualifiers.approximateInfix.longestMatch(in: text, at: unitStart, limit: unit.upperBound) {
        unitStart += approximate
      }
      if let magnitude = MetricUnits.magnitudes.longestMatch(in: text, at: unitStart, limit: unit.upperBound) {
        unitStart += magnitude
      }
      if MetricUnits.unitLength(in: text, at: unitStart, limit: unit.upperBound) != nil
        || countWords.longestMatch(in: text, at: afterIndex, limit: unit.upperBound) != nil
        || range.contains(where: { text[$0] == Scalar.dot })
        || countPrefixes.longestMatch(in: text, endingAt: range.lowerBound, limit: unit.lowerBound) != nil
      {
        return .number
      }
    }
    if Scalar.isIdeograph(after) || Scalar.isIdeograph(before) || insideTitle { return .name }
    return .unknown
  }
}

/// Finds dates and periods: 2021年4月2日, 2022年11月底, 2021年X月X日, ****年*月**日, 2021年度,
/// 2021年上半年, 2021年底, 1978.12—2012.12, 1988—2005, 2017、2018…2021年, and relative dates
/// (``RelativeDate``: 今年, 去年年底, 上半年, 一季度, 过去五年, “十四五”时期) — with an ISO-like
/// value, its precision and whether it is masked.
///
/// Values: `2021-04-02`, `2022-11`, `2021`, `2021-H1`, `2021-Q1`, `2021-12` (年底, 年末),
/// `2021-01` (年初), `1978-12/2012-12`; masked parts are written `XX`/`XXXX` (`2021-XX-XX`); a
/// day without a year is `--04-02`. A relative date is `relative` and, until
/// ``RelativeDateResolver`` gives it a year, its part alone (`H1`, `Q1`, `year`); a plan
/// period needs no year (`2021/2025`).
struct DateExtractor {
  let text: SourceText

  static let year: UInt32 = 0x5E74  // 年
  static let month: UInt32 = 0x6708  // 月
  static let day: UInt32 = 0x65E5  // 日
  static let dayAlternative: UInt32 = 0x53F7  // 号
  static let yearbook: UInt32 = 0x9274  // 鉴
  static let rangeSeparators: Set<UInt32> = [0x2014, 0x2013, 0x2D, 0x81F3, 0x5230, 0x7E]  // — – - 至 到 ~

  /// After 年: parts of the year, with the value suffix they give.
  /// 年底 and 年末 are the year's last month, 年初 its first (`2021-12`, `2021-01`), as for a
  /// relative 年底.
  static let yearParts: [(word: String, part: String)] = [
    ("上半年", "H1"), ("下半年", "H2"), ("第一季度", "Q1"), ("第二季度", "Q2"), ("第三季度", "Q3"), ("第四季度", "Q4"),
    ("一季度", "Q1"), ("二季度", "Q2"), ("三季度", "Q3"), ("四季度", "Q4"), ("年底", "12"), ("年末", "12"), ("年初", "01"),
    ("度", ""), ("底", "12"), ("初", "01"), ("末", "12"),
  ]
  /// After 月: where in the month.
  static let monthParts = ["上旬", "中旬", "下旬", "底", "初", "末"]
  func extract(from units: [TextUnit]) -> [DateMention] {
    var dates: [DateMention] = []
    let folded = text.folded
    let relativeStarts = Self.relativeStarts
    for unit in units {
      var index = unit.range.lowerBound
      while index < unit.range.upperBound {
        // Dates start with a digit, a mask, a numeral or a relative word (今年, 上半年). Most
        // scalars cannot: testing them here, not in `read`, saves a call per scalar
        // (callgrind: 8% of a parse).
        let head = folded[index]
        if Scalar.isDigit(head) || MaskScanner.isMaskScalar(head) || (head >= 0x3007 && ChineseNumeral.digit(head) != nil)
          || relativeStarts.mayStart(with: head), let found = read(at: index, unit: unit)
        {
          dates.append(contentsOf: found.mentions)
          index = found.end
        } else {
          index += 1
        }
      }
    }
    return dates
  }

  // MARK: - Pieces

  /// A number part of a date: digits, masks, or a Chinese numeral (二〇二一, 十一).
  private struct Part {
    var text: String  // normalised: digits, or X for each mask
    var end: Int
    var masked: Bool
    var number: Int?
  }

  private func part(at position: Int, limit: Int, maxLength: Int) -> Part? {
    let folded = text.folded
    var cursor = position
    var digits = ""
    var masked = false
    while cursor < limit, cursor - position < maxLength {
      let value = folded[cursor]
      if Scalar.isDigit(value) {
        digits.unicodeScalars.append(Unicode.Scalar(UInt8(value)))
      } else if MaskScanner.isMaskScalar(value) {
        digits += "X"
        masked = true
      } else {
        break
      }
      cursor += 1
    }
    if cursor > position {
      // 12345年 is not a year: the digit run must end here.
      if cursor < limit, Scalar.isDigit(folded[cursor]) { return nil }
      return Part(text: digits, end: cursor, masked: masked, number: masked ? nil : Int(digits))
    }
    if let numeral = ChineseNumeral.parse(folded, at: position, limit: limit), numeral.length <= maxLength {
      let value = numeral.integer
      return Part(text: String(value), end: position + numeral.length, masked: false, number: value)
    }
    return nil
  }

  private func padded(_ part: Part, to width: Int) -> String {
    String(repeating: part.masked ? "X" : "0", count: max(0, width - part.text.count)) + part.text
  }

  private func isPlausibleYear(_ part: Part) -> Bool {
    guard part.text.count == 4 else { return false }
    guard let number = part.number else { return true }
    return (1900...2100).contains(number)
  }

  // MARK: - Reading

  private func read(at index: Int, unit: TextUnit) -> (mentions: [DateMention], end: Int)? {
    let folded = text.folded
    let limit = unit.range.upperBound
    if index > unit.range.lowerBound {
      let before = folded[index - 1]
      if Scalar.isDigit(before) || MaskScanner.isMaskScalar(before) || before == Scalar.dot { return nil }
    }
    if let relative = relativePeriod(at: index, unit: unit) { return ([relative.mention], relative.end) }
    guard let first = part(at: index, limit: limit, maxLength: 4) else { return nil }

    // A list of years: 2017、2018、2019、2020、2021年.
    if isPlausibleYear(first), first.end < limit, folded[first.end] == Scalar.ideographicComma,
      let list = yearList(from: index, unit: unit)
    {
      return list
    }
    // 2021年, ****年, 二〇二一年 — but not 《XX年鉴》.
    if first.end < limit, folded[first.end] == Self.year, first.text.count == 4 || first.masked && first.text.count >= 2,
      !(first.end + 1 < limit && folded[first.end + 1] == Self.yearbook)
    {
      return yearDate(first, start: index, unit: unit)
    }
    // 1978.12, 1978.12—2012.12
    if isPlausibleYear(first), first.end + 1 < limit, folded[first.end] == Scalar.dot,
      let month = part(at: first.end + 1, limit: limit, maxLength: 2), (month.number.map { (1...12).contains($0) } ?? true)
    {
      var value = "\(padded(first, to: 4))-\(padded(month, to: 2))"
      var end = month.end
      if end + 1 < limit, Self.rangeSeparators.contains(folded[end]),
        let secondYear = part(at: end + 1, limit: limit, maxLength: 4), isPlausibleYear(secondYear),
        secondYear.end + 1 < limit, folded[secondYear.end] == Scalar.dot,
        let secondMonth = part(at: secondYear.end + 1, limit: limit, maxLength: 2)
      {
        value += "/\(padded(secondYear, to: 4))-\(padded(secondMonth, to: 2))"
        end = secondMonth.end
        return ([mention(index..<end, value: value, precision: "range", masked: first.masked || secondYear.masked, unit: unit)], end)
      }
      return ([mention(index..<end, value: value, precision: "month", masked: first.masked || month.masked, unit: unit)], end)
    }
    // 1988—2005, （19**—20**）: a range of years.
    if isPlausibleYear(first), first.end + 1 < limit, Self.rangeSeparators.contains(folded[first.end]),
      let second = part(at: first.end + 1, limit: limit, maxLength: 4), isPlausibleYear(second)
    {
      var end = second.end
      if end < limit, folded[end] == Self.year { end += 1 }
      let value = "\(padded(first, to: 4))/\(padded(second, to: 4))"
      return ([mention(index..<end, value: value, precision: "range", masked: first.masked || second.masked, unit: unit)], end)
    }
    // 4月2日, X月X日: a day without its year.
    if first.text.count <= 2, first.end < limit, folded[first.end] == Self.month,
      let day = part(at: first.end + 1, limit: limit, maxLength: 2), day.end < limit,
      folded[day.end] == Self.day || folded[day.end] == Self.dayAlternative,
      first.number.map({ (1...12).contains($0) }) ?? true
    {
      let value = "--\(padded(first, to: 2))-\(padded(day, to: 2))"
      return ([mention(index..<day.end + 1, value: value, precision: "day", masked: first.masked || day.masked, unit: unit)], day.end + 1)
    }
    return nil
  }

  private func yearDate(_ year: Part, start: Int, unit: TextUnit) -> (mentions: [DateMention], end: Int) {
    let folded = text.folded
    let limit = unit.range.upperBound
    var end = year.end + 1
    let yearText = padded(year, to: 4)
    var masked = year.masked
    // 2021年4月2日, 2022年11月底
    if let month = part(at: end, limit: limit, maxLength: 3), month.end < limit, folded[month.end] == Self.month,
      month.number.map({ (1...12).contains($0) }) ?? true
    {
      masked = masked || month.masked
      end = month.end + 1
      if let day = part(at: end, limit: limit, maxLength: 3), day.end < limit,
        folded[day.end] == Self.day || folded[day.end] == Self.dayAlternative, day.number.map({ (1...31).contains($0) }) ?? true
      {
        let value = "\(yearText)-\(padded(month, to: 2))-\(padded(day, to: 2))"
        return ([mention(start..<day.end + 1, value: value, precision: "day", masked: masked || day.masked, unit: unit)], day.end + 1)
      }
      for word in Self.monthParts {
        if let length = text.match(word, at: end, limit: limit) {
          end += length
          break
        }
      }
      return ([mention(start..<end, value: "\(yearText)-\(padded(month, to: 2))", precision: "month", masked: masked, unit: unit)], end)
    }
    for (word, part) in Self.yearParts {
      guard let length = text.match(word, at: end, limit: limit) else { continue }
      end += length
      if part.isEmpty { break }
      if part.hasPrefix("0") || part.hasPrefix("1") {
        return ([mention(start..<end, value: "\(yearText)-\(part)", precision: "month", masked: masked, unit: unit)], end)
      }
      let precision = part.hasPrefix("H") ? "half" : "quarter"
      return ([mention(start..<end, value: "\(yearText)-\(part)", precision: precision, masked: masked, unit: unit)], end)
    }
    return ([mention(start..<end, value: yearText, precision: "year", masked: masked, unit: unit)], end)
  }

  private func yearList(from start: Int, unit: TextUnit) -> (mentions: [DateMention], end: Int)? {
    let folded = text.folded
    let limit = unit.range.upperBound
    var years: [(Range<Int>, Part)] = []
    var cursor = start
    while let year = part(at: cursor, limit: limit, maxLength: 4), isPlausibleYear(year) {
      years.append((cursor..<year.end, year))
      cursor = year.end
      guard cursor < limit, folded[cursor] == Scalar.ideographicComma else { break }
      cursor += 1
    }
    guard years.count >= 2, let last = years.last, last.0.upperBound < limit, folded[last.0.upperBound] == Self.year else {
      return nil
    }
    let mentions = years.map { range, year in
      mention(range, value: padded(year, to: 4), precision: "year", masked: year.masked, unit: unit)
    }
    return (mentions, last.0.upperBound + 1)
  }

  /// The scalars a relative date may start with: the first of each word, “ and 十 of a plan.
  static let relativeStarts = WordTable(
    ["\u{201C}", "十"] + RelativeDate.parts.map(\.word) + MetricTimeWords.relativeYears.map(\.word)
      + MetricTimeWords.pastSpans.map(\.word))

  private func relativePeriod(at index: Int, unit: TextUnit) -> (mention: DateMention, end: Int)? {
    guard
      let date = RelativeDate.read(text.folded, at: index, lower: unit.range.lowerBound, limit: unit.range.upperBound)
    else { return nil }
    let range = index..<index + date.length
    let (value, precision) = date.value(reference: nil, passageYear: nil)
    var found = mention(range, value: value, precision: precision, masked: false, unit: unit)
    found.relative = true
    return (found, range.upperBound)
  }

  private func mention(_ range: Range<Int>, value: String?, precision: String, masked: Bool, unit: TextUnit) -> DateMention {
    DateMention(
      text: text.string(range), value: value, precision: precision, masked: masked, relative: false, section: unit.section,
      span: text.span(range))
  }
}

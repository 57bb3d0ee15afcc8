/// Finds every number in a text, as cn2an or Recognizers-Text do, but over Gongwen's own
/// numeral reader: counts (233, 十八, 3万4000, 一打), fractions (三分之一, 3/5,
/// 一又二分之一) and percentages (30%, 百分之三十, 千分之二, 七成, 八五折, 5.3个百分点).
///
/// ```swift
/// let numbers = NumberRecognizer.numbers(in: "投资二十几万元，增长百分之五点五")
/// // [二十几万 = 200000 (approximate), 百分之五点五 = 5.5 percent]
/// ```
///
/// Metrics (``Metric``) are stricter: they need a unit, and skip ordinals, years and quoted
/// formulations. This is the layer beneath them, for callers who want every number.
public enum NumberRecognizer {
  /// The numbers in `text`, in order, never overlapping.
  public static func numbers(in text: String) -> [RecognizedNumber] {
    numbers(in: SourceText(text))
  }

  static func numbers(in source: SourceText) -> [RecognizedNumber] {
    scan(source.folded, in: 0..<source.count).map { found in
      RecognizedNumber(
        text: source.string(found.range), value: found.value, kind: found.kind, approximate: found.approximate,
        span: source.span(found.range))
    }
  }

  struct Found: Equatable {
    var range: Range<Int>
    var value: Double
    var kind: RecognizedNumber.Kind
    var approximate = false
  }

  static func scan(_ text: [UInt32], in range: Range<Int>) -> [Found] {
    var found: [Found] = []
    var index = range.lowerBound
    let limit = range.upperBound
    while index < limit {
      // Most scalars can start neither a number nor a word to step over.
      let head = text[index]
      if !(Scalar.isDigit(head) || ChineseNumeral.isNumeral(head) || head == Scalar.dot || head == NumeralReader.half
        || NumeralReader.isSign(head) || head == 0x5BF9 || head == 0x5C0D || (head | 0x20) &- 0x61 < 26
        || NumeralWords.table.mayStart(with: head))
      {
        index += 1
        continue
      }
      if let length = urlLength(text, at: index, limit: limit) {
        index += length
        continue
      }
      if let length = NumeralWords.table.longestMatch(in: text, at: index, limit: limit),
        !(index + length < limit && text[index + length] == of && text[index + length - 1] == part)
      {
        index += length
        continue
      }
      if let number = recognize(text, at: index, limit: limit) {
        found.append(number)
        index = number.range.upperBound
      } else if ChineseNumeral.isNumeral(text[index]) {
        // A run of numeral characters that does not read from its start (二三十, an
        // estimate) does not read from its middle either.
        repeat { index += 1 } while index < limit && ChineseNumeral.isNumeral(text[index])
      } else {
        index += 1
      }
    }
    return found
  }

  static let urlSchemes = WordTable(["http://", "https://", "ftp://", "www."])

  /// A web address runs to the next space or non-ASCII scalar; its digits (%20, 2000) are
  /// not numbers.
  private static func urlLength(_ text: [UInt32], at start: Int, limit: Int) -> Int? {
    guard text[start] == 0x68 || text[start] == 0x66 || text[start] == 0x77,
      start == 0 || !((text[start - 1] | 0x20) &- 0x61 < 26),
      urlSchemes.longestMatch(in: text, at: start, limit: limit) != nil
    else { return nil }
    var end = start
    while end < limit, text[end] > 0x20, text[end] < 0x7F { end += 1 }
    return end - start
  }

  // MARK: - One number

  static let part: UInt32 = 0x5206  // 分
  static let of: UInt32 = 0x4E4B  // 之
  static let and: UInt32 = 0x53C8  // 又
  static let tenth: UInt32 = 0x6210  // 成
  static let discount: UInt32 = 0x6298  // 折
  static let percentagePoint = "个百分点".foldedScalars
  static let percentagePointShort = "百分点".foldedScalars
  static let percentagePointTraditional = "個百分點".foldedScalars

  /// The number that starts at `start`, with what follows it (分之, %, 成, …).
  static func recognize(_ text: [UInt32], at start: Int, limit: Int) -> Found? {
    if let percent = perPrefixed(text, at: start, limit: limit) { return percent }
    if let special = halfOrPair(text, at: start, limit: limit) { return special }
    guard var number = plain(text, at: start, limit: limit) else { return nil }
    let end = number.range.upperBound
    let after = Scalar.skippingSpaces(text, from: end, limit: limit)
    guard after < limit else { return number }
    let next = text[after]
    if next == 0x25 || next == 0x2030 {  // % ‰
      number.kind = .percent
      if next == 0x2030 { number.value /= 10 }
      number.range = start..<after + 1
      return number
    }
    if let length = matchSpaced(percentagePoint, in: text, at: after, limit: limit)
      ?? matchSpaced(percentagePointTraditional, in: text, at: after, limit: limit)
      ?? matchSpaced(percentagePointShort, in: text, at: after, limit: limit)
    {
      number.kind = .percentagePoint
      number.range = start..<after + length
      return number
    }
    if next == tenth, let tenths = tenths(number, text, at: after, limit: limit) { return tenths }
    if next == discount, let rate = discountRate(number.value) {
      number.kind = .percent
      number.value = rate
      number.range = start..<after + 1
      return number
    }
    return number
  }

  /// 百分之三十, 千分之2.4, 万分之三, 百万分之五, 百 分 之 669 (spaces as pasted from PDFs).
  private static func perPrefixed(_ text: [UInt32], at start: Int, limit: Int) -> Found? {
    var cursor = start
    var denominator = 1.0
    while cursor < limit, let unit = ChineseNumeral.unit(text[cursor]), unit >= 100 {
      denominator *= Double(unit)
      cursor = Scalar.skippingSpaces(text, from: cursor + 1, limit: limit)
    }
    guard denominator >= 100, cursor < limit, text[cursor] == part else { return nil }
    cursor = Scalar.skippingSpaces(text, from: cursor + 1, limit: limit)
    guard cursor < limit, text[cursor] == of else { return nil }
    cursor = Scalar.skippingSpaces(text, from: cursor + 1, limit: limit)
    let percent = 100 / denominator
    // 百分之百 is all of it.
    if denominator == 100, cursor < limit, ChineseNumeral.unit(text[cursor]) == 100,
      cursor + 1 >= limit || !ChineseNumeral.isNumeral(text[cursor + 1])
    {
      return Found(range: start..<cursor + 1, value: 100, kind: .percent)
    }
    guard cursor < limit, let inner = plain(text, at: cursor, limit: limit) else { return nil }
    return Found(range: start..<inner.range.upperBound, value: inner.value * percent, kind: .percent, approximate: inner.approximate)
  }

  /// 半成 (5%), 半折 and 对折 after 打 (50%).
  private static func halfOrPair(_ text: [UInt32], at start: Int, limit: Int) -> Found? {
    guard start + 1 < limit else { return nil }
    let first = text[start]
    let second = text[start + 1]
    if first == NumeralReader.half, second == tenth { return Found(range: start..<start + 2, value: 5, kind: .percent) }
    if first == NumeralReader.half, second == discount { return Found(range: start..<start + 2, value: 50, kind: .percent) }
    // 对折 alone is folding in half; 打对折 is half price.
    if first == 0x5BF9 || first == 0x5C0D, second == discount, start > 0, text[start - 1] == 0x6253 {
      return Found(range: start..<start + 2, value: 50, kind: .percent)
    }
    return nil
  }

  /// A number with its fraction or exponent: 三分之一, 一又二分之一, 1 3/5, 2.5^-1, 4.8e3, 40k.
  private static func plain(_ text: [UInt32], at start: Int, limit: Int) -> Found? {
    guard let reading = NumeralReader.read(text, at: start, limit: limit) else { return nil }
    var number = Found(range: reading.range, value: reading.value, kind: .number, approximate: reading.approximate)
    let sign: Double = reading.value < 0 || (reading.value == 0 && NumeralReader.isSign(text[start])) ? -1 : 1
    // 三分之一: the number read so far is the denominator.
    if let fraction = fraction(denominator: reading, text, limit: limit) { return fraction }
    // 一又二分之一, 3又一千分之23.
    let afterWhole = Scalar.skippingSpaces(text, from: reading.range.upperBound, limit: limit)
    if afterWhole < limit, text[afterWhole] == and {
      let fractionStart = Scalar.skippingSpaces(text, from: afterWhole + 1, limit: limit)
      if fractionStart < limit, let denominator = NumeralReader.read(text, at: fractionStart, limit: limit),
        let fraction = fraction(denominator: denominator, text, limit: limit), fraction.kind == .fraction
      {
        return Found(
          range: start..<fraction.range.upperBound, value: reading.value + sign * fraction.value, kind: .fraction,
          approximate: reading.approximate)
      }
    }
    guard reading.isPlainArabic else { return number }
    var end = reading.range.upperBound
    // 3/5 and 1 3/5.
    if let slash = slashFraction(text, at: end, limit: limit, numerator: reading.value) {
      return Found(range: start..<slash.end, value: slash.value, kind: .fraction)
    }
    if end + 1 < limit, text[end] == Scalar.space, Scalar.isDigit(text[end + 1]) {
      let numerator = NumeralReader.readArabic(text, at: end + 1, limit: limit)
      if let slash = slashFraction(text, at: numerator.end, limit: limit, numerator: numerator.value) {
        return Found(range: start..<slash.end, value: reading.value + sign * slash.value, kind: .fraction)
      }
    }
    // 2e5, 21.2E0, 2.7890e-1, 2^5, 1.1^+23.
    if end + 1 < limit, text[end] | 0x20 == 0x65 || text[end] == 0x5E, let exponent = exponent(text, at: end + 1, limit: limit) {
      if text[end] == 0x5E {
        number.value = sign * power(abs(reading.value), exponent.value)
      } else {
        number.value = reading.value * power(10, exponent.value)
      }
      end = exponent.end
      number.range = start..<end
    }
    // 40k, 3.2k, -2.5 M: thousands and millions as the press writes them.
    let letterAt = end < limit && text[end] == Scalar.space ? end + 1 : end
    if letterAt < limit, text[letterAt] | 0x20 == 0x6B || text[letterAt] | 0x20 == 0x6D,
      letterAt + 1 >= limit || (text[letterAt + 1] | 0x20) &- 0x61 >= 26
    {
      number.value *= text[letterAt] | 0x20 == 0x6B ? 1_000 : 1_000_000
      number.range = start..<letterAt + 1
    }
    return number
  }

  /// X分之Y with `denominator` already read; `nil` unless 分之 and a numerator follow.
  private static func fraction(denominator: NumeralReader.Reading, _ text: [UInt32], limit: Int) -> Found? {
    var cursor = Scalar.skippingSpaces(text, from: denominator.range.upperBound, limit: limit)
    guard cursor < limit, text[cursor] == part else { return nil }
    cursor = Scalar.skippingSpaces(text, from: cursor + 1, limit: limit)
    guard cursor < limit, text[cursor] == of else { return nil }
    cursor = Scalar.skippingSpaces(text, from: cursor + 1, limit: limit)
    guard cursor < limit, let numerator = NumeralReader.read(text, at: cursor, limit: limit), denominator.value != 0 else {
      return nil
    }
    return Found(
      range: denominator.range.lowerBound..<numerator.range.upperBound, value: numerator.value / denominator.value,
      kind: .fraction, approximate: numerator.approximate)
  }

  /// numerator/denominator with the numerator read: 3/5, -3/2.
  private static func slashFraction(_ text: [UInt32], at slash: Int, limit: Int, numerator: Double) -> (value: Double, end: Int)? {
    guard slash + 1 < limit, text[slash] == 0x2F, Scalar.isDigit(text[slash + 1]) else { return nil }
    let denominator = NumeralReader.readArabic(text, at: slash + 1, limit: limit)
    guard denominator.value != 0 else { return nil }
    return (numerator / denominator.value, denominator.end)
  }

  /// A signed integer exponent after e or ^: +23, -1, --23 (two minuses make a plus).
  private static func exponent(_ text: [UInt32], at start: Int, limit: Int) -> (value: Int, end: Int)? {
    var cursor = start
    var negative = false
    while cursor < limit, text[cursor] == 0x2D || text[cursor] == 0x2B {
      if text[cursor] == 0x2D { negative.toggle() }
      cursor += 1
    }
    guard cursor < limit, Scalar.isDigit(text[cursor]) else { return nil }
    var value = 0
    while cursor < limit, Scalar.isDigit(text[cursor]), value < 400 {
      value = value * 10 + Int(text[cursor] - 0x30)
      cursor += 1
    }
    return (negative ? -value : value, cursor)
  }

  private static func power(_ base: Double, _ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<abs(exponent) { result *= base }
    return exponent < 0 ? 1 / result : result
  }

  /// 三成 (30%), 7.2成, 三成半 (35%), 七成 六 (76%); 成 after a number up to ten.
  private static func tenths(_ number: Found, _ text: [UInt32], at position: Int, limit: Int) -> Found? {
    guard number.value > 0, number.value <= 10 else { return nil }
    var value = number.value * 10
    var end = position + 1
    let after = Scalar.skippingSpaces(text, from: end, limit: limit)
    if after < limit, text[after] == NumeralReader.half {
      value += 5
      end = after + 1
    } else if after < limit, let digit = ChineseNumeral.digit(text[after]), digit > 0,
      after + 1 >= limit || !ChineseNumeral.isNumeral(text[after + 1])
    {
      value += Double(digit)
      end = after + 1
    }
    return Found(range: number.range.lowerBound..<end, value: value, kind: .percent, approximate: number.approximate)
  }

  /// 八折 → 80, 75折 → 75, 9.9折 → 99; 十折 is no discount at all.
  private static func discountRate(_ value: Double) -> Double? {
    if value > 0, value < 10 { return value * 10 }
    if value > 10, value < 100, value == value.rounded() { return value }
    return nil
  }


  /// The length of `word` at `position` with spaces allowed between its scalars.
  private static func matchSpaced(_ word: [UInt32], in text: [UInt32], at position: Int, limit: Int) -> Int? {
    var cursor = position
    for (offset, scalar) in word.enumerated() {
      if offset > 0 { cursor = Scalar.skippingSpaces(text, from: cursor, limit: limit) }
      guard cursor < limit, text[cursor] == scalar else { return nil }
      cursor += 1
    }
    return cursor - position
  }
}

extension NumberRecognizer {
  /// The numbers in the file at `path`, decoded as ``GongwenParser`` decodes reports (UTF-8,
  /// UTF-16, GB18030), with spans into the decoded text.
  ///
  /// - Throws: ``GongwenError`` when the file cannot be read, is larger than
  ///   `maxInputBytes`, or is not text.
  public static func numbers(
    contentsOfFile path: String, maxInputBytes: Int = GongwenParser.defaultMaxInputBytes
  ) throws(GongwenError) -> [RecognizedNumber] {
    let decoded = try TextDecoder(path: path).decode(FileReader.read(path, limit: maxInputBytes))
    return numbers(in: SourceText(scalars: decoded.scalars))
  }
}

extension RecognizedNumber: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("approximate", approximate)
      json.field("kind", kind.rawValue)
      json.field("span", span)
      json.field("text", text)
      json.field("value", value)
    }
  }

  /// The number as one line of JSON (keys sorted, newline included), for JSON-lines output.
  public func jsonLine() -> [UInt8] {
    var writer = JSONWriter()
    write(to: &writer)
    return writer.bytes + [0x0A]
  }
}

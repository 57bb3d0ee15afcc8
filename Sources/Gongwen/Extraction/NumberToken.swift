/// A number as written in a report: Arabic (233, 8.2, 27,203, 12.5万), Chinese (十八, 两千,
/// 三千五百万), masked (XX, *.**, 19**), or 百分之三十. Unmasked numbers are read by
/// ``NumeralReader``.
struct NumberToken: Equatable {
  enum Form: Equatable { case arabic, chinese, masked }

  var range: Range<Int>
  var form: Form
  /// The value, `nil` when masked.
  var value: Double?
  /// Whether it was written 百分之…, which makes it a percentage without a unit after it.
  var isPercentWords = false
  /// 十余万, 二十几万: the numeral says it is not exact.
  var approximate = false
  /// The order of magnitude it ends in, which a metric gives to its unit (12.5万元 is 12.5 of 万元).
  var magnitude: NumeralReader.Reading.Magnitude?

  init(range: Range<Int>, form: Form, value: Double?) {
    self.range = range
    self.form = form
    self.value = value
  }

  init(_ reading: NumeralReader.Reading) {
    self.init(range: reading.range, form: reading.hasChinese && !reading.startsWithArabic ? .chinese : .arabic, value: reading.value)
    approximate = reading.approximate
    magnitude = reading.magnitude
  }

  static let percentWords: [UInt32] = [0x767E, 0x5206, 0x4E4B]  // 百分之

  /// Reads the number that starts at `start`, if one does. `masks` are the offsets of real
  /// mask characters (not Latin letters or multiplication signs).
  static func read(_ text: [UInt32], at start: Int, limit: Int, masks: OffsetSet) -> NumberToken? {
    let first = text[start]
    if first == percentWords[0], start + 3 < limit, text[start + 1] == percentWords[1], text[start + 2] == percentWords[2],
      var inner = read(text, at: start + 3, limit: limit, masks: masks)
    {
      inner.range = start..<inner.range.upperBound
      inner.isPercentWords = true
      return inner
    }
    // Hashing every offset into `masks` cost 5% of a parse (callgrind): ask only for scalars
    // that can be masks.
    if Scalar.isDigit(first) || (MaskScanner.isMaskScalar(first) && masks.contains(start)) {
      if holdsMask(text, from: start, limit: limit, masks: masks) {
        return readArabicOrMasked(text, at: start, limit: limit, masks: masks)
      }
      return NumeralReader.read(text, at: start, limit: limit).map(NumberToken.init)
    }
    // 零部件, 零容忍, 零差错: a numeral that starts with zero is a word (零点五 is not).
    if ChineseNumeral.digit(first) == 0, !(start + 1 < limit && NumeralReader.point.contains(text[start + 1])) { return nil }
    if ChineseNumeral.isNumeral(first) || first == NumeralReader.half, let reading = NumeralReader.read(text, at: start, limit: limit) {
      return NumberToken(reading)
    }
    // 近千人, 上百家, 逾万人: a bare 百, 千 or 万 after an approximating word means one of it.
    // 百年一遇, 千年一遇: so does a return period.
    if let unit = ChineseNumeral.unit(first), unit >= 100,
      start > 0 && approximatingBeforeBareUnit.contains(text[start - 1])
        || text[start + 1..<min(limit, start + 4)].elementsEqual(returnPeriod)
    {
      return NumberToken(range: start..<start + 1, form: .chinese, value: Double(unit))
    }
    return nil
  }

  /// Whether a number may start with `scalar`; most scalars of a report fail this cheap test,
  /// which keeps ``read(_:at:limit:masks:)`` off the hot path (callgrind: 7% of a parse).
  @inline(__always)
  static func mayStart(_ scalar: UInt32) -> Bool {
    Scalar.isDigit(scalar) || MaskScanner.isMaskScalar(scalar) || ChineseNumeral.isNumeral(scalar) || scalar == NumeralReader.half
  }

  /// Whether the run of digits and masks from `start` holds a real mask (19**, *.**).
  private static func holdsMask(_ text: [UInt32], from start: Int, limit: Int, masks: OffsetSet) -> Bool {
    var index = start
    while index < limit {
      let scalar = text[index]
      if MaskScanner.isMaskScalar(scalar) {
        if masks.contains(index) { return true }
      } else if !(Scalar.isDigit(scalar) || scalar == Scalar.dot || scalar == 0x2C) {
        return false
      }
      index += 1
    }
    return false
  }

  static let returnPeriod: [UInt32] = [0x5E74, 0x4E00, 0x9047]  // 年一遇

  /// 近 上 逾 约 超 破 (突破) — the words that let a bare 百/千/万 stand for a number.
  static let approximatingBeforeBareUnit: Set<UInt32> = [0x8FD1, 0x4E0A, 0x903E, 0x7EA6, 0x8D85, 0x7834]

  private static func readArabicOrMasked(_ text: [UInt32], at start: Int, limit: Int, masks: OffsetSet) -> NumberToken {
    var end = start
    var masked = false
    var seenPoint = false
    // Digits are collected as text and converted once, so 1.39 stays 1.39.
    var digits = ""
    while end < limit {
      let scalar = text[end]
      if Scalar.isDigit(scalar) {
        digits.unicodeScalars.append(Unicode.Scalar(UInt8(scalar)))
      } else if masks.contains(end) {
        masked = true
      } else if scalar == Scalar.dot, !seenPoint, end + 1 < limit, Scalar.isDigit(text[end + 1]) || masks.contains(end + 1) {
        seenPoint = true
        digits += "."
      } else if scalar == 0x2C, !seenPoint, isThousandsGroup(text, at: end + 1, limit: limit) {
        // 27,203,319,000: an ASCII comma before exactly three digits groups thousands.
      } else {
        break
      }
      end += 1
    }
    return NumberToken(range: start..<end, form: masked ? .masked : .arabic, value: masked ? nil : Double(digits))
  }

  private static func isThousandsGroup(_ text: [UInt32], at start: Int, limit: Int) -> Bool {
    guard start + 3 <= limit, (start..<start + 3).allSatisfy({ Scalar.isDigit(text[$0]) }) else { return false }
    return start + 3 == limit || !Scalar.isDigit(text[start + 3])
  }
}

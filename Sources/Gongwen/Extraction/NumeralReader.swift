/// Reads one number as reports and the press write it, over folded scalars:
/// Arabic (233, 27,203, 8.2), Chinese (十八, 两千四百五, 一万零十二), financial and
/// traditional (肆佰陸拾, 壹萬, 兩千), mixed (3万4000, 5亿1万4千6百, 1,100.9亿), decimals
/// (三点五, 两千万点五五四四), signs (负三十二, -1.5), approximate tails (十余万, 二十几万,
/// 500多亿) and the dozen (一打). Masked digits (XX, *.**) are ``NumberToken``'s business.
///
/// Spaces may stand between the parts of a numeral (一百 五 十 二, 7 万5 千4 百), as they do in
/// text pasted from PDFs, but never between two Arabic numbers (1, 234 is two numbers).
enum NumeralReader {
  struct Reading: Equatable {
    var range: Range<Int>
    var value: Double
    /// 十余万, 二十几万, 500多亿: the numeral itself says it is not exact.
    var approximate = false
    /// Whether Chinese numerals were read (十八, 3万); `false` for plain Arabic numbers.
    var hasChinese = false
    /// Whether the numeral is a bare run of Arabic digits with no magnitude: 2021, 8.2.
    var isPlainArabic: Bool { !hasChinese && magnitude == nil }
    /// Whether it opens with Arabic digits (12.5万, 3万4000), as a metric's ordinals and codes
    /// rules need to know.
    var startsWithArabic = false
    /// The order of magnitude the numeral ends in when it is the numeral's only one:
    /// 12.5万 → (12.5, 10⁴), 6.66万亿 → (6.66, 10¹²), 三千五百万 → (3500, 10⁴). `nil` for
    /// 六百二十八亿一千万, whose value has two.
    var magnitude: Magnitude?

    struct Magnitude: Equatable {
      var mantissa: Double
      var factor: Double
      /// Where the mantissa's text ends: 12.5|万, 十|余万.
      var mantissaEnd: Int
    }
  }

  /// 负 負 - −
  @inline(__always)
  static func isSign(_ scalar: UInt32) -> Bool { scalar == 0x2D || scalar == 0x8D1F || scalar == 0x8CA0 || scalar == 0x2212 }
  static let point: Set<UInt32> = [0x70B9, 0x9EDE]  // 点 點
  static let unknownDigit: Set<UInt32> = [0x51E0, 0x5E7E]  // 几 幾
  static let approximateBeforeMagnitude: Set<UInt32> = [0x4F59, 0x591A, 0x9918]  // 余 多 餘
  static let half: UInt32 = 0x534A  // 半
  static let zero: Set<UInt32> = [0x96F6, 0x3007, 0x25CB]  // 零 〇 ○
  static let dozen: UInt32 = 0x6253  // 打
  /// 打 starts a verb after these (统一打造, 一打开): not a dozen.
  static let dozenVerbContinuations: Set<UInt32> = Set("造击开通好赢破牢实响出进下算印工扫折电车".unicodeScalars.map(\.value))
  /// Digits written with financial forms that are also everyday morphemes (队伍, 陆地, 收拾,
  /// 放肆): alone they are words, so they count only next to another numeral character.
  static let wordLikeFinancialDigits: Set<UInt32> = [0x4F0D, 0x9646, 0x9678, 0x62FE, 0x8086]  // 伍 陆 陸 拾 肆

  /// 千瓦, 千克, 千米, 兆瓦, 兆赫: units that open with a numeral unit.
  static let unitPrefixContinuations: [UInt32: Set<UInt32>] = [
    0x5343: Set("瓦克米卡伏帕赫焦".unicodeScalars.map(\.value)),  // 千
    0x5146: Set("瓦赫帕欧焦字".unicodeScalars.map(\.value)),  // 兆
  ]

  private static func startsWithArabic(_ text: [UInt32], _ start: Int) -> Bool {
    Scalar.isDigit(text[start]) || text[start] == Scalar.dot
  }

  /// Reads the number starting at `start`, if one does, ending by `limit`.
  static func read(_ text: [UInt32], at start: Int, limit: Int) -> Reading? {
    guard start < limit else { return nil }
    var cursor = start
    var sign = 1.0
    if isSign(text[cursor]), !followsNumeral(text, at: start), start == 0 || !isSign(text[start - 1]) {
      cursor += 1
      guard cursor < limit, startsNumber(text, at: cursor, limit: limit) else { return nil }
      sign = -1
    }
    guard var reading = readUnsigned(text, at: cursor, limit: limit) else { return nil }
    reading.range = start..<reading.range.upperBound
    reading.value *= sign
    reading.magnitude?.mantissa *= sign
    return reading
  }

  /// Whether a number may start at `position`: a digit, a decimal point before a digit, or a
  /// Chinese numeral.
  static func startsNumber(_ text: [UInt32], at position: Int, limit: Int) -> Bool {
    let first = text[position]
    if Scalar.isDigit(first) { return true }
    if first == Scalar.dot {
      // .5 is a number; the 9 of ...9 or 1.2.3 is not.
      let before = position > 0 ? text[position - 1] : 0
      return position + 1 < limit && Scalar.isDigit(text[position + 1]) && before != Scalar.dot && !Scalar.isDigit(before)
    }
    return ChineseNumeral.isNumeral(first) || first == half
  }

  /// Whether the scalar before `position` belongs to a number, which makes a - there a dash.
  private static func followsNumeral(_ text: [UInt32], at position: Int) -> Bool {
    guard position > 0 else { return false }
    let before = text[position - 1]
    return Scalar.isDigit(before) || ChineseNumeral.isNumeral(before) || (before | 0x20) &- 0x61 < 26
  }

  // MARK: - The numeral itself

  /// What the numeral has built so far. Orders of magnitude (万, 亿, 兆) close groups; below
  /// them a section sums digit × unit (十, 百, 千); `pending` waits for its unit.
  private struct Accumulator {
    /// Closed groups: their value, the magnitude they were multiplied by, and the number
    /// that was multiplied (kept, so that 1.39万亿 has the mantissa 1.39 exactly).
    var groups: [(value: Double, scale: Double, mantissa: Double)] = []
    var section = 0.0
    var pending: Double?
    /// Whether `pending` is one Chinese digit, which may abbreviate (两千四百五 is 2450).
    var pendingIsLoneDigit = false
    /// The unit the last digit was multiplied by, within the current group.
    var lastUnit: Double?
    var lastWasMagnitude = false
    var sawZero = false

    var isEmpty: Bool { groups.isEmpty && section == 0 && pending == nil }

    /// Whether a lone digit after a unit may abbreviate (两千四百五): not in numerals that
    /// open with Arabic digits (5万亿两个 is 5万亿 and 两个), nor for 两 (两个, 两项).
    var tailMayAbbreviate = true

    /// Settles the pending digit: 两千四百五 → 50, 一万三 → 3000, 十八 → 8.
    mutating func settleTail() {
      guard let digit = pending else { return }
      var value = digit
      if pendingIsLoneDigit, !sawZero, tailMayAbbreviate {
        if lastWasMagnitude, let scale = groups.last?.scale {
          value = digit * scale / 10
        } else if let unit = lastUnit, unit >= 100 {
          value = digit * unit / 10
        }
      }
      section += value
      pending = nil
      pendingIsLoneDigit = false
    }

    var total: Double { groups.reduce(section) { $0 + $1.value } }

    /// 十, 百, 千: the pending digit (one, if none) times the unit joins the section.
    mutating func apply(unit: Double) {
      // 零十 is ten, like 十.
      let multiplier = pending.map { $0 == 0 && pendingIsLoneDigit ? 1 : $0 } ?? 1
      section += multiplier * unit
      pending = nil
      pendingIsLoneDigit = false
      lastUnit = unit
      lastWasMagnitude = false
      sawZero = false
    }

    /// 万, 亿, 兆: what stands before (and any smaller groups) times the magnitude closes a group.
    mutating func apply(magnitude: Double) {
      let amount = section + (pending ?? 0)
      if amount == 0, lastWasMagnitude, !groups.isEmpty {
        // 四万万, 4.78万亿: a second magnitude multiplies the first.
        groups[groups.count - 1].value *= magnitude
        groups[groups.count - 1].scale *= magnitude
      } else {
        var sum = amount
        while let last = groups.last, last.scale < magnitude {
          sum += last.value
          groups.removeLast()
        }
        groups.append((sum * magnitude, magnitude, sum))
      }
      section = 0
      pending = nil
      pendingIsLoneDigit = false
      lastUnit = nil
      lastWasMagnitude = true
      sawZero = false
    }
  }

  private static func readUnsigned(_ text: [UInt32], at start: Int, limit: Int) -> Reading? {
    var acc = Accumulator()
    var cursor = start
    var end = start  // one past the last scalar that belongs to the numeral
    var hasChinese = false
    var approximate = false
    var digitRun = 0  // Chinese digits in a row, with no unit (二〇二一, 三八)
    var fraction: Double?
    var endsInMagnitude = false
    var mantissaEnd = start  // where the text before a trailing 万/亿 (and 余/多) ends

    /// The next position, across spaces when `allowSpace`.
    func next(after position: Int, allowSpace: Bool) -> Int {
      var index = position
      if allowSpace { while index < limit, text[index] == Scalar.space { index += 1 } }
      return index
    }

    loop: while cursor < limit {
      // Spaces may separate Chinese parts, or an Arabic number from the unit after it.
      let position = end > start ? next(after: cursor, allowSpace: true) : cursor
      guard position < limit else { break }
      let scalar = text[position]
      let crossedSpace = position > cursor

      if Scalar.isDigit(scalar) || (scalar == Scalar.dot && acc.isEmpty && startsNumber(text, at: position, limit: limit)) {
        // An Arabic number: after a unit (3万4000, 1千零20) or to start with.
        guard acc.pending == nil, digitRun == 0 else { break }
        if crossedSpace, !continuesAfterSpace(text, arabicAt: position, limit: limit) { break }
        if position > start, !crossedSpace, !hasChinese { break }
        let arabic = readArabic(text, at: position, limit: limit)
        acc.pending = arabic.value
        acc.pendingIsLoneDigit = false
        cursor = arabic.end
        end = cursor
        mantissaEnd = end
        endsInMagnitude = false
        continue
      }
      if let digit = ChineseNumeral.digit(scalar) {
        if crossedSpace, acc.pending != nil { break }
        hasChinese = true
        if zero.contains(scalar) {
          if digitRun > 0 {
            // 二〇二一: a zero inside a run of digits.
            acc.pending = (acc.pending ?? 0) * 10
            acc.pendingIsLoneDigit = false
            digitRun += 1
          } else if acc.isEmpty {
            // 零点五, 零十.
            acc.pending = 0
            acc.pendingIsLoneDigit = true
            digitRun = 1
          } else {
            // 一千零五: a zero between units keeps the next digit from abbreviating.
            guard acc.pending == nil else { break }
            acc.sawZero = true
          }
        } else if digitRun > 0 {
          // 二三十 is "twenty or thirty", not a number; 三八 (折) and 二〇二一 read digit by digit.
          acc.pending = (acc.pending ?? 0) * 10 + Double(digit)
          digitRun += 1
          acc.pendingIsLoneDigit = false
        } else {
          guard acc.pending == nil else { break }
          // 5万亿两个: after a magnitude, a 两 with no unit of its own starts a new count
          // (一万两千 is one number).
          if isTwoWord(scalar), acc.lastWasMagnitude,
            !(position + 1 < limit && ChineseNumeral.unit(text[position + 1]).map { $0 < 10_000 } == true)
          {
            break
          }
          acc.pending = Double(digit)
          acc.pendingIsLoneDigit = true
          acc.tailMayAbbreviate = !startsWithArabic(text, start)
          digitRun = 1
        }
        cursor = position + 1
        end = cursor
        mantissaEnd = end
        endsInMagnitude = false
        continue
      }
      if let unit = ChineseNumeral.unit(scalar) {
        let unitValue = Double(unit)
        // 25兆瓦, 6,000千瓦: 兆 and 千 begin a unit (megawatt, kilowatt), not a magnitude.
        if let after = unitPrefixContinuations[scalar], position + 1 < limit, after.contains(text[position + 1]) { break }
        if unit < 10_000 {
          // 二三十: two digits before a unit make an estimate, not a number.
          if digitRun > 1 { return nil }
          if acc.pending == nil {
            // 十八, 零十, 一千零十二: a bare 十 means one ten; 百三 and 千三 read as one
            // hundred (thousand) and a tail, but a bare 百 or 千 before anything else is a
            // word (百姓, 千方百计).
            let tailFollows = position + 1 < limit && ChineseNumeral.digit(text[position + 1]) != nil
            guard unit == 10 || acc.sawZero || (acc.isEmpty && tailFollows) else { break }
          }
          // 五十千: units within a group only go down.
          if let last = acc.lastUnit, unitValue >= last, !acc.lastWasMagnitude { break }
          acc.apply(unit: unitValue)
          endsInMagnitude = false
          mantissaEnd = position + 1
        } else {
          // 万, 亿, 兆 multiply what stands before them; alone they are words.
          if acc.isEmpty { break }
          if digitRun > 1, acc.section == 0, acc.groups.isEmpty, hasChinese {
            // 二〇二一万 is not a way to write a number.
            return nil
          }
          acc.apply(magnitude: unitValue)
          endsInMagnitude = true
        }
        hasChinese = true
        digitRun = 0
        cursor = position + 1
        end = cursor
        continue
      }
      if unknownDigit.contains(scalar), !acc.isEmpty, acc.pending == nil,
        position + 1 < limit, acc.lastUnit != nil || next(after: position + 1, allowSpace: true) < limit
          && ChineseNumeral.unit(text[next(after: position + 1, allowSpace: true)]) != nil
      {
        // 十几万, 二十几, 一百零几万: an unknown digit makes the numeral approximate.
        approximate = true
        acc.pending = 0
        acc.pendingIsLoneDigit = false
        digitRun = 1
        cursor = position + 1
        end = cursor
        mantissaEnd = end
        continue
      }
      if approximateBeforeMagnitude.contains(scalar), !acc.isEmpty {
        // 十余万, 500多亿, 三十万多亿: 余 and 多 belong to the numeral only before a magnitude.
        let after = next(after: position + 1, allowSpace: true)
        guard after < limit, let unit = ChineseNumeral.unit(text[after]), unit >= 10_000 else { break }
        approximate = true
        // １０亿余万: after a larger magnitude, the smaller one is the "some" (10 亿 and some 万),
        // not a second factor; 三十万多亿 multiplies (30 万亿 and more).
        if position > start, let before = ChineseNumeral.unit(text[position - 1]), before > unit {
          end = after + 1
          break
        }
        acc.settleTail()
        cursor = position + 1
        end = cursor
        continue
      }
      if scalar == half, acc.isEmpty, position + 1 < limit, let unit = ChineseNumeral.unit(text[position + 1]), unit < 10_000 {
        // 半百 is fifty.
        acc.pending = 0.5
        hasChinese = true
        cursor = position + 1
        end = cursor
        mantissaEnd = end
        continue
      }
      if point.contains(scalar), fraction == nil {
        // 三点五, 四百 点 五, 两千万点五五四四: a decimal part, digit by digit; never 两.
        var index = next(after: position + 1, allowSpace: true)
        var decimal = "0."
        while index < limit, let digit = ChineseNumeral.digit(text[index]), !isTwoWord(text[index]) {
          decimal += String(digit)
          index += 1
          let ahead = next(after: index, allowSpace: true)
          if ahead < limit, ChineseNumeral.digit(text[ahead]) != nil, !isTwoWord(text[ahead]) { index = ahead }
        }
        guard decimal.count > 2, let value = Double(decimal) else { break }
        // 两千三点一 is 2300.1: the abbreviated tail settles first.
        acc.settleTail()
        fraction = value
        hasChinese = true
        cursor = index
        end = cursor
        mantissaEnd = end
        // 三点五万: only a magnitude may follow a decimal part.
        let after = next(after: cursor, allowSpace: true)
        if after < limit, let unit = ChineseNumeral.unit(text[after]), unit >= 10_000 {
          acc.section += value
          fraction = nil
          acc.pending = nil
          cursor = after
          end = after
          // Fall through to the magnitude on the next pass.
          acc.lastWasMagnitude = false
          acc.pendingIsLoneDigit = false
          acc.pending = acc.section
          acc.section = 0
        }
        continue
      }
      if scalar == dozen, !acc.isEmpty, !acc.lastWasMagnitude {
        if position + 1 < limit, dozenVerbContinuations.contains(text[position + 1]) { break }
        acc.settleTail()
        let dozens = acc.total + (fraction ?? 0)
        return Reading(range: start..<position + 1, value: dozens * 12, approximate: approximate, hasChinese: true)
      }
      break loop
    }
    guard end > start else { return nil }
    // A lone 伍, 陆, 拾 or 肆 is a word (队伍, 陆地, 收拾, 放肆), not a number.
    if end - start == 1, wordLikeFinancialDigits.contains(text[start]) {
      let after = end < limit ? text[end] : 0
      let before = start > 0 ? text[start - 1] : 0
      // 点 成 折 after, or 分之 before (五分之肆).
      if !(point.contains(after) || after == 0x6210 || after == 0x6298 || before == 0x4E4B) { return nil }
    }
    // 两两 (in pairs) and 万一 are words.
    if end - start == 2, isTwoWord(text[start]), isTwoWord(text[start + 1]) { return nil }

    acc.settleTail()
    var value = acc.total + (fraction ?? 0)
    if acc.pending != nil { value += acc.pending! }
    var reading = Reading(range: start..<end, value: value, approximate: approximate, hasChinese: hasChinese)
    reading.startsWithArabic = Scalar.isDigit(text[start]) || text[start] == Scalar.dot
    if endsInMagnitude, acc.groups.count == 1, acc.section == 0, fraction == nil {
      reading.magnitude = Reading.Magnitude(
        mantissa: acc.groups[0].mantissa, factor: acc.groups[0].scale, mantissaEnd: mantissaEnd)
    }
    // Trailing spaces never belong to the number.
    while reading.range.upperBound > start, text[reading.range.upperBound - 1] == Scalar.space {
      reading.range = start..<reading.range.upperBound - 1
    }
    return reading
  }

  /// 两 (and 兩, 俩): a digit, but not inside decimals (一点两小时) nor doubled (两两).
  private static func isTwoWord(_ scalar: UInt32) -> Bool {
    scalar == 0x4E24 || scalar == 0x5169 || scalar == 0x4FE9 || scalar == 0x5006
  }

  /// After a space, an Arabic number continues a numeral only as the digit of a unit
  /// (7万 5千): it must be followed by 十, 百 or 千.
  private static func continuesAfterSpace(_ text: [UInt32], arabicAt position: Int, limit: Int) -> Bool {
    let arabic = readArabic(text, at: position, limit: limit)
    guard arabic.end < limit, let unit = ChineseNumeral.unit(text[arabic.end]) else { return false }
    return unit < 10_000
  }

  /// Reads digits with thousands commas (27,203) and one decimal point (8.2, .5).
  static func readArabic(_ text: [UInt32], at start: Int, limit: Int) -> (value: Double, end: Int) {
    var end = start
    var seenPoint = false
    var integer: UInt64 = 0
    var integerDigits = 0
    var decimal: [UInt8] = []
    // The 222 of 1.222.333 is a part of a dotted label, which has no decimals.
    let inDottedLabel = start > 1 && text[start - 1] == Scalar.dot && Scalar.isDigit(text[start - 2])
    while end < limit {
      let scalar = text[end]
      if Scalar.isDigit(scalar) {
        if seenPoint {
          decimal.append(UInt8(scalar))
        } else if integerDigits < 19 {
          integer = integer * 10 + UInt64(scalar - 0x30)
          integerDigits += 1
        } else {
          integerDigits += 1
        }
      } else if scalar == Scalar.dot, !seenPoint, !inDottedLabel, end + 1 < limit, Scalar.isDigit(text[end + 1]) {
        // 1.2.3 is a dotted label, not a decimal: stop before the first point.
        var after = end + 1
        while after < limit, Scalar.isDigit(text[after]) { after += 1 }
        if after + 1 < limit, text[after] == Scalar.dot, Scalar.isDigit(text[after + 1]) { break }
        seenPoint = true
      } else if scalar == 0x2C, !seenPoint, end > start, isThousandsGroup(text, at: end + 1, limit: limit) {
        // 27,203,319,000: a comma before exactly three digits groups thousands.
      } else {
        break
      }
      end += 1
    }
    if decimal.isEmpty, integerDigits <= 19 { return (Double(integer), end) }
    // Built as text and converted once, so that 1.39 stays 1.39.
    var digits = ""
    for index in start..<end where text[index] != 0x2C { digits.unicodeScalars.append(Unicode.Scalar(UInt8(text[index]))) }
    if digits.first == "." { digits = "0" + digits }
    return (Double(digits) ?? Double(integer), end)
  }

  private static func isThousandsGroup(_ text: [UInt32], at start: Int, limit: Int) -> Bool {
    guard start + 3 <= limit, Scalar.isDigit(text[start]), Scalar.isDigit(text[start + 1]), Scalar.isDigit(text[start + 2]) else {
      return false
    }
    return start + 3 == limit || !Scalar.isDigit(text[start + 3])
  }
}

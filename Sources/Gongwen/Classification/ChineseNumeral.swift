/// Reads Chinese numerals: 十八, 三百二十一, 两千零五, 一亿二千万, 拾捌, 二〇二一, 三点五.
enum ChineseNumeral {
  /// A numeral read from the text.
  struct Match: Equatable {
    var value: Double
    /// How many scalars the numeral spans.
    var length: Int
  }

  /// The digit a scalar stands for (零〇 0 … 九玖 9, 两 2), if any.
  @inline(__always)
  static func digit(_ value: UInt32) -> Int? {
    switch value {
    case 0x96F6, 0x3007, 0x25CB: return 0  // 零 〇 ○
    case 0x4E00, 0x58F9: return 1  // 一 壹
    case 0x4E8C, 0x8D30, 0x8CB3, 0x4E24, 0x5169, 0x4FE9, 0x5006: return 2  // 二 贰 貳 两 兩 俩 倆
    case 0x4E09, 0x53C1, 0x53C3: return 3  // 三 叁 參
    case 0x56DB, 0x8086: return 4  // 四 肆
    case 0x4E94, 0x4F0D: return 5  // 五 伍
    case 0x516D, 0x9646, 0x9678: return 6  // 六 陆 陸
    case 0x4E03, 0x67D2: return 7  // 七 柒
    case 0x516B, 0x634C: return 8  // 八 捌
    case 0x4E5D, 0x7396: return 9  // 九 玖
    default: return nil
    }
  }

  /// The multiplier a unit scalar stands for (十 10, 百 100, 千 1000, 万 10⁴, 亿 10⁸, 兆 10¹²), if any.
  @inline(__always)
  static func unit(_ value: UInt32) -> Int? {
    switch value {
    case 0x5341, 0x62FE: return 10  // 十 拾
    case 0x767E, 0x4F70: return 100  // 百 佰
    case 0x5343, 0x4EDF: return 1000  // 千 仟
    case 0x4E07, 0x842C: return 10_000  // 万 萬
    case 0x4EBF, 0x5104: return 100_000_000  // 亿 億
    case 0x5146: return 1_000_000_000_000  // 兆
    default: return nil
    }
  }

  static func isNumeral(_ value: UInt32) -> Bool { digit(value) != nil || unit(value) != nil }

  /// 点, and 點 in traditional texts.
  private static func isPoint(_ value: UInt32) -> Bool { value == 0x70B9 || value == 0x9EDE }

  /// Reads the numeral starting at `start`, stopping at `limit` or the first non-numeral.
  ///
  /// A run of bare digits (二〇二一) reads digit by digit; otherwise units multiply as usual.
  /// A lone unit other than 十 (百, 千, 万, 亿 on their own) is not a numeral.
  static func parse(_ text: [UInt32], at start: Int, limit: Int? = nil) -> Match? {
    let limit = min(limit ?? text.count, text.count)
    var end = start
    var hasUnit = false
    while end < limit {
      let value = text[end]
      if digit(value) != nil {
        end += 1
      } else if let unit = unit(value) {
        // 万 and 亿 multiply what comes before; they cannot start a numeral.
        if end == start && unit > 10 { break }
        hasUnit = true
        end += 1
      } else {
        break
      }
    }
    guard end > start else { return nil }
    var integer: Double
    if hasUnit {
      integer = Double(integerValue(text, start..<end))
    } else {
      integer = 0
      for index in start..<end { integer = integer * 10 + Double(digit(text[index]) ?? 0) }
    }
    // 三点五: a fractional part after 点, digit by digit.
    if end + 1 < limit, isPoint(text[end]), digit(text[end + 1]) != nil {
      end += 1
      // Built as decimal text, so that 一点三九 is 1.39 exactly, not a sum of tenths.
      var decimal = String(Int(integer)) + "."
      while end < limit, let fraction = digit(text[end]) {
        decimal += String(fraction)
        end += 1
      }
      integer = Double(decimal) ?? integer
    }
    return Match(value: integer, length: end - start)
  }

  /// Numerals stop growing here (10^18, below `Int.max`, so that the value also converts
  /// back from `Double`): a run such as 亿兩萬億 (the numeral characters listed one after
  /// another in a text about numerals) multiplies past `Int.max` and used to trap.
  static let ceiling = 1_000_000_000_000_000_000

  private static func saturated(_ result: (partialValue: Int, overflow: Bool)) -> Int {
    result.overflow || result.partialValue > ceiling ? ceiling : result.partialValue
  }

  private static func add(_ a: Int, _ b: Int) -> Int { saturated(a.addingReportingOverflow(b)) }
  private static func multiply(_ a: Int, _ b: Int) -> Int { saturated(a.multipliedReportingOverflow(by: b)) }

  private static func integerValue(_ text: [UInt32], _ range: Range<Int>) -> Int {
    var total = 0
    var section = 0
    var number = 0
    for index in range {
      let value = text[index]
      if let digit = digit(value) {
        number = digit
      } else if let unit = unit(value) {
        switch unit {
        case 10_000:
          section = multiply(add(section, number), unit)
          total = add(total, section)
          section = 0
        case 100_000_000, 1_000_000_000_000:
          total = multiply(add(add(total, section), number), unit)
          section = 0
        default:
          // 十八 is 18: a bare 十 means one ten.
          section = add(section, multiply(number == 0 && unit == 10 ? 1 : number, unit))
        }
        number = 0
      }
    }
    return add(add(total, section), number)
  }
}

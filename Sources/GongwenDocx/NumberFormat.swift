/// How a numbering level writes its counter (`w:numFmt`): the formats Chinese reports use,
/// and the common Western ones.
///
/// Formats Gongwen does not know are read as ``decimal``, which is what a reader most often
/// sees in their place.
package enum NumberFormat: String, Sendable, Hashable, CaseIterable {
  /// 一 二 … 十 十一 … 二十 (Word's 一, 二, 三 (简)).
  case chineseCounting
  /// 一 … 十一 … 一百零一 … 一千二百: counting with hundreds and thousands.
  case chineseCountingThousand
  /// 壹 贰 叁 … 壹拾壹: the capital numerals of money and legal texts.
  case chineseLegalSimplified
  /// 1 2 3.
  case decimal
  /// 01 02 … 10.
  case decimalZero
  /// １ ２ ３ (full-width digits).
  case decimalFullWidth
  /// 〇 一 二 … 一〇: one ideograph per decimal digit.
  case ideographDigital
  /// ① ② … ⑳, then decimal.
  case decimalEnclosedCircle
  /// ① ② … ⑳ as Word's Chinese lists write them, then decimal.
  case decimalEnclosedCircleChinese
  /// A B … Z AA BB.
  case upperLetter
  /// a b … z aa bb.
  case lowerLetter
  /// I II III IV.
  case upperRoman
  /// i ii iii iv.
  case lowerRoman
  /// A bullet: the level's text is a symbol, not a number.
  case bullet
  /// No number: the level's text is shown without one.
  case none

  /// The format named by a `w:numFmt` value; ``decimal`` for names Gongwen does not know.
  package init(wordValue: String) {
    self = NumberFormat(rawValue: wordValue) ?? .decimal
  }

  /// The counter `value` as this format writes it; empty for ``bullet`` and ``none``.
  package func text(_ value: Int) -> String {
    switch self {
    case .chineseCounting, .chineseCountingThousand:
      return Self.chineseCount(value, digits: Self.chineseDigits, units: ["", "十", "百", "千"], bigUnits: ["", "万", "亿"])
    case .chineseLegalSimplified:
      return Self.chineseCount(
        value, digits: Self.legalDigits, units: ["", "拾", "佰", "仟"], bigUnits: ["", "万", "亿"], shortTen: false)
    case .decimal:
      return String(value)
    case .decimalZero:
      return value >= 0 && value < 10 ? "0\(value)" : String(value)
    case .decimalFullWidth:
      return String(String(value).unicodeScalars.map { scalar -> Character in
        guard let digit = scalar.properties.numericType == .decimal ? scalar.value : nil,
          let wide = Unicode.Scalar(digit - 0x30 + 0xFF10)
        else { return Character(scalar) }
        return Character(wide)
      })
    case .ideographDigital:
      return String(String(value).unicodeScalars.map { scalar -> Character in
        let digit = Int(scalar.value) - 0x30
        return (0...9).contains(digit) ? Self.chineseDigits[digit] : Character(scalar)
      })
    case .decimalEnclosedCircle, .decimalEnclosedCircleChinese:
      guard (1...20).contains(value), let circled = Unicode.Scalar(0x2460 + UInt32(value - 1)) else { return String(value) }
      return String(Character(circled))
    case .upperLetter:
      return Self.letters(value, base: 0x41)
    case .lowerLetter:
      return Self.letters(value, base: 0x61)
    case .upperRoman:
      return Self.roman(value)
    case .lowerRoman:
      return Self.roman(value).lowercased()
    case .bullet, .none:
      return ""
    }
  }

  private static let chineseDigits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
  private static let legalDigits: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]

  /// A number read out in Chinese: 十一, 二十, 一百零一, 一千零二十, 一万. `shortTen` writes
  /// 10–19 as 十… rather than 一十… (Word does for 一, 二, 三, not for 壹, 贰, 叁).
  private static func chineseCount(
    _ value: Int, digits: [Character], units: [String], bigUnits: [String], shortTen: Bool = true
  ) -> String {
    guard value > 0 else { return value == 0 ? String(digits[0]) : String(value) }
    guard value < 1_0000_0000_0000 else { return String(value) }
    let zero = digits == chineseDigits ? "零" : String(digits[0])
    var groups: [Int] = []
    var rest = value
    while rest > 0 {
      groups.append(rest % 10000)
      rest /= 10000
    }
    var result = ""
    var pendingZero = false
    for index in groups.indices.reversed() {
      let group = groups[index]
      if group == 0 {
        pendingZero = !result.isEmpty
        continue
      }
      if !result.isEmpty && (pendingZero || group < 1000) { result += zero }
      pendingZero = false
      var groupText = ""
      var zeroRun = false
      for position in (0..<4).reversed() {
        let digit = group / pow10(position) % 10
        if digit == 0 {
          zeroRun = !groupText.isEmpty
          continue
        }
        if zeroRun { groupText += zero }
        zeroRun = false
        groupText += String(digits[digit]) + units[position]
      }
      result += groupText + bigUnits[index]
    }
    if shortTen, value >= 10, value < 20 { result.removeFirst() }  // 一十一 → 十一
    return result
  }

  private static func pow10(_ exponent: Int) -> Int {
    (0..<exponent).reduce(1) { value, _ in value * 10 }
  }

  /// A, …, Z, AA, …, ZZ, AAA: Word repeats the letter rather than counting in base 26.
  private static func letters(_ value: Int, base: UInt32) -> String {
    guard value > 0, let letter = Unicode.Scalar(base + UInt32((value - 1) % 26)) else { return String(value) }
    return String(repeating: String(Character(letter)), count: (value - 1) / 26 + 1)
  }

  private static func roman(_ value: Int) -> String {
    guard value > 0, value < 4000 else { return String(value) }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var result = ""
    for (amount, symbol) in table {
      while rest >= amount {
        result += symbol
        rest -= amount
      }
    }
    return result
  }
}

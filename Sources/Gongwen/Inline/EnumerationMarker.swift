/// A marker that may open an item of an inline enumeration, read at one position.
///
/// Families never mix: 一是…二是… is one list, （1）…（2）… another, even in the same
/// paragraph. Docs/Guide.md ("Inline enumerations") lists the forms.
struct EnumerationMarker: Equatable, Sendable {
  enum Family: Hashable, Sendable {
    /// 一是 二是, 一要 二要, 一是要 二是要 — the numeral's suffix must repeat.
    case numeralIs(suffix: [UInt32])
    /// 第一， 第二：
    case ordinalComma
    /// 首先 其次 再次 最后
    case sequenceWord
    /// ① ②
    case circled
    /// （1） (2) ⑴
    case parenArabic
    /// （一） (二)
    case parenChinese
    /// 1. 2. or 1、 2、 opening a paragraph: a statute article's items, each on its own line
    /// ("1.城市绿化目标；"). Never inside running text, where 1. is too often a number.
    case arabicDot
  }

  var family: Family
  /// The item's number: the numeral, or the word's place (首先 1, 其次 2 …); `nil` for 最后,
  /// which takes the place after the item before it.
  var ordinal: Int?
  /// The marker as written.
  var range: Range<Int>

  /// Suffixes after a numeral that make 一是 a list marker, longest first.
  static let numeralSuffixes: [[UInt32]] = ["是要", "是", "要"].map { $0.unicodeScalars.map(\.value) }
  /// After 要, these make a word (要素, 要求, 要点), not 一要's "first, we must".
  static let wordsWithYao: Set<UInt32> = Set("素求点害件务闻领地塞职员案".unicodeScalars.map(\.value))
  /// Sequence words and their places; 最后 has none of its own.
  static let sequenceWords: [(word: [UInt32], ordinal: Int?)] = [
    ("首先", 1), ("其次", 2), ("再次", 3), ("最后", nil),
  ].map { (Array($0.0.unicodeScalars.map(\.value)), $0.1) }
  /// Items beyond this number are not list markers (十一是 is rare; 二十是 is prose).
  static let maxOrdinal = 20

  /// Whether a marker that needs to open a clause (一是, 第一，, 首先) may start at `index`:
  /// at the paragraph's start or after clause punctuation.
  static func opensClause(_ text: [UInt32], at index: Int, paragraphStart: Int) -> Bool {
    guard index > paragraphStart else { return true }
    let previous = text[index - 1]
    return Scalar.isClauseEnd(previous) || Scalar.isSpace(previous) || previous == Scalar.closeParen
      || previous == Scalar.rightDoubleQuote
  }

  /// Reads a marker at `index` of a paragraph spanning `paragraph` (folded text).
  static func read(_ text: [UInt32], at index: Int, paragraph: Range<Int>) -> EnumerationMarker? {
    let value = text[index]
    let end = paragraph.upperBound
    switch value {
    case 0x2460...0x2473:  // ① … ⑳
      return EnumerationMarker(family: .circled, ordinal: Int(value - 0x2460) + 1, range: index..<index + 1)
    case 0x2474...0x2487:  // ⑴ … ⒇
      return EnumerationMarker(family: .parenArabic, ordinal: Int(value - 0x2474) + 1, range: index..<index + 1)
    case Scalar.openParen:
      return readParenthesised(text, at: index, end: end)
    case 0x30...0x39 where index == paragraph.lowerBound:
      return readArabicDot(text, at: index, end: end)
    default:
      break
    }
    guard opensClause(text, at: index, paragraphStart: paragraph.lowerBound) else { return nil }
    if value == 0x7B2C {  // 第
      guard let numeral = smallNumeral(text, at: index + 1, end: end), numeral.end < end,
        [0x2C, Scalar.colon].contains(text[numeral.end])
      else { return nil }
      return EnumerationMarker(family: .ordinalComma, ordinal: numeral.value, range: index..<numeral.end + 1)
    }
    for (word, ordinal) in sequenceWords where matches(word, in: text, at: index, end: end) {
      let after = index + word.count
      guard after < end, [0x2C, Scalar.colon].contains(text[after]) else { return nil }
      return EnumerationMarker(family: .sequenceWord, ordinal: ordinal, range: index..<after)
    }
    if let numeral = smallNumeral(text, at: index, end: end) {
      for suffix in numeralSuffixes where matches(suffix, in: text, at: numeral.end, end: end) {
        let after = numeral.end + suffix.count
        if suffix.last == 0x8981, after < end, wordsWithYao.contains(text[after]) { return nil }  // 要
        return EnumerationMarker(
          family: .numeralIs(suffix: suffix), ordinal: numeral.value, range: index..<numeral.end + suffix.count)
      }
    }
    return nil
  }

  /// 1. or 1、 at a paragraph's start, not 2.5 nor 2021.
  private static func readArabicDot(_ text: [UInt32], at index: Int, end: Int) -> EnumerationMarker? {
    var cursor = index
    var number = 0
    while cursor < end, Scalar.isDigit(text[cursor]), cursor - index < 2 {
      number = number * 10 + Int(text[cursor] - 0x30)
      cursor += 1
    }
    guard cursor + 1 < end, text[cursor] == Scalar.dot || text[cursor] == Scalar.ideographicComma,
      !Scalar.isDigit(text[cursor + 1]), (1...maxOrdinal).contains(number)
    else { return nil }
    return EnumerationMarker(family: .arabicDot, ordinal: number, range: index..<cursor + 1)
  }

  /// （1） or （一） inside running text.
  private static func readParenthesised(_ text: [UInt32], at index: Int, end: Int) -> EnumerationMarker? {
    var cursor = index + 1
    var number = 0
    while cursor < end, Scalar.isDigit(text[cursor]), cursor - index <= 2 {
      number = number * 10 + Int(text[cursor] - 0x30)
      cursor += 1
    }
    if cursor > index + 1 {
      guard cursor < end, text[cursor] == Scalar.closeParen, (1...maxOrdinal).contains(number) else { return nil }
      return EnumerationMarker(family: .parenArabic, ordinal: number, range: index..<cursor + 1)
    }
    guard let numeral = smallNumeral(text, at: index + 1, end: end), numeral.end < end,
      text[numeral.end] == Scalar.closeParen
    else { return nil }
    return EnumerationMarker(family: .parenChinese, ordinal: numeral.value, range: index..<numeral.end + 1)
  }

  /// A Chinese numeral from 一 to 二十 written with at most three characters.
  private static func smallNumeral(_ text: [UInt32], at index: Int, end: Int) -> (value: Int, end: Int)? {
    guard index < end, let match = ChineseNumeral.parse(text, at: index, limit: min(end, index + 3)) else { return nil }
    let value = match.integer
    guard match.length <= 3, Double(value) == match.value, (1...maxOrdinal).contains(value) else { return nil }
    return (value, index + match.length)
  }

  private static func matches(_ word: [UInt32], in text: [UInt32], at index: Int, end: Int) -> Bool {
    guard index + word.count <= end else { return false }
    for offset in word.indices where text[index + offset] != word[offset] { return false }
    return true
  }
}

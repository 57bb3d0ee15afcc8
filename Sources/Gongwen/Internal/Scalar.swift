/// Scalar tests and constants used by the byte-level matchers, all over folded values.
enum Scalar {
  static let space: UInt32 = 0x20
  static let lineFeed: UInt32 = 0x0A
  static let dot: UInt32 = 0x2E
  static let openParen: UInt32 = 0x28
  static let closeParen: UInt32 = 0x29
  static let colon: UInt32 = 0x3A
  static let semicolon: UInt32 = 0x3B
  static let ideographicComma: UInt32 = 0x3001  // 、
  static let ideographicFullStop: UInt32 = 0x3002  // 。
  static let leftDoubleQuote: UInt32 = 0x201C  // “
  static let rightDoubleQuote: UInt32 = 0x201D  // ”
  static let leftTitle: UInt32 = 0x300A  // 《
  static let rightTitle: UInt32 = 0x300B  // 》

  @inline(__always)
  static func isSpace(_ value: UInt32) -> Bool {
    value == 0x20 || value == 0x09 || value == 0x0B || value == 0x0C || value == 0x0D
  }

  @inline(__always)
  static func isDigit(_ value: UInt32) -> Bool { value &- 0x30 < 10 }

  /// The first offset at or after `position` that is not an ASCII space, by `limit`.
  static func skippingSpaces(_ text: [UInt32], from position: Int, limit: Int) -> Int {
    var index = position
    while index < limit, text[index] == space { index += 1 }
    return index
  }

  @inline(__always)
  static func isIdeograph(_ value: UInt32) -> Bool { value &- 0x4E00 <= 0x9FFF - 0x4E00 }

  /// +1 for an opening quotation mark, 《, bracket or corner bracket, -1 for a closing one,
  /// 0 otherwise: how the matchers keep track of being inside a quote or a title.
  @inline(__always)
  static func bracketStep(_ value: UInt32) -> Int {
    switch value {
    case leftDoubleQuote, leftTitle, openParen, 0x3008, 0x300C, 0x300E, 0x3010: 1
    case rightDoubleQuote, rightTitle, closeParen, 0x3009, 0x300D, 0x300F, 0x3011: -1
    default: 0
    }
  }

  /// Sentence-ending punctuation that closes an inline heading's title: 。！？；：
  @inline(__always)
  static func isTitleTerminator(_ value: UInt32) -> Bool {
    value == ideographicFullStop || value == 0x21 || value == 0x3F || value == semicolon
      || value == colon
  }

  /// Punctuation that ends a sentence or clause: a line ending in one is body text.
  @inline(__always)
  static func isClauseEnd(_ value: UInt32) -> Bool {
    isTitleTerminator(value) || value == 0x2C || value == 0x3001 || value == 0x2026
  }
}

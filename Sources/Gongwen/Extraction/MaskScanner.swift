/// Finds masked stretches (anonymised numbers, names, dates): runs of X, x, *, × — alone or
/// mixed with digits (19**, *.**, 20**) — in folded text.
///
/// Not masks: X or x inside a Latin word (Xi, APEX, xlsx), × between two numbers (3×4), and
/// ** that wraps a phrase like Markdown emphasis (**工作目标**：).
enum MaskScanner {
  @inline(__always)
  static func isMaskScalar(_ value: UInt32) -> Bool {
    value == 0x58 || value == 0x78 || value == 0x2A || value == 0xD7 || value == 0x2715
  }

  @inline(__always)
  static func isLatinLetter(_ value: UInt32) -> Bool { (value | 0x20) &- 0x61 < 26 }

  /// A masked token: the mask and any digits or decimal point it is written with.
  struct Token: Equatable {
    var range: Range<Int>
    /// How many mask characters it holds.
    var width: Int
  }

  /// The masked tokens in `range`.
  static func tokens(in text: [UInt32], range: Range<Int>) -> [Token] {
    var tokens: [Token] = []
    let emphasis = emphasisMarks(in: text, range: range)
    var index = range.lowerBound
    while index < range.upperBound {
      guard isMaskScalar(text[index]) || Scalar.isDigit(text[index]), !emphasis.contains(index) else {
        index += 1
        continue
      }
      // Extend over digits, masks and a decimal point between them.
      var end = index
      var width = 0
      while end < range.upperBound {
        let value = text[end]
        if isMaskScalar(value) && !emphasis.contains(end) {
          width += 1
        } else if Scalar.isDigit(value) {
        } else if value == Scalar.dot, end > index, end + 1 < range.upperBound,
          isMaskScalar(text[end + 1]) || Scalar.isDigit(text[end + 1])
        {
        } else {
          break
        }
        end += 1
      }
      defer { index = max(end, index + 1) }
      guard width > 0, isMask(text, index..<end, range: range) else { continue }
      tokens.append(Token(range: index..<end, width: width))
    }
    return tokens
  }

  /// Whether a candidate token really is a mask, not a Latin word or a multiplication sign.
  private static func isMask(_ text: [UInt32], _ token: Range<Int>, range: Range<Int>) -> Bool {
    let before = token.lowerBound > range.lowerBound ? text[token.lowerBound - 1] : Scalar.space
    let after = token.upperBound < range.upperBound ? text[token.upperBound] : Scalar.space
    let hasLetterMask = token.contains { text[$0] == 0x58 || text[$0] == 0x78 }
    if hasLetterMask && (isLatinLetter(before) || isLatinLetter(after)) { return false }
    // 3×4, 3 × 4: a multiplication sign between numbers.
    if token.count == 1, text[token.lowerBound] == 0xD7 || text[token.lowerBound] == 0x2715 {
      if Scalar.isDigit(before) || Scalar.isDigit(after) { return false }
    }
    // 1920x1080, 3×4 written without spaces: one x between digits is a multiplication.
    if token.count >= 3, let mask = token.first(where: { isMaskScalar(text[$0]) }),
      token.filter({ isMaskScalar(text[$0]) }).count == 1, mask > token.lowerBound, mask + 1 < token.upperBound,
      Scalar.isDigit(text[mask - 1]), Scalar.isDigit(text[mask + 1])
    {
      return false
    }
    return true
  }

  /// Offsets of `**` pairs that wrap a phrase at a phrase boundary (**工作目标**：), which
  /// Markdown-style text uses for emphasis rather than masking.
  static func emphasisMarks(in text: [UInt32], range: Range<Int>) -> Set<Int> {
    var marks = Set<Int>()
    var index = range.lowerBound
    func isBoundary(_ position: Int) -> Bool {
      guard range.contains(position) else { return true }
      let value = text[position]
      return Scalar.isSpace(value) || Scalar.isClauseEnd(value) || value == Scalar.leftDoubleQuote
        || value == Scalar.rightDoubleQuote || value == Scalar.openParen || value == Scalar.closeParen
    }
    func isPair(_ position: Int) -> Bool {
      position + 1 < range.upperBound && text[position] == 0x2A && text[position + 1] == 0x2A
        && (position + 2 >= range.upperBound || text[position + 2] != 0x2A)
        && (position == range.lowerBound || text[position - 1] != 0x2A)
    }
    while index < range.upperBound {
      guard isPair(index), isBoundary(index - 1) else {
        index += 1
        continue
      }
      // Look for the closing pair: the phrase between has no mask, digit or punctuation.
      var cursor = index + 2
      var closing: Int?
      while cursor < min(range.upperBound, index + 2 + 40) {
        let value = text[cursor]
        if isPair(cursor) {
          closing = cursor
          break
        }
        if isMaskScalar(value) || Scalar.isDigit(value) || Scalar.isClauseEnd(value) { break }
        cursor += 1
      }
      if let closing, closing - (index + 2) >= 2, isBoundary(closing + 2) {
        marks.formUnion([index, index + 1, closing, closing + 1])
        index = closing + 2
      } else {
        index += 2
      }
    }
    return marks
  }
}

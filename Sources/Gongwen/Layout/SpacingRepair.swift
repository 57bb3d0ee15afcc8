/// Removes the spaces that sharing sites and PDF extraction put where Chinese text has none:
/// between an ideograph and a number, a Latin word or % ("2020 年", "5.5 %", "GDP 增长"),
/// inside a heading marker ("（ 一 ）", "1 . 精准开展"), and between the letters of a
/// letter-spaced title ("工 作 总 结").
///
/// Only runs of ASCII or no-break spaces inside a line are removed; the ideographic space,
/// which separates paragraphs run together on one line, and indents are left alone, and so
/// are spaces between two ideographs outside a letter-spaced line ("国务院总理 李强").
struct SpacingRepair: Sendable {
  let text: SourceText

  /// A run of more spaces than this is layout (a column gap), not a stray space.
  static let maxRun = 3
  /// A letter-spaced line has at least this many letters.
  static let minSpacedLetters = 4

  /// Spaces inside lines are repaired only in a text that shows the habit: at least this
  /// many spaced boundaries …
  static let minSpacedBoundaries = 3
  /// … and at least this share of all the boundaries between Chinese and a number or a
  /// Latin word. A clean report's one stray space ("X 次以上") is left as it was typed.
  static let minSpacedShare = 0.1

  func removals() -> LayoutEdits {
    var edits = LayoutEdits()
    let repairsInline = showsSpacingHabit()
    for number in text.lineStarts.indices {
      let line = text.trimmed(text.lineRange(number + 1))
      guard line.count >= 3 else { continue }
      if isLetterSpaced(line) {
        // A spaced copy above the plain line is left for the classifier to set aside.
        if !isCopied(line, after: number + 1) {
          for index in stride(from: line.lowerBound + 1, to: line.upperBound, by: 2) { edits.remove(index..<index + 1) }
        }
        continue
      }
      markerSpaces(at: line, into: &edits)
      var index = line.lowerBound + 1
      while index < line.upperBound - 1 {
        guard isStraySpace(index) else {
          index += 1
          continue
        }
        var end = index
        while end < line.upperBound, isStraySpace(end) { end += 1 }
        if end - index <= Self.maxRun, end < line.upperBound {
          let left = text.folded[index - 1]
          let right = text.folded[end]
          if repairsInline ? joins(left, right, after: end) : splitsPercent(left, right) { edits.remove(index..<end) }
        }
        index = end
      }
    }
    return edits
  }

  /// Whether spaces between Chinese and numbers or Latin words are a habit of this text.
  private func showsSpacingHabit() -> Bool {
    var boundaries = 0
    var spaced = 0
    let folded = text.folded
    var index = 1
    while index < folded.count {
      let left = folded[index - 1]
      if isStraySpace(index), index + 1 < folded.count, !isStraySpace(index - 1) {
        if Self.isCJK(left) != Self.isCJK(folded[index + 1]),
          Self.isAlphanumeric(left) || Self.isAlphanumeric(folded[index + 1])
        {
          boundaries += 1
          spaced += 1
        }
      } else if Self.isCJK(left) != Self.isCJK(folded[index]), Self.isAlphanumeric(left) || Self.isAlphanumeric(folded[index]) {
        boundaries += 1
      }
      index += 1
    }
    return spaced >= Self.minSpacedBoundaries && Double(spaced) >= Self.minSpacedShare * Double(boundaries)
  }

  /// An ASCII or no-break space (the ideographic space folds to a space too, but means more).
  @inline(__always)
  private func isStraySpace(_ index: Int) -> Bool {
    let value = text.scalars[index].value
    return value == 0x20 || value == 0xA0
  }

  /// Whether the space between `left` and `right` (folded) is noise.
  private func joins(_ left: UInt32, _ right: UInt32, after end: Int) -> Bool {
    let leftCJK = Self.isCJK(left)
    let rightCJK = Self.isCJK(right)
    if leftCJK != rightCJK {
      // An ideograph or Chinese punctuation next to a digit, a Latin letter, % or a bracket.
      let other = leftCJK ? right : left
      return Self.isAlphanumeric(other) || other == 0x25 || other == Scalar.openParen || other == Scalar.closeParen
        || other == Scalar.dot || other == Scalar.colon || other == 0x2C || other == Scalar.semicolon
    }
    if leftCJK { return false }
    // "5.5 %", "1 . 精准": a number and its sign or the dot of its marker.
    if Scalar.isDigit(left) {
      if right == 0x25 { return true }
      if right == Scalar.dot { return !(end + 1 < text.count && Scalar.isDigit(text.folded[end + 1])) }
    }
    return false
  }

  /// A space that cuts a percentage from its number or from the word after it ("5.5 %",
  /// "９０％ 以上"): never written on purpose, so repaired in any text, like a space inside a
  /// marker.
  private func splitsPercent(_ left: UInt32, _ right: UInt32) -> Bool {
    (Scalar.isDigit(left) && right == 0x25) || (left == 0x25 && Self.isCJK(right))
  }

  /// Spaces inside a heading marker at the start of a line: "（ 一 ）", "( 1 )", "1 . ",
  /// "一 、". Always repaired: a marker is never written with spaces inside.
  private func markerSpaces(at line: Range<Int>, into edits: inout LayoutEdits) {
    let folded = text.folded
    var index = line.lowerBound
    var spaces: [Range<Int>] = []
    func skipSpaces() {
      let start = index
      while index < line.upperBound, isStraySpace(index) { index += 1 }
      if index > start { spaces.append(start..<index) }
    }
    let opened = folded[index] == Scalar.openParen
    if opened {
      index += 1
      skipSpaces()
    }
    let numberStart = index
    if let numeral = ChineseNumeral.parse(folded, at: index, limit: line.upperBound), numeral.length <= 4 {
      index += numeral.length
    } else {
      while index < line.upperBound, Scalar.isDigit(folded[index]), index - numberStart < HeadingMarker.maxArabicDigits {
        index += 1
      }
    }
    guard index > numberStart else { return }
    skipSpaces()
    guard index < line.upperBound, !spaces.isEmpty else { return }
    let closer = folded[index]
    let closes = opened
      ? closer == Scalar.closeParen
      : closer == Scalar.ideographicComma || (closer == Scalar.dot && !(index + 1 < line.upperBound && Scalar.isDigit(folded[index + 1])))
    guard closes else { return }
    index += 1
    // The space after "1 ." is the separator's; the marker reader skips it anyway, but a
    // space between "." and the title would leave "1." alone on a wrapped line.
    skipSpaces()
    for range in spaces { edits.remove(range) }
  }

  /// Whether the next non-blank line after line `number` holds the letters of `spaced`.
  private func isCopied(_ spaced: Range<Int>, after number: Int) -> Bool {
    var next = number + 1
    while next <= text.lineStarts.count {
      let line = text.trimmed(text.lineRange(next))
      if line.isEmpty {
        next += 1
        continue
      }
      let letters = stride(from: spaced.lowerBound, to: spaced.upperBound, by: 2).map { text.folded[$0] }
      return line.count == letters.count && zip(line, letters).allSatisfy { text.folded[$0] == $1 }
    }
    return false
  }

  /// Every other scalar a space, the others letters: "工 作 总 结".
  private func isLetterSpaced(_ line: Range<Int>) -> Bool {
    guard line.count >= 2 * Self.minSpacedLetters - 1, line.count % 2 == 1 else { return false }
    var offset = 0
    for index in line {
      let isSpace = isStraySpace(index) || text.scalars[index].value == 0x3000
      if isSpace != (offset % 2 == 1) { return false }
      if offset % 2 == 0, !Self.isCJK(text.folded[index]) { return false }
      offset += 1
    }
    return true
  }

  /// Ideographs and the punctuation of Chinese text (folded: full-width ASCII is ASCII by now).
  @inline(__always)
  static func isCJK(_ value: UInt32) -> Bool {
    Scalar.isIdeograph(value) || (value >= 0x3001 && value <= 0x303F) || (value >= 0x2010 && value <= 0x206F)
      || (value >= 0x3400 && value <= 0x4DBF)
  }

  @inline(__always)
  static func isAlphanumeric(_ value: UInt32) -> Bool {
    Scalar.isDigit(value) || (value | 0x20) &- 0x61 < 26
  }
}

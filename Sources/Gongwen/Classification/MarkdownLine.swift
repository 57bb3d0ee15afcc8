/// What markdown syntax makes of one line (CommonMark's block starts, the ones reports use).
///
/// Read over the folded view, so full-width `＃` and `＊` count as their ASCII forms. Ranges
/// index the text; markup is left out of them, never edited away.
enum MarkdownLine: Equatable, Sendable {
  /// Text with no block markup (after any `> ` quote marks); empty for a blank line.
  case plain(Range<Int>)
  /// `# 标题` … `###### 标题`: the level (the number of `#`s) and the text between the marks
  /// (optional closing `#`s left out). `#标题` (no space) and `#1` are plain text.
  case atxHeading(level: Int, content: Range<Int>)
  /// `- 项`, `* 项`, `+ 项`: the item's text after the bullet.
  case bullet(content: Range<Int>)
  /// `1. 项`, `2) 项` (a number, `.` or `)`, a space): the whole item, number included.
  case orderedItem(Range<Int>)
  /// A thematic break (`---`, `***`, `___`, `- - -`) or a setext underline (`===`): the
  /// level a setext underline gives the line above it (1 for `=`, 2 for `-` with no inner
  /// space), `nil` for a break that can only be a break.
  case rule(setextLevel: Int?)

  static let hash: UInt32 = 0x23
  static let star: UInt32 = 0x2A
  static let underscore: UInt32 = 0x5F
  static let plus: UInt32 = 0x2B
  static let dash: UInt32 = 0x2D
  static let equals: UInt32 = 0x3D
  static let greaterThan: UInt32 = 0x3E

  /// Reads a trimmed line.
  static func read(_ text: [UInt32], _ line: Range<Int>) -> MarkdownLine {
    var start = line.lowerBound
    let end = line.upperBound
    // Block quotes: "> 正文", "> > 正文".
    while start < end, text[start] == greaterThan {
      start = Scalar.skippingSpaces(text, from: start + 1, limit: end)
    }
    guard start < end else { return .plain(start..<start) }
    if let rule = readRule(text, start..<end) { return rule }
    switch text[start] {
    case hash:
      return readATX(text, start..<end) ?? .plain(start..<end)
    case dash, star, plus:
      guard start + 1 < end, Scalar.isSpace(text[start + 1]) else { return .plain(start..<end) }
      let content = Scalar.skippingSpaces(text, from: start + 1, limit: end)
      return .bullet(content: content..<end)
    case 0x30...0x39:
      var cursor = start
      while cursor < end, Scalar.isDigit(text[cursor]), cursor - start < 9 { cursor += 1 }
      guard cursor + 1 < end, text[cursor] == Scalar.dot || text[cursor] == Scalar.closeParen,
        Scalar.isSpace(text[cursor + 1])
      else { return .plain(start..<end) }
      return .orderedItem(start..<end)
    default:
      return .plain(start..<end)
    }
  }

  private static func readATX(_ text: [UInt32], _ line: Range<Int>) -> MarkdownLine? {
    var cursor = line.lowerBound
    while cursor < line.upperBound, text[cursor] == hash { cursor += 1 }
    let level = cursor - line.lowerBound
    guard level <= 6, cursor == line.upperBound || Scalar.isSpace(text[cursor]) else { return nil }
    let start = Scalar.skippingSpaces(text, from: cursor, limit: line.upperBound)
    var end = line.upperBound
    // A closing sequence: "## 标题 ##" (the #s after a space, or the whole content).
    var closing = end
    while closing > start, text[closing - 1] == hash { closing -= 1 }
    if closing < end, closing == start || Scalar.isSpace(text[closing - 1]) { end = closing }
    while end > start, Scalar.isSpace(text[end - 1]) { end -= 1 }
    return .atxHeading(level: level, content: start..<end)
  }

  /// Three or more `-`, `*` or `_` (spaces between allowed), or `=`s alone.
  private static func readRule(_ text: [UInt32], _ line: Range<Int>) -> MarkdownLine? {
    let first = text[line.lowerBound]
    guard first == dash || first == star || first == underscore || first == equals else { return nil }
    var marks = 0
    var spaced = false
    for index in line {
      if text[index] == first {
        marks += 1
      } else if Scalar.isSpace(text[index]) {
        spaced = true
      } else {
        return nil
      }
    }
    if first == equals { return marks >= 2 && !spaced ? .rule(setextLevel: 1) : nil }
    guard marks >= 3 else { return nil }
    return .rule(setextLevel: first == dash && !spaced ? 2 : nil)
  }

  /// `range` without emphasis marks wrapped around all of it: `**一、总体要求**`,
  /// `__标题__`, `*标题*` (the same run of `*` or `_`, one to three long, at both ends).
  static func unwrappingEmphasis(_ text: [UInt32], _ range: Range<Int>) -> Range<Int> {
    var range = range
    while let run = emphasisRun(text, at: range.lowerBound, limit: range.upperBound), range.count > 2 * run {
      let mark = text[range.lowerBound]
      let closeStart = range.upperBound - run
      guard (closeStart..<range.upperBound).allSatisfy({ text[$0] == mark }), text[closeStart - 1] != mark,
        !Scalar.isSpace(text[range.lowerBound + run])
      else { break }
      var inner = range.lowerBound + run..<closeStart
      while inner.upperBound > inner.lowerBound, Scalar.isSpace(text[inner.upperBound - 1]) {
        inner = inner.lowerBound..<inner.upperBound - 1
      }
      range = inner
    }
    return range
  }

  /// A bold lead at the start of `range` that does not wrap all of it:
  /// `**1.精准开展督促检查。**坚持…` → the text inside the marks and the text after them.
  static func boldLead(_ text: [UInt32], _ range: Range<Int>) -> (inner: Range<Int>, rest: Range<Int>)? {
    guard let run = emphasisRun(text, at: range.lowerBound, limit: range.upperBound), run == 2 else { return nil }
    let mark = text[range.lowerBound]
    var cursor = range.lowerBound + 2
    while cursor + 1 < range.upperBound {
      if text[cursor] == mark, text[cursor + 1] == mark {
        guard cursor > range.lowerBound + 2 else { return nil }
        return (range.lowerBound + 2..<cursor, Scalar.skippingSpaces(text, from: cursor + 2, limit: range.upperBound)..<range.upperBound)
      }
      cursor += 1
    }
    return nil
  }

  /// The length of the run of `*` or `_` at `position` (at most 3), or nil.
  private static func emphasisRun(_ text: [UInt32], at position: Int, limit: Int) -> Int? {
    guard position < limit, text[position] == star || text[position] == underscore else { return nil }
    var cursor = position
    while cursor < limit, text[cursor] == text[position] { cursor += 1 }
    let run = cursor - position
    return run <= 3 ? run : nil
  }

  /// Whether the line is a list item (bullet or numbered).
  var isListItem: Bool {
    switch self {
    case .bullet, .orderedItem: true
    default: false
    }
  }

  /// Whether the line is blank.
  var isBlank: Bool {
    if case .plain(let range) = self { return range.isEmpty }
    return false
  }
}

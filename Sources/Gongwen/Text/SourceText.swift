/// The decoded text of a report with the views every later stage reads: the original
/// scalars (for output), the folded scalars (for matching) and where each line starts.
struct SourceText: Sendable {
  /// The decoded text, one element per Unicode scalar.
  let scalars: [Unicode.Scalar]
  /// `scalars` passed through ``FullwidthFolding``; same length, same offsets.
  let folded: [UInt32]
  /// Offset of the first scalar of each line; line `n` (1-based) starts at `lineStarts[n - 1]`.
  let lineStarts: [Int]

  init(scalars: [Unicode.Scalar]) {
    self.scalars = scalars
    var folded = [UInt32]()
    folded.reserveCapacity(scalars.count)
    var lineStarts = [0]
    for (offset, scalar) in scalars.enumerated() {
      folded.append(FullwidthFolding.fold(scalar.value))
      if scalar.value == 0x0A { lineStarts.append(offset + 1) }
    }
    // A final LF ends the last line rather than starting an empty one.
    if lineStarts.count > 1, lineStarts.last == scalars.count { lineStarts.removeLast() }
    self.folded = folded
    self.lineStarts = scalars.isEmpty ? [] : lineStarts
  }

  init(_ text: String) {
    self.init(scalars: Array(text.unicodeScalars))
  }

  var count: Int { scalars.count }

  /// The original text of `range`.
  func string(_ range: Range<Int>) -> String {
    // Encoding straight into the string's storage is several times faster than appending
    // scalars to a `String.UnicodeScalarView`, which takes a slow validating path (callgrind).
    var capacity = 0
    for index in range { capacity += UTF8.width(scalars[index]) }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var offset = 0
      for index in range {
        let value = scalars[index].value
        switch value {
        case 0..<0x80:
          buffer[offset] = UInt8(value)
          offset += 1
        case 0x80..<0x800:
          buffer[offset] = UInt8(0xC0 | value >> 6)
          buffer[offset + 1] = UInt8(0x80 | value & 0x3F)
          offset += 2
        case 0x800..<0x10000:
          buffer[offset] = UInt8(0xE0 | value >> 12)
          buffer[offset + 1] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[offset + 2] = UInt8(0x80 | value & 0x3F)
          offset += 3
        default:
          buffer[offset] = UInt8(0xF0 | value >> 18)
          buffer[offset + 1] = UInt8(0x80 | value >> 12 & 0x3F)
          buffer[offset + 2] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[offset + 3] = UInt8(0x80 | value & 0x3F)
          offset += 4
        }
      }
      return offset
    }
  }

  /// The 1-based line that holds `offset`.
  func line(containing offset: Int) -> Int {
    Self.line(containing: offset, lineStarts: lineStarts)
  }

  /// The 1-based line that holds `offset`, given where each line starts.
  static func line(containing offset: Int, lineStarts: [Int]) -> Int {
    var low = 0
    var high = lineStarts.count
    while high - low > 1 {
      let middle = (low + high) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle }
    }
    return low + 1
  }

  func span(_ range: Range<Int>) -> Span {
    Span(start: range.lowerBound, end: range.upperBound, line: line(containing: range.lowerBound))
  }

  /// The range of line `number` (1-based), without its LF.
  func lineRange(_ number: Int) -> Range<Int> {
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] : scalars.count
    if end > start, scalars[end - 1].value == 0x0A { end -= 1 }
    return start..<end
  }

  /// `range` without leading and trailing white space (as the folded view sees it).
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end, Scalar.isSpace(folded[start]) { start += 1 }
    while end > start, Scalar.isSpace(folded[end - 1]) { end -= 1 }
    return start..<end
  }

  /// The length of `word` (folded) if the folded text holds it at `position`, before `limit`.
  func match(_ word: String, at position: Int, limit: Int) -> Int? {
    var offset = position
    for scalar in word.unicodeScalars {
      guard offset < limit, folded[offset] == FullwidthFolding.fold(scalar.value) else { return nil }
      offset += 1
    }
    return offset - position
  }

  /// Whether the folded text holds `word` ending exactly at `end`, starting at or after `limit`.
  func match(_ word: String, endingAt end: Int, limit: Int) -> Bool {
    let start = end - word.unicodeScalars.count
    return start >= limit && match(word, at: start, limit: end) != nil
  }
}

/// A set of words matched against folded text at a position, longest word first.
///
/// Tables are written as strings and folded once; matching compares scalars in place, with
/// no `String` built per position.
struct WordTable: Sendable {
  /// Words by their first scalar, longest first.
  private let byFirst: [UInt32: [[UInt32]]]
  /// One bit per Basic Multilingual Plane scalar that starts a word: most positions fail
  /// this test, which is much cheaper than hashing the scalar (callgrind showed hashing at 7%).
  private let firstBits: [UInt64]
  /// The same for the scalars that end a word, for matches that end at a position.
  private let lastBits: [UInt64]

  init(_ words: [String]) {
    var byFirst: [UInt32: [[UInt32]]] = [:]
    for word in words {
      let scalars = word.foldedScalars
      guard let first = scalars.first else { continue }
      byFirst[first, default: []].append(scalars)
    }
    self.byFirst = byFirst.mapValues { $0.sorted { $0.count > $1.count } }
    var firstBits = [UInt64](repeating: 0, count: 0x10000 / 64)
    for first in byFirst.keys {
      if first < 0x10000 { firstBits[Int(first >> 6)] |= 1 << (first & 63) } else { firstBits[0] |= 1 }
    }
    self.firstBits = firstBits
    self.lastBits = Self.bits(byFirst.values.joined().compactMap(\.last))
  }

  private static func bits(_ scalars: some Sequence<UInt32>) -> [UInt64] {
    var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    for value in scalars {
      if value < 0x10000 { bits[Int(value >> 6)] |= 1 << (value & 63) } else { bits[0] |= 1 }
    }
    return bits
  }

  /// Whether a word may start with `value` (false positives only beyond the BMP).
  @inline(__always)
  func mayStart(with value: UInt32) -> Bool {
    value < 0x10000 ? firstBits[Int(value >> 6)] & (1 << (value & 63)) != 0 : firstBits[0] & 1 != 0
  }

  /// The length of the longest word starting at `position` and ending by `limit`.
  func longestMatch(in text: [UInt32], at position: Int, limit: Int) -> Int? {
    guard position < limit, mayStart(with: text[position]), let candidates = byFirst[text[position]] else { return nil }
    for word in candidates where position + word.count <= limit {
      var matched = true
      for offset in 1..<word.count where text[position + offset] != word[offset] {
        matched = false
        break
      }
      if matched { return word.count }
    }
    return nil
  }

  /// The length of the longest word that ends exactly at `end` and starts at or after `limit`.
  func longestMatch(in text: [UInt32], endingAt end: Int, limit: Int) -> Int? {
    guard end > limit, end <= text.count else { return nil }
    let last = text[end - 1]
    guard last < 0x10000 ? lastBits[Int(last >> 6)] & (1 << (last & 63)) != 0 : lastBits[0] & 1 != 0 else { return nil }
    var best: Int?
    for candidates in byFirst.values {
      for word in candidates where end - word.count >= limit {
        let start = end - word.count
        if (0..<word.count).allSatisfy({ text[start + $0] == word[$0] }) {
          best = max(best ?? 0, word.count)
          break
        }
      }
    }
    return best
  }

  /// Whether any word of the table occurs anywhere in `range`.
  func occurs(in text: [UInt32], range: Range<Int>) -> Bool {
    range.contains { longestMatch(in: text, at: $0, limit: range.upperBound) != nil }
  }
}

/// A set of words matched against folded text at a position, longest word first.
///
/// Tables are written as strings and folded once; matching compares scalars in place, with
/// no `String` built per position.
struct WordTable: Sendable {
  /// Words by their first scalar, longest first.
  private let byFirst: [UInt32: [[UInt32]]]

  init(_ words: [String]) {
    var byFirst: [UInt32: [[UInt32]]] = [:]
    for word in words {
      let scalars = word.unicodeScalars.map { FullwidthFolding.fold($0.value) }
      guard let first = scalars.first else { continue }
      byFirst[first, default: []].append(scalars)
    }
    self.byFirst = byFirst.mapValues { $0.sorted { $0.count > $1.count } }
  }

  /// The length of the longest word starting at `position` and ending by `limit`.
  func longestMatch(in text: [UInt32], at position: Int, limit: Int) -> Int? {
    guard position < limit, let candidates = byFirst[text[position]] else { return nil }
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

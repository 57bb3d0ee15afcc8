/// A set of offsets into one text, one bit per offset.
///
/// Replaces `Set<Int>` where the set can hold a large share of a document's offsets (every
/// mask of a text full of XX): hashing millions of offsets made lookups miss the cache and
/// parse time grow faster than the input.
struct OffsetSet: Sendable {
  private var words: [UInt64]

  /// An empty set for offsets `0..<count`.
  init(count: Int) {
    words = [UInt64](repeating: 0, count: (count + 63) / 64)
  }

  mutating func insert(_ offset: Int) {
    words[offset >> 6] |= 1 << UInt64(offset & 63)
  }

  /// Whether `offset` is in the set; offsets outside `0..<count` never are.
  func contains(_ offset: Int) -> Bool {
    let word = offset >> 6
    guard offset >= 0, word < words.count else { return false }
    return words[word] & (1 << UInt64(offset & 63)) != 0
  }
}

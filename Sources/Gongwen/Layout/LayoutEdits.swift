/// What layout recovery changes in a text: stretches to drop (the line break of a hard wrap,
/// the space a sharing site put in "2020 年") and line breaks to insert (before a heading
/// that runs on after a sentence).
///
/// Edits are positions in the text they were computed on; ``apply(to:)`` builds the edited
/// text and where each of its scalars came from, from which ``LayoutRecovery`` builds the
/// ``OriginMap`` that keeps every span indexing the text the user gave.
struct LayoutEdits: Sendable {
  private(set) var removals: [Range<Int>] = []
  /// Offsets before which a line break is inserted.
  private(set) var breaks: [Int] = []

  var isEmpty: Bool { removals.isEmpty && breaks.isEmpty }

  mutating func remove(_ range: Range<Int>) {
    if !range.isEmpty { removals.append(range) }
  }

  mutating func insertBreak(before offset: Int) {
    breaks.append(offset)
  }

  mutating func formUnion(_ other: LayoutEdits) {
    removals += other.removals
    breaks += other.breaks
  }

  /// The edited text and, for each of its scalars, its offset in `text` (an inserted line
  /// break takes the offset of the scalar it stands before).
  func apply(to text: SourceText) -> (text: SourceText, offsets: [Int]) {
    let removals = removals.sorted { $0.lowerBound < $1.lowerBound }
    let breaks = Array(Set(breaks)).sorted()
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    scalars.reserveCapacity(text.count + breaks.count)
    offsets.reserveCapacity(text.count + breaks.count)
    var nextRemoval = 0
    var nextBreak = 0
    for index in 0..<text.count {
      while nextBreak < breaks.count, breaks[nextBreak] <= index {
        scalars.append("\n")
        offsets.append(index)
        nextBreak += 1
      }
      while nextRemoval < removals.count, removals[nextRemoval].upperBound <= index { nextRemoval += 1 }
      if nextRemoval < removals.count, removals[nextRemoval].contains(index) { continue }
      scalars.append(text.scalars[index])
      offsets.append(index)
    }
    return (SourceText(scalars: scalars), offsets)
  }
}

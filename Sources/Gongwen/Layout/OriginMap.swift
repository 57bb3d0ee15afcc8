/// Where each scalar of the logical text stood in the original text.
///
/// The pipeline after layout recovery works in logical offsets; the map turns its spans and
/// line numbers back into the original's once the document is built, so that the stages
/// need not know which layout the text came in.
struct OriginMap: Sendable {
  /// The original offset of each logical scalar (an inserted line break takes the offset of
  /// the scalar it was inserted before).
  let offsets: [Int]
  /// Where each original line starts, for line numbers.
  let originalLineStarts: [Int]
  let originalCount: Int

  init(offsets: [Int], original: SourceText) {
    self.offsets = offsets
    self.originalLineStarts = original.lineStarts
    self.originalCount = original.count
  }

  /// The original offset of logical offset `logical` (a start).
  func start(_ logical: Int) -> Int {
    logical < offsets.count ? offsets[logical] : originalCount
  }

  /// The original end of a logical range ending at `logical` (exclusive): just after the
  /// original scalar of its last logical scalar, so dropped scalars inside stay covered.
  func end(_ logical: Int, start logicalStart: Int) -> Int {
    logical > logicalStart ? offsets[logical - 1] + 1 : start(logicalStart)
  }

  func span(_ span: Span) -> Span {
    let start = start(span.start)
    return Span(start: start, end: end(span.end, start: span.start), line: line(containing: start))
  }

  /// The 1-based original line that holds original offset `offset`.
  func line(containing offset: Int) -> Int {
    SourceText.line(containing: offset, lineStarts: originalLineStarts)
  }

  /// The original line of logical line `number` of `logical`.
  func line(_ number: Int, of logical: SourceText) -> Int {
    guard number >= 1, number <= logical.lineStarts.count else { return number }
    return line(containing: start(logical.lineStarts[number - 1]))
  }
}

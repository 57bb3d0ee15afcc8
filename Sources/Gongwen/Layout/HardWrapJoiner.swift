/// Joins the lines of a hard-wrapped text (a copy out of a PDF, wrapped every 28–40
/// characters) back into paragraphs.
///
/// A text is hard-wrapped when many of its lines have the same width: the page's. A line
/// that fills the width continues on the next line unless the next line is blank, is
/// indented further than the text's margin, or starts with a heading marker; a line shorter
/// than the width ends its paragraph, whether or not it ends with punctuation (a heading,
/// the last line of a paragraph). Widths are measured both in scalars and in display
/// columns (``DisplayWidth``), whichever explains more lines.
struct HardWrapJoiner: Sendable {
  let text: SourceText

  /// A wrapped page is at least this wide, in scalars: narrower runs of equal lines are
  /// lists or tables.
  static let minWidth = 16
  /// A text is taken as wrapped only when at least this share of its lines that are
  /// followed by another line fill the width …
  static let minFullShare = 0.4
  /// … and at least this many do.
  static let minFullLines = 3

  private struct Line {
    var content: Range<Int>
    var indent: Int
    var scalars: Int
    var columns: Int
  }

  private enum Measure {
    case scalars(Int)
    case columns(Int)

    /// A line is full when a next scalar would not have fitted: in columns, a line one
    /// column short was stopped by a two-column ideograph.
    func isFull(_ line: Line) -> Bool {
      switch self {
      case .scalars(let width): line.scalars >= width && line.scalars <= width + 1
      case .columns(let width): line.columns >= width - 1 && line.columns <= width + 2
      }
    }
  }

  /// The edits that join each wrapped line to the next.
  func joins() -> LayoutEdits {
    var edits = LayoutEdits()
    let lines = text.lineStarts.indices.map { line($0 + 1) }
    guard let measure = width(of: lines) else { return edits }
    let margin = lines.lazy.filter { !$0.content.isEmpty }.map(\.indent).min() ?? 0
    for index in lines.indices.dropLast() {
      let current = lines[index]
      let next = lines[index + 1]
      guard !current.content.isEmpty, !next.content.isEmpty, measure.isFull(current), next.indent <= margin,
        HeadingMarker.read(text.folded, in: next.content) == nil
      else { continue }
      edits.remove(current.content.upperBound..<next.content.lowerBound)
    }
    return edits
  }

  private func line(_ number: Int) -> Line {
    let range = text.lineRange(number)
    let content = text.trimmed(range)
    var columns = 0
    for index in content { columns += DisplayWidth.columns(text.folded[index]) }
    return Line(content: content, indent: content.lowerBound - range.lowerBound, scalars: content.count, columns: columns)
  }

  /// The page width, when the text is wrapped: the width that the most lines followed by
  /// another line fill (counted from histograms, so that this stays linear in the text).
  private func width(of lines: [Line]) -> Measure? {
    var scalarCounts: [Int: Int] = [:]
    var columnCounts: [Int: Int] = [:]
    var candidates = 0
    for index in lines.indices.dropLast() where !lines[index].content.isEmpty && !lines[index + 1].content.isEmpty {
      candidates += 1
      scalarCounts[lines[index].scalars, default: 0] += 1
      columnCounts[lines[index].columns, default: 0] += 1
    }
    guard candidates >= Self.minFullLines else { return nil }
    func count(_ histogram: [Int: Int], _ widths: ClosedRange<Int>) -> Int {
      widths.reduce(0) { $0 + (histogram[$1] ?? 0) }
    }
    // Which widths fill which line lengths: see `Measure.isFull`.
    var best: (measure: Measure, full: Int, order: Int)?
    func consider(_ measure: Measure, _ full: Int, _ order: Int) {
      // Ties go to the wider, scalar-counted width (the tighter window), so the choice never
      // depends on the order of a dictionary.
      if best.map({ full > $0.full || (full == $0.full && order < $0.order) }) ?? true { best = (measure, full, order) }
    }
    for width in scalarCounts.keys where width >= Self.minWidth {
      consider(.scalars(width), count(scalarCounts, width...width + 1), -width)
    }
    for width in columnCounts.keys where width >= 2 * Self.minWidth {
      consider(.columns(width), count(columnCounts, width - 1...width + 2), 1_000_000 - width)
    }
    guard let best, best.full >= Self.minFullLines, Double(best.full) >= Self.minFullShare * Double(candidates) else {
      return nil
    }
    return best.measure
  }
}

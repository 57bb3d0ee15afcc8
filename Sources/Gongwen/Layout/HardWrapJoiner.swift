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
    let standsAlone = titlesStandAlone(lines, measure: measure)
    // The number of the last heading of each style that starts a logical line.
    var lastHeading: [HeadingStyle: Int] = [:]
    var startsLogicalLine = true
    for index in lines.indices {
      let current = lines[index]
      let marker = startsLogicalLine ? HeadingMarker.read(text.folded, in: current.content) : nil
      if let marker, let number = marker.number { lastHeading[marker.style] = number }
      startsLogicalLine = true
      guard index + 1 < lines.count, !current.content.isEmpty, measure.isFull(current) else { continue }
      let next = lines[index + 1]
      guard !next.content.isEmpty, next.indent <= margin else { continue }
      if let heading = HeadingMarker.read(text.folded, in: next.content), mayEndParagraph(current),
        heading.number.map({ $0 == 1 || lastHeading[heading.style] == $0 - 1 }) ?? true,
        standsAlone.contains(heading.style) || !readsAsWrappedSentence(index + 1, lines, measure)
      {
        continue
      }
      // Where this style's headings stand alone, one whose title fills the page goes on
      // only into the rest of its title: a short line with no sentence punctuation but at
      // its end. Where they open paragraphs ("（２）在高等学校…"), the line goes on.
      if let marker, standsAlone.contains(marker.style), !hasSentenceEnd(current.content),
        measure.isFull(next) || hasSentenceEnd(next.content.dropLast())
      {
        continue
      }
      edits.remove(current.content.upperBound..<next.content.lowerBound)
      startsLogicalLine = false
    }
    return edits
  }

  /// The heading styles whose headings this text sets as lines of their own (a title, the
  /// body below) rather than at the start of a paragraph, judged from the headings short
  /// enough not to be wrapped.
  private func titlesStandAlone(_ lines: [Line], measure: Measure) -> Set<HeadingStyle> {
    var votes: [HeadingStyle: Int] = [:]
    var previousFull = false
    for line in lines {
      defer { previousFull = !line.content.isEmpty && measure.isFull(line) }
      guard !previousFull, !measure.isFull(line), let marker = HeadingMarker.read(text.folded, in: line.content) else {
        continue
      }
      votes[marker.style, default: 0] += hasSentenceEnd(line.content.dropLast()) ? -1 : 1
    }
    return Set(votes.filter { $0.value > 0 }.keys)
  }

  /// Whether the line at `index` is the first of a wrapped sentence: it fills the page with
  /// no sentence end, and so does the next line or the sentence ends inside it. In a text
  /// whose headings do not stand alone, a marker on such a line is an item of a list run
  /// into the paragraph ("数额如下：（一）工业支出为…").
  private func readsAsWrappedSentence(_ index: Int, _ lines: [Line], _ measure: Measure) -> Bool {
    guard measure.isFull(lines[index]), !hasSentenceEnd(lines[index].content), index + 1 < lines.count else { return false }
    let next = lines[index + 1]
    return !next.content.isEmpty && (measure.isFull(next) || hasSentenceEnd(next.content.dropLast()))
  }

  /// Whether a line may be the last of a paragraph: it ends with punctuation that closes a
  /// sentence or a clause, or a closing quotation mark or bracket. A line cut in mid-word
  /// continues whatever the next line starts with ("…完成预算数的" + "（二）…" is a list).
  private func mayEndParagraph(_ line: Line) -> Bool {
    guard let last = line.content.last.map({ text.folded[$0] }) else { return true }
    return Scalar.isClauseEnd(last) || last == Scalar.rightDoubleQuote || last == Scalar.closeParen
      || last == Scalar.rightTitle || last == 0x3011
  }

  private func hasSentenceEnd(_ range: some Sequence<Int>) -> Bool {
    range.contains { Scalar.isTitleTerminator(text.folded[$0]) }
  }

  private func line(_ number: Int) -> Line {
    let range = text.lineRange(number)
    let content = text.trimmed(range)
    // The indent counts: the first line of an indented paragraph fills the page too.
    let filled = range.lowerBound..<content.upperBound
    var columns = 0
    for index in filled { columns += DisplayWidth.columns(text.scalars[index].value) }
    return Line(content: content, indent: content.lowerBound - range.lowerBound, scalars: filled.count, columns: columns)
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
    // The page width is the most common length (ties to the wider, so that the choice never
    // depends on a dictionary's order); of the two measures, the one whose width more lines
    // fill (see `Measure.isFull`).
    func mode(_ histogram: [Int: Int], atLeast minimum: Int) -> Int? {
      histogram.filter { $0.key >= minimum }.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
    var best: (measure: Measure, full: Int)?
    if let width = mode(scalarCounts, atLeast: Self.minWidth) {
      best = (.scalars(width), count(scalarCounts, width...width + 1))
    }
    if let width = mode(columnCounts, atLeast: 2 * Self.minWidth) {
      let full = count(columnCounts, width - 1...width + 2)
      if full > best?.full ?? 0 { best = (.columns(width), full) }
    }
    guard let best, best.full >= Self.minFullLines, Double(best.full) >= Self.minFullShare * Double(candidates) else {
      return nil
    }
    return best.measure
  }
}

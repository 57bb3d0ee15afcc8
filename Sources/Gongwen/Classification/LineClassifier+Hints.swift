/// Lines that come with a ``LineHint`` (a Word document's, Docs/Docx.md): read as a text
/// file's lines, then settled by the hint.
///
/// - A heading-style line with a marker (`一、总体要求` in Heading 1) is that marker's heading;
///   one without (`工作回顾` in Heading 2) is an unnumbered heading that ranks by its level, as
///   a markdown `##` heading does (`OutlineBuilder+Markdown.swift`).
/// - A title-style line is a paragraph, so that the framing rules take it as the title.
/// - A table row is a paragraph: `1.\t项目\t金额` is a cell's text, not a heading.
/// - A table of contents' entry is boilerplate.
extension LineClassifier {
  func classifyHinted(number: Int, hint: LineHint) -> [ClassifiedLine] {
    let range = text.trimmed(text.lineRange(number))
    switch hint {
    case .none:
      return classifyTextLine(number: number)
    case .tableRow:
      return [ClassifiedLine(number: number, range: range, kind: range.isEmpty ? .blank : .paragraph)]
    case .contents:
      return [ClassifiedLine(number: number, range: range, kind: range.isEmpty ? .blank : .boilerplate)]
    case .title:
      return [ClassifiedLine(number: number, range: range, kind: range.isEmpty ? .blank : .paragraph, isHeadingLike: isHeadingLike(range))]
    case .heading(let level):
      return [styledHeading(number: number, level: level, content: range)]
    }
  }

  /// A line its markup makes a heading at `level` (a `#` heading, a heading style): with a
  /// numbering marker, that marker's heading; without, an unnumbered heading titled by its
  /// text.
  func styledHeading(number: Int, level: Int, content: Range<Int>, classified: ClassifiedLine? = nil) -> ClassifiedLine {
    guard !content.isEmpty else { return ClassifiedLine(number: number, range: content, kind: .blank) }
    if case .heading(var heading) = (classified ?? classifyAlone(number: number, range: content)).kind,
      !heading.marker.range.isEmpty
    {
      heading.markdownLevel = level
      return ClassifiedLine(number: number, range: content, kind: .heading(heading))
    }
    if let marker = ordinalMarker(content) {
      let heading = HeadingLine(marker: marker, title: marker.textStart..<content.upperBound, body: nil, markdownLevel: level)
      return ClassifiedLine(number: number, range: content, kind: .heading(heading))
    }
    let start = content.lowerBound
    var title = content
    // "工作回顾：" — a trailing colon or full stop is punctuation, not title.
    if let last = title.last, Scalar.isTitleTerminator(text.folded[last]), title.count > 1 {
      title = title.lowerBound..<last
    }
    let marker = HeadingMarker(style: .part, number: nil, range: start..<start, textStart: start)
    return ClassifiedLine(
      number: number, range: content, kind: .heading(HeadingLine(marker: marker, title: title, body: nil, markdownLevel: level)))
  }
}

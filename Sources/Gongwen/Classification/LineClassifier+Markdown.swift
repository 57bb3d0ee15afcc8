/// Markdown lines (Docs/Guide.md, "Markdown"): one classified line per physical line.
///
/// - `#` … `######` headings are headings whatever their text: with a GB/T 9704 marker
///   (`## 一、总体要求`) they are read as that marker's heading; without one (`## 工作回顾`)
///   they are unnumbered headings whose rank `OutlineBuilder` takes from their level. Setext
///   headings (a short line underlined with `===` or `---`) are headings of level 1 and 2.
/// - A lone top heading at the very start (`# 2026年政府工作报告`, and no other heading of
///   its level or above) is the document's title, not a section.
/// - Bullets (`- `, `* `, `+ `) are paragraphs, never headings; their text starts after the
///   bullet. A numbered item (`1. 项`) is a paragraph inside a list (a list item on the line
///   above or below it); alone (`1. 精准开展督促检查` followed by its text) it is read as
///   plain text reads it, a heading.
/// - Emphasis around a line (`**一、总体要求**`) and `> ` quote marks are left out of its
///   range; a bold lead holding a marker (`**（一）明职责。**严格…`) is that heading, its
///   title inside the marks and the text after them its body.
/// - Rules (`---`, `***`) are boilerplate, and so are the YAML front matter's lines, whose
///   title and date `FrontMatterReader` reads.
extension LineClassifier {
  func classifyMarkdown() -> [ClassifiedLine] {
    let folded = text.folded
    let count = text.lineStarts.count
    let yaml = yamlLines()
    var syntax: [MarkdownLine] = []
    syntax.reserveCapacity(count)
    for index in 0..<count {
      let range = text.trimmed(text.lineRange(index + 1))
      syntax.append(yaml.contains(index) ? .plain(range) : MarkdownLine.read(folded, range))
    }
    // Setext headings: a short line right under a blank line (or the start) and right above
    // its underline. Under a sentence, "---" is a rule.
    var setextLevels = [Int?](repeating: nil, count: count)
    for index in syntax.indices.dropFirst() {
      guard case .rule(let level?) = syntax[index], case .plain(let above) = syntax[index - 1], !above.isEmpty,
        index < 2 || syntax[index - 2].isBlank || syntax[index - 2] == .rule(setextLevel: nil),
        above.count <= FramingRules.maxTitleLength, !Scalar.isClauseEnd(folded[above.upperBound - 1])
      else { continue }
      setextLevels[index - 1] = level
    }

    var lines: [ClassifiedLine] = []
    lines.reserveCapacity(count)
    for index in 0..<count {
      let number = index + 1
      switch syntax[index] {
      case .rule:
        lines.append(ClassifiedLine(number: number, range: text.trimmed(text.lineRange(number)), kind: .boilerplate))
      case .atxHeading(let level, let content):
        lines.append(markdownHeading(number: number, level: level, content: content))
      case .bullet(let content):
        let range = MarkdownLine.unwrappingEmphasis(folded, content)
        lines.append(ClassifiedLine(number: number, range: range, kind: range.isEmpty ? .blank : .paragraph))
      case .orderedItem(let range):
        let inList = index > 0 && syntax[index - 1].isListItem || index + 1 < count && syntax[index + 1].isListItem
        lines.append(inList ? ClassifiedLine(number: number, range: range, kind: .paragraph) : classifyAlone(number: number, range: range))
      case .plain(let range):
        if yaml.contains(index) {
          // Set aside before the title and salutation are looked for ("tags:" is no body
          // text); `FrontMatterReader` reads its title and date.
          lines.append(ClassifiedLine(number: number, range: range, kind: range.isEmpty ? .blank : .boilerplate))
        } else if let level = setextLevels[index] {
          lines.append(markdownHeading(number: number, level: level, content: range))
        } else {
          for piece in statuteHeadingPieces(range) { lines.append(plainMarkdownLine(number: number, range: piece)) }
        }
      }
    }
    return lines
  }

  /// The line indices of the YAML front matter: "---" as the first non-blank line, up to the
  /// next "---" (both included); empty when there is none.
  private func yamlLines() -> Range<Int> {
    let count = text.lineStarts.count
    func isFence(_ index: Int) -> Bool {
      let range = text.trimmed(text.lineRange(index + 1))
      return range.count == 3 && range.allSatisfy { text.folded[$0] == MarkdownLine.dash }
    }
    guard let open = (0..<count).first(where: { !text.trimmed(text.lineRange($0 + 1)).isEmpty }), isFence(open),
      let close = (open + 1..<count).first(where: isFence)
    else { return 0..<0 }
    return open..<close + 1
  }

  /// A `#` heading's line: with a numbering marker, that marker's heading; without, an
  /// unnumbered heading titled by its text.
  private func markdownHeading(number: Int, level: Int, content: Range<Int>) -> ClassifiedLine {
    let content = MarkdownLine.unwrappingEmphasis(text.folded, content)
    guard !content.isEmpty else { return ClassifiedLine(number: number, range: content, kind: .blank) }
    // "## 工作回顾" is read as a heading-style line of a Word document is.
    return styledHeading(
      number: number, level: level, content: content, classified: plainMarkdownLine(number: number, range: content))
  }

  /// A line with no block markup: emphasis wrapped around it is left out, and a bold lead
  /// that holds a heading marker makes the line that heading.
  private func plainMarkdownLine(number: Int, range: Range<Int>) -> ClassifiedLine {
    let folded = text.folded
    if let lead = MarkdownLine.boldLead(folded, range), let marker = HeadingMarker.read(folded, in: lead.inner),
      !marker.range.isEmpty
    {
      var heading = InlineHeadingSplitter.split(folded, marker: marker, line: lead.inner)
      if !lead.rest.isEmpty {
        heading.body = heading.body.map { $0.lowerBound..<range.upperBound } ?? lead.rest
      }
      return ClassifiedLine(number: number, range: range, kind: .heading(heading))
    }
    return classifyAlone(number: number, range: MarkdownLine.unwrappingEmphasis(folded, range))
  }

  /// A lone top heading with no marker at the start of the document (`# 2026年政府工作报告`,
  /// no other heading at its level or above) is the title: a paragraph the front matter
  /// reader takes as such.
  ///
  /// Run after the boilerplate in context is marked: a site's watermark above the title does
  /// not make it stand in the body.
  func markMarkdownTitle(_ lines: inout [ClassifiedLine]) {
    let first = lines.firstIndex { $0.kind != .blank && $0.kind != .boilerplate }
    guard let first, case .heading(let heading) = lines[first].kind, heading.isUnnumberedMarkdown,
      let level = heading.markdownLevel
    else { return }
    let others = lines.indices.contains { index in
      guard index != first, case .heading(let other) = lines[index].kind, let otherLevel = other.markdownLevel else {
        return false
      }
      return otherLevel <= level
    }
    guard !others else { return }
    let range = lines[first].range
    lines[first] = ClassifiedLine(number: lines[first].number, range: range, kind: .paragraph, isHeadingLike: isHeadingLike(range))
  }
}

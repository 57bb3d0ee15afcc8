/// Builds the section tree from classified lines.
///
/// Headings nest by the rank of their marker style (一、 above （一） above 1. above （1）),
/// not by their position in a fixed sequence, so skipped levels (1. directly under 一、) and
/// items numbered on across parents (1.–21. under six 一、) nest correctly. A heading whose
/// number goes backwards against an open heading of the same style (一、 inside 三、) is a
/// list quoted in the body, not a new section.
///
/// In a statute, a 第X条 article keeps its clauses （一）（二） and items 1. 2. as paragraphs
/// (their markers become enumerations), and an ordinal heading (第一，…) ranks just below the
/// section it stands in.
///
/// In markdown, a `#` heading is a heading wherever it stands; one without a marker ranks by
/// its number of `#`s (`OutlineBuilder+Markdown.swift`), and short lines are not guessed to be
/// unnumbered headings when the document marks its headings with `#`.
struct OutlineBuilder {
  let text: SourceText
  let lines: [ClassifiedLine]

  struct Result {
    var outline: Outline
    var diagnostics: [Diagnostic]
    /// Every stretch of report text (titles and paragraphs) with the section it belongs to,
    /// in document order: what the extractors read.
    var units: [TextUnit]
    /// Where the title line stands, when there is one.
    var titleRange: Range<Int>?
    /// Where each line of `outline.boilerplate` stands.
    var boilerplateRanges: [Range<Int>] = []
    /// Where the dateline's lines stand (set by `DocumentReader`).
    var datelineRanges: [Range<Int>] = []
    /// Where the title's lines stand (set by `DocumentReader`).
    var titleRanges: [Range<Int>] = []
  }

  /// A section under construction; `children` index into `nodes`.
  private struct Node {
    var marker: String
    var style: HeadingStyle
    var number: Int?
    var title: String?
    /// Where the node ranks: its style's rank times ``rankScale``; an ordinal heading ranked
    /// just below the section it stands in and an unnumbered markdown heading fall between. A
    /// heading closes every open node of the same or a lower rank (a higher number).
    var rank: Int
    /// The range of the title in the text, when it has one.
    var titleRange: Range<Int>?
    var headingStart: Int
    var line: Int
    var contentEnd: Int
    var paragraphs: [Paragraph] = []
    var children: [Int] = []
  }

  /// Room between two styles' ranks for the headings ranked between them.
  static let rankScale = 8

  func build() -> Result {
    var outline = Outline()
    let markdownRanks = markdownLevelRanks()
    // A document that marks its headings with # has no unnumbered headings to guess.
    let guessesUnnumbered = markdownRanks.isEmpty
    var titleRange: Range<Int>?
    var diagnostics: [Diagnostic] = []
    var nodes: [Node] = []
    var roots: [Int] = []
    var stack: [Int] = []
    // Short lines before the body starts (a speech's subtitle, the speaker's name) are front
    // matter, never unnumbered headings.
    var bodyStarted = false
    // Whether the last content line closed a sentence or was a heading: a short line after
    // an unfinished line ("在聽了劉少奇同志") is the rest of that sentence, not a heading.
    var afterBreak = true
    // A part opened by a bare label ("附件1") takes the next short line as its title.
    var partAwaitingTitle: Int?
    // Text ranges and the node (nil: preamble) they belong to.
    var unitNodes: [(range: Range<Int>, node: Int?)] = []
    var boilerplateRanges: [Range<Int>] = []

    func attach(_ paragraph: Paragraph) {
      unitNodes.append((paragraph.span.start..<paragraph.span.end, stack.last))
      if let open = stack.last {
        nodes[open].paragraphs.append(paragraph)
        for index in stack { nodes[index].contentEnd = max(nodes[index].contentEnd, paragraph.span.end) }
      } else {
        outline.preamble.append(paragraph)
      }
    }

    func open(
      style: HeadingStyle, marker: String, number: Int?, title: Range<Int>, line: ClassifiedLine, rank fixedRank: Int? = nil
    ) {
      let rank = fixedRank ?? rank(of: style, stack: stack, nodes: nodes)
      while let top = stack.last, nodes[top].rank >= rank { stack.removeLast() }
      let node = Node(
        marker: marker, style: style, number: number, title: title.isEmpty ? nil : text.string(title), rank: rank,
        titleRange: title.isEmpty ? nil : title, headingStart: line.range.lowerBound, line: line.number,
        contentEnd: line.range.upperBound)
      nodes.append(node)
      let index = nodes.count - 1
      if let parent = stack.last { nodes[parent].children.append(index) } else { roots.append(index) }
      for open in stack { nodes[open].contentEnd = max(nodes[open].contentEnd, line.range.upperBound) }
      stack.append(index)
      if !title.isEmpty { unitNodes.append((title, index)) }
    }

    for (position, line) in lines.enumerated() {
      if line.kind == .blank { continue }
      if line.kind == .boilerplate {
        outline.boilerplate.append(BoilerplateLine(text: text.string(line.range), line: line.number))
        boilerplateRanges.append(line.range)
        continue
      }
      if line.kind == .frontMatter {
        unitNodes.append((line.range, nil))
        continue
      }
      // Headings and framing lines end with a break; body text only at sentence end.
      var opened = false
      defer { afterBreak = line.kind != .paragraph || opened || endsSentence(line) }
      if let part = partAwaitingTitle {
        partAwaitingTitle = nil
        // The title line may itself be a back-matter label ("附件2" / "名词解释").
        var isLabel = false
        if case .heading(let heading) = line.kind, heading.marker.style == .part, heading.marker.range.isEmpty {
          isLabel = true
        }
        if line.kind == .paragraph && line.isHeadingLike || isLabel {
          nodes[part].title = text.string(line.range)
          nodes[part].titleRange = line.range
          nodes[part].contentEnd = line.range.upperBound
          unitNodes.append((line.range, part))
          continue
        }
      }
      switch line.kind {
      case .blank, .boilerplate, .frontMatter:
        continue
      case .title:
        outline.title = text.string(line.range)
        titleRange = line.range
        unitNodes.append((line.range, nil))
      case .salutation:
        outline.salutation = paragraph(line.range)
        bodyStarted = true
      case .closing:
        if let previous = outline.closing {
          outline.closing = paragraph(previous.span.start..<line.range.upperBound)
        } else {
          outline.closing = paragraph(line.range)
        }
      case .heading(let heading):
        // A statute's clauses stay in their article; an ordinal heading only stands between
        // paragraphs ("第一，全国动员，大办农业" after a sentence, before its text).
        // A markdown heading is a heading because the author marked it: the guards for lines
        // that only look like headings do not apply.
        let isMarkdown = heading.markdownLevel != nil
        let isClause = heading.marker.style > .article && stack.contains { nodes[$0].style == .article }
        let isLoneOrdinal = heading.marker.style == .ordinal && heading.body == nil && !isMarkdown
          && !(afterBreak && nextContentLine(after: position)?.kind == .paragraph)
        if isClause || isLoneOrdinal {
          bodyStarted = true
          attach(paragraph(line.range))
          continue
        }
        if heading.isUnnumberedMarkdown, let level = heading.markdownLevel {
          bodyStarted = true
          open(style: .part, marker: "", number: nil, title: heading.title, line: line, rank: markdownRanks[level])
          continue
        }
        if !isMarkdown, let reason = outOfSequence(heading.marker, stack: stack, nodes: nodes) {
          diagnostics.append(Diagnostic(severity: .info, code: "outline.outOfSequence", message: reason, line: line.number))
          attach(paragraph(line.range))
          continue
        }
        let marker = heading.marker
        bodyStarted = true
        if !isMarkdown, closesReviewPart(before: heading, stack: stack, nodes: nodes, units: unitNodes) { stack.removeAll() }
        open(style: marker.style, marker: text.string(marker.range), number: marker.number, title: heading.title, line: line)
        if let body = heading.body { attach(paragraph(body)) }
        if marker.style == .part, heading.title.isEmpty { partAwaitingTitle = stack.last }
      case .paragraph:
        let next = nextContentLine(after: position)
        if guessesUnnumbered, bodyStarted, afterBreak, line.isHeadingLike, startsUnnumberedPart(before: next, stack: stack, nodes: nodes) {
          open(style: .part, marker: "", number: nil, title: line.range, line: line)
          opened = true
        } else {
          bodyStarted = bodyStarted || isBodyText(line.range)
          attach(paragraph(line.range))
        }
      }
    }

    var references = [SectionReference](repeating: .preamble, count: nodes.count)
    outline.sections = roots.enumerated().map { offset, root in
      section(root, id: "\(offset + 1)", level: 1, path: [], nodes: nodes, references: &references)
    }
    let units = unitNodes.map { unit in
      TextUnit(range: unit.range, section: unit.node.map { references[$0] } ?? .preamble)
    }
    return Result(
      outline: outline, diagnostics: diagnostics, units: units, titleRange: titleRange,
      boilerplateRanges: boilerplateRanges)
  }

  private func paragraph(_ range: Range<Int>) -> Paragraph {
    Paragraph(text: text.string(range), span: text.span(range))
  }

  private func section(
    _ index: Int, id: String, level: Int, path: [String], nodes: [Node],
    references: inout [SectionReference]
  ) -> Section {
    let node = nodes[index]
    let path = path + [node.title ?? node.marker]
    references[index] = SectionReference(sectionId: id, sectionPath: path)
    let children = node.children.enumerated().map { offset, child in
      section(child, id: "\(id).\(offset + 1)", level: level + 1, path: path, nodes: nodes, references: &references)
    }
    return Section(
      id: id, level: level, marker: node.marker, style: node.style, number: node.number,
      title: node.title, span: Span(start: node.headingStart, end: node.contentEnd, line: node.line),
      paragraphs: node.paragraphs, children: children)
  }

  /// Where a heading of `style` ranks (see ``Node/rank``). An ordinal heading takes the rank
  /// of an open ordinal heading (its sibling), else ranks just below the innermost open
  /// section, else just above 一、.
  private func rank(of style: HeadingStyle, stack: [Int], nodes: [Node]) -> Int {
    guard style == .ordinal else { return style.rank * Self.rankScale }
    if let open = stack.last(where: { nodes[$0].style == .ordinal }) { return nodes[open].rank }
    if let top = stack.last { return nodes[top].rank + Self.rankScale / 2 }
    return HeadingStyle.chineseComma.rank * Self.rankScale - Self.rankScale / 2
  }

  /// Whether the list that a numbered heading opens belongs after an unnumbered review part
  /// rather than inside it: the part names a year ("首先报告２００１年的工作") and the heading,
  /// or the paragraph that leads into it, names a later year, 明年, or 今年 with a plan cue
  /// ("今年政府工作的主要任务是："). The part then ends and the list stands beside it.
  private func closesReviewPart(
    before heading: HeadingLine, stack: [Int], nodes: [Node], units: [(range: Range<Int>, node: Int?)]
  ) -> Bool {
    guard heading.marker.number == 1, heading.marker.style != .part, let top = stack.last, stack.count == 1,
      nodes[top].marker.isEmpty, nodes[top].style == .part, nodes[top].children.isEmpty,
      let titleRange = nodes[top].titleRange,
      let partYear = PeriodMention.first(in: text, range: titleRange, leading: false)?.year
    else { return false }
    // A part that is itself a plan ("2026年重点工作") holds this year's tasks.
    let planCues = UnnumberedHeadingWords.planCues
    if titleRange.contains(where: { planCues.longestMatch(in: text.folded, at: $0, limit: titleRange.upperBound) != nil }) {
      return false
    }
    func looksAhead(_ range: Range<Int>, planCueNeeded: Bool) -> Bool {
      var saysThisYear = false
      for index in range {
        guard let mention = PeriodMention.first(in: text, range: index..<range.upperBound, leading: true) else { continue }
        if let year = mention.year, year > partYear { return true }
        if let ahead = mention.yearsAhead { if ahead >= 1 { return true } else { saysThisYear = true } }
      }
      guard planCueNeeded, saysThisYear else { return false }
      return range.contains { planCues.longestMatch(in: text.folded, at: $0, limit: range.upperBound) != nil }
    }
    if looksAhead(heading.title, planCueNeeded: false) { return true }
    guard let lead = units.last, lead.node == top, lead.range != titleRange else { return false }
    return looksAhead(lead.range, planCueNeeded: true)
  }

  /// Why a heading cannot continue the tree: its number goes back against the open heading of
  /// the same style (一、 while 三、 is open), so it is a list quoted in the body.
  private func outOfSequence(_ marker: HeadingMarker, stack: [Int], nodes: [Node]) -> String? {
    guard let number = marker.number,
      let open = stack.last(where: { nodes[$0].style == marker.style }),
      let openNumber = nodes[open].number, number < openNumber
    else { return nil }
    return "heading \(number) after \(openNumber) of the same style is read as body text"
  }

  /// Whether a line leaves the reader at a sentence boundary.
  private func endsSentence(_ line: ClassifiedLine) -> Bool {
    guard let last = line.range.last else { return true }
    let value = text.folded[last]
    return Scalar.isTitleTerminator(value) || value == Scalar.rightDoubleQuote || value == 0x2026
  }

  /// A line that reads as running text: long, or ending in clause punctuation.
  private func isBodyText(_ range: Range<Int>) -> Bool {
    guard let last = range.last else { return false }
    return range.count > FramingRules.maxTitleLength || Scalar.isClauseEnd(text.folded[last])
  }

  private func nextContentLine(after position: Int) -> ClassifiedLine? {
    var cursor = position + 1
    while cursor < lines.count {
      switch lines[cursor].kind {
      case .blank, .boilerplate: cursor += 1
      default: return lines[cursor]
      }
    }
    return nil
  }

  /// Whether a short unpunctuated line is an unnumbered part heading ("2026年重点工作",
  /// "2022年工作计划"): it must be followed by body text or a heading, and either no numbered
  /// section is open or the next heading restarts a numbering that is open.
  private func startsUnnumberedPart(before next: ClassifiedLine?, stack: [Int], nodes: [Node]) -> Bool {
    guard let next else { return false }
    switch next.kind {
    case .paragraph:
      // A next line that starts with a comma continues a sentence broken across lines.
      guard !next.isHeadingLike, !Scalar.isClauseEnd(text.folded[next.range.lowerBound]) else { return false }
      return stack.allSatisfy { nodes[$0].style == .part }
    case .heading(let heading):
      let marker = heading.marker
      if stack.allSatisfy({ nodes[$0].style == .part }) { return marker.style != .part }
      guard let number = marker.number,
        let open = stack.last(where: { nodes[$0].style == marker.style }),
        let openNumber = nodes[open].number
      else { return false }
      return number == 1 && openNumber >= 2
    default:
      return false
    }
  }
}

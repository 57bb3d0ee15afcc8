/// Classifies every line of a report: heading, body paragraph, title, speech framing,
/// boilerplate or blank.
///
/// Most lines are classified on their own; boilerplate and framing also look at their
/// neighbours (a watermark repeated next to an ad, the block of ads at the end).
///
/// A markdown text (``InputFormat/markdown``) is read line by line by
/// `LineClassifier+Markdown.swift` first: `#` headings, list items, quotes and rules.
///
/// A Word document's lines come with ``LineHint``s from its markup (heading styles, tables):
/// `LineClassifier+Hints.swift`.
struct LineClassifier: Sendable {
  let text: SourceText
  var format: InputFormat = .plainText
  /// A hint per line (index 0 for line 1), or empty: the markup's word on each line.
  var hints: [LineHint] = []

  func classify() -> [ClassifiedLine] {
    var lines: [ClassifiedLine] = []
    if format == .markdown {
      lines = classifyMarkdown()
    } else {
      lines.reserveCapacity(text.lineStarts.count)
      for number in text.lineStarts.indices.map({ $0 + 1 }) {
        if number <= hints.count, hints[number - 1] != .none {
          lines.append(contentsOf: classifyHinted(number: number, hint: hints[number - 1]))
          continue
        }
        for unit in paragraphUnits(ofLine: number) {
          for piece in statuteHeadingPieces(unit) { lines.append(classifyAlone(number: number, range: piece)) }
        }
      }
    }
    markRepeatedWatermarks(&lines)
    markTrailingAdBlock(&lines)
    markLetterSpacedCopies(&lines)
    if format == .markdown { markMarkdownTitle(&lines) }
    markFraming(&lines)
    return lines
  }

  // MARK: - Each line alone

  /// A plain-text line's classified lines: one per paragraph run into it, and per statute
  /// heading set on it.
  func classifyTextLine(number: Int) -> [ClassifiedLine] {
    var lines: [ClassifiedLine] = []
    for unit in paragraphUnits(ofLine: number) {
      for piece in statuteHeadingPieces(unit) { lines.append(classifyAlone(number: number, range: piece)) }
    }
    return lines
  }

  /// The paragraphs a physical line holds: usually the line itself, but texts scraped from
  /// the web often run paragraphs together on one line, each indented with two ideographic
  /// spaces ("同志们：　　这次会议…　　刚才…").
  private func paragraphUnits(ofLine number: Int) -> [Range<Int>] {
    let line = text.lineRange(number)
    var units: [Range<Int>] = []
    var unitStart = line.lowerBound
    var index = line.lowerBound
    var seenText = false
    while index < line.upperBound {
      if text.scalars[index].value == 0x3000, index + 1 < line.upperBound, text.scalars[index + 1].value == 0x3000, seenText {
        units.append(unitStart..<index)
        unitStart = index
        seenText = false
        while index < line.upperBound, text.scalars[index].value == 0x3000 { index += 1 }
        continue
      }
      if !Scalar.isSpace(text.folded[index]) { seenText = true }
      index += 1
    }
    units.append(unitStart..<line.upperBound)
    return units
  }

  /// A statute sets a chapter's (or 节's) heading and its first article on one line
  /// ("第一章　总则　第一条　为规范…", "第一章总则第一条为了…"): the line is cut before each
  /// 第X节 or 第X条 that follows a short heading title, so that each is read as a heading.
  /// Texts with two ideographic spaces between them are already cut by ``paragraphUnits``.
  func statuteHeadingPieces(_ unit: Range<Int>) -> [Range<Int>] {
    let folded = text.folded
    var pieces: [Range<Int>] = []
    var rest = text.trimmed(unit)
    while let marker = HeadingMarker.read(folded, in: rest), marker.style == .chapter || marker.style == .division
      || marker.style == .part && folded[rest.lowerBound] == 0x7B2C
    {
      let window = min(rest.upperBound, marker.textStart + Self.maxStatuteHeadingTitle + 1)
      var cut: Int?
      var index = marker.textStart + 1
      while index < window {
        let value = folded[index]
        if Scalar.isTitleTerminator(value) || value == 0x2C { break }
        if value == 0x7B2C, let inner = HeadingMarker.read(folded, in: index..<rest.upperBound),
          inner.style == .article || inner.style == .division, inner.style > marker.style
        {
          cut = index
          break
        }
        index += 1
      }
      guard let cut else { break }
      pieces.append(text.trimmed(rest.lowerBound..<cut))
      rest = cut..<rest.upperBound
    }
    pieces.append(rest)
    return pieces
  }

  /// A chapter's title on the line of its first article is at most this long ("总则",
  /// "监督管理与法律责任").
  static let maxStatuteHeadingTitle = 16

  func classifyAlone(number: Int, range line: Range<Int>) -> ClassifiedLine {
    let range = text.trimmed(line)
    guard !range.isEmpty else { return ClassifiedLine(number: number, range: range, kind: .blank) }
    let folded = text.folded
    if range.count <= BoilerplateRules.maxMarkedLineLength, BoilerplateRules.isBoilerplate(folded, range) {
      return ClassifiedLine(number: number, range: range, kind: .boilerplate)
    }
    if let marker = HeadingMarker.read(folded, in: range) {
      let heading = InlineHeadingSplitter.split(folded, marker: marker, line: range)
      return ClassifiedLine(number: number, range: range, kind: .heading(heading))
    }
    let headingLike = isHeadingLike(range)
    if headingLike, let marker = ordinalMarker(range) {
      // The outline builder keeps it a heading only between paragraphs.
      let heading = HeadingLine(marker: marker, title: marker.textStart..<range.upperBound, body: nil)
      return ClassifiedLine(number: number, range: range, kind: .heading(heading))
    }
    return ClassifiedLine(number: number, range: range, kind: .paragraph, isHeadingLike: headingLike)
  }

  /// 第一， opening a short heading-like line ("第一，全国动员，大办农业"): an ordinal heading
  /// (第一、 is read by ``HeadingMarker``). Not a bare "第一，", nor "第一，坚持…。" (a sentence
  /// with its list, which ``EnumerationFinder`` reads).
  func ordinalMarker(_ range: Range<Int>) -> HeadingMarker? {
    let folded = text.folded
    guard folded[range.lowerBound] == 0x7B2C,
      let numeral = ChineseNumeral.parse(folded, at: range.lowerBound + 1, limit: range.upperBound), numeral.length <= 2
    else { return nil }
    let separator = range.lowerBound + 1 + numeral.length
    guard separator + 1 < range.upperBound, folded[separator] == 0x2C else { return nil }
    var textStart = separator + 1
    while textStart < range.upperBound, Scalar.isSpace(folded[textStart]) { textStart += 1 }
    guard textStart < range.upperBound, !ChineseNumeral.isNumeral(folded[textStart]) else { return nil }
    return HeadingMarker(
      style: .ordinal, number: numeral.integer, range: range.lowerBound..<separator + 1, textStart: textStart)
  }

  /// Short, with no sentence punctuation anywhere and no clause punctuation at the end.
  func isHeadingLike(_ range: Range<Int>) -> Bool {
    guard range.count <= FramingRules.maxUnnumberedHeadingLength else { return false }
    let folded = text.folded
    guard let last = range.last.map({ folded[$0] }), !Scalar.isClauseEnd(last) else { return false }
    if folded[range.lowerBound] == 0x2014 { return false }  // ——2026年1月25日在…
    var ideographs = 0
    for index in range {
      let value = folded[index]
      if value == Scalar.ideographicFullStop || value == 0x21 || value == 0x3F || value == Scalar.semicolon {
        return false
      }
      if Scalar.isIdeograph(value) { ideographs += 1 }
    }
    return ideographs >= 2
  }

  private func foldedString(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    for index in range {
      if let scalar = Unicode.Scalar(text.folded[index]) { view.append(scalar) }
    }
    return String(view)
  }

  // MARK: - Boilerplate in context

  /// A short line repeated in the document and standing next to boilerplate at least once is
  /// a watermark (a site's name at the top and bottom of every page).
  ///
  /// Page footers do not count as that boilerplate, and a watermark reads as a name: it holds
  /// two letters or more and does not end in punctuation. A footer falls between any two
  /// paragraphs, so next to a footer stand report lines that repeat ("各位代表！" in a speech,
  /// "2.5" in a table); counting footers took them all out of the report.
  private func markRepeatedWatermarks(_ lines: inout [ClassifiedLine]) {
    var occurrences: [String: [Int]] = [:]
    for (index, line) in lines.enumerated()
    where line.kind == .paragraph && line.range.count <= BoilerplateRules.maxWatermarkLength && isNameLike(line.range) {
      occurrences[foldedString(line.range), default: []].append(index)
    }
    // Marking one group can make another touch boilerplate, so mark until nothing changes:
    // the result is then the same whatever order the groups come in (a single pass over the
    // dictionary's values, whose order varies from run to run, gave different outputs).
    var groups = occurrences.values.filter { $0.count >= 2 }
    var changed = true
    while changed {
      changed = false
      groups.removeAll { indices in
        let touchesBoilerplate = indices.contains { index in
          isAdOrNotice(neighbour(of: index, in: lines, step: -1)) || isAdOrNotice(neighbour(of: index, in: lines, step: 1))
        }
        guard touchesBoilerplate else { return false }
        for index in indices { lines[index].kind = .boilerplate }
        changed = true
        return true
      }
    }
  }

  /// Boilerplate other than a page footer ("第 3 页 共 12 页", "- 3 -").
  private func isAdOrNotice(_ line: ClassifiedLine?) -> Bool {
    guard let line, line.kind == .boilerplate else { return false }
    return !isPageFooter(line)
  }

  private func isPageFooter(_ line: ClassifiedLine) -> Bool {
    line.kind == .boilerplate && line.range.count <= BoilerplateRules.maxPageFooterLength
      && BoilerplateRules.isPageFooter(text.folded, line.range)
  }

  /// At least two ideographs or Latin letters, and no clause punctuation at the end: a site's
  /// name ("某某文库"), not a line of the report ("各位代表！", "2.5").
  private func isNameLike(_ range: Range<Int>) -> Bool {
    let folded = text.folded
    guard let last = range.last, !Scalar.isClauseEnd(folded[last]) else { return false }
    var letters = 0
    for index in range {
      let value = folded[index]
      if Scalar.isIdeograph(value) || (value | 0x20) &- 0x61 < 26 { letters += 1 }
    }
    return letters >= 2
  }

  /// The first non-blank line before (`step` -1) or after (+1) `index`.
  private func neighbour(of index: Int, in lines: [ClassifiedLine], step: Int) -> ClassifiedLine? {
    var cursor = index + step
    while lines.indices.contains(cursor) {
      if lines[cursor].kind != .blank { return lines[cursor] }
      cursor += step
    }
    return nil
  }

  /// Ads pasted after the report: when the report ends in a block of short lines that holds
  /// boilerplate at its very end or twice, everything from its first boilerplate line on is
  /// boilerplate too ("自建平台、实时分享" between two ads).
  ///
  /// Page footers are passed over: the last page's footer stands among the report's last
  /// lines (the signature, the date), which an ad after it must not take along.
  private func markTrailingAdBlock(_ lines: inout [ClassifiedLine]) {
    var firstBoilerplate: Int?
    var boilerplateCount = 0
    var endsInBoilerplate: Bool?
    scan: for index in lines.indices.reversed() {
      let line = lines[index]
      if line.kind == .blank || isPageFooter(line) { continue }
      if endsInBoilerplate == nil { endsInBoilerplate = line.kind == .boilerplate }
      switch line.kind {
      case .blank: continue
      case .boilerplate:
        firstBoilerplate = index
        boilerplateCount += 1
      case .paragraph where line.range.count <= Self.maxTrailingAdLineLength: continue
      default: break scan
      }
    }
    guard let start = firstBoilerplate, endsInBoilerplate == true || boilerplateCount >= 2 else { return }
    for index in start..<lines.count where lines[index].kind == .paragraph {
      lines[index].kind = .boilerplate
    }
  }

  static let maxTrailingAdLineLength = 60

  /// A letter-spaced line followed by the same text unspaced is a copy of it: sharing sites
  /// set the title out ("工 作 总 结") above the title itself ("工作总结"). Only the spaced
  /// copy is boilerplate (whatever the plain line is: a spaced copy of an ad is an ad too); a
  /// spaced line that no plain copy follows stays what it is.
  private func markLetterSpacedCopies(_ lines: inout [ClassifiedLine]) {
    for index in lines.indices where lines[index].kind == .paragraph && isLetterSpaced(lines[index].range) {
      guard let next = lines[(index + 1)...].first(where: { $0.kind != .blank }), sameLetters(lines[index].range, next.range)
      else { continue }
      lines[index].kind = .boilerplate
    }
  }

  /// Two letters or more, and a space between every two of them (one or more spaces; U+3000
  /// folds to a space). Punctuation may cling to a letter: "各 位 代 表：".
  private func isLetterSpaced(_ range: Range<Int>) -> Bool {
    let folded = text.folded
    var letters = 0
    var previousWasLetter = false
    for index in range {
      if Scalar.isClauseEnd(folded[index]) || folded[index] == Scalar.colon { continue }
      let isLetter = !Scalar.isSpace(folded[index])
      if isLetter, previousWasLetter { return false }
      if isLetter { letters += 1 }
      previousWasLetter = isLetter
    }
    return letters >= 2
  }

  /// Whether the two lines hold the same scalars once spaces are dropped.
  private func sameLetters(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
    let folded = text.folded
    var cursor = second.lowerBound
    for index in first where !Scalar.isSpace(folded[index]) {
      while cursor < second.upperBound, Scalar.isSpace(folded[cursor]) { cursor += 1 }
      guard cursor < second.upperBound, folded[cursor] == folded[index] else { return false }
      cursor += 1
    }
    while cursor < second.upperBound, Scalar.isSpace(folded[cursor]) { cursor += 1 }
    return cursor == second.upperBound
  }

  // MARK: - Framing

  private func markFraming(_ lines: inout [ClassifiedLine]) {
    let firstHeading = lines.firstIndex { if case .heading = $0.kind { true } else { false } } ?? lines.count
    var seenTitle = false
    for index in 0..<firstHeading where lines[index].kind == .paragraph {
      let line = lines[index]
      let string = foldedString(line.range)
      if FramingRules.isSalutation(string, length: line.range.count) {
        lines[index].kind = .salutation
        break
      }
      let isBody = line.range.count > FramingRules.maxTitleLength
        || line.range.last.map { Scalar.isClauseEnd(text.folded[$0]) } ?? false
      if isBody { break }
      if !seenTitle, line.isHeadingLike || isTitleLike(line.range) {
        lines[index].kind = .title
        seenTitle = true
      }
    }
    markClosing(&lines)
  }

  private func isTitleLike(_ range: Range<Int>) -> Bool {
    let first = text.folded[range.lowerBound]
    return first != 0x2014 && first != Scalar.openParen && range.count <= FramingRules.maxTitleLength
  }

  private func markClosing(_ lines: inout [ClassifiedLine]) {
    var index = lines.count - 1
    var found = 0
    while index >= 0, found < FramingRules.maxClosingLines {
      let line = lines[index]
      if line.kind == .blank || line.kind == .boilerplate {
        index -= 1
        continue
      }
      guard line.kind == .paragraph,
        FramingRules.isClosing(foldedString(line.range), length: line.range.count)
      else { return }
      lines[index].kind = .closing
      found += 1
      index -= 1
    }
  }
}

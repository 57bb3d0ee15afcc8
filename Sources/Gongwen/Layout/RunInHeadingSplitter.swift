/// Finds the headings that run on after a sentence in a long line ("…提几点意见。一、关于…")
/// and breaks the line before each, and after its title, so that they stand on lines of
/// their own as in a report laid out by hand.
///
/// Only run-on lines are searched — lines of at least ``minRunOnLine`` scalars that together
/// hold most of the text, as in a speech stored as one line. In a report laid out line by
/// line, a "。（三）" inside a paragraph is a list in the running text ("各类收入的情况如下：
/// （一）…。（二）…"), never a heading.
///
/// A marker after a sentence end is a heading only when its numbering runs on with
/// another heading of the same style — the one before it is numbered one less, or the one
/// after it one more — so a stray "。3、" is not. Markers inside quotation
/// marks, 《》 or brackets (a quoted list) are never candidates, nor are those after a
/// semicolon; in a table of contents ("报告分六个部分：一、…；二、…") only the first item
/// follows a colon, and it has no second to run on with. Where the title ends is ``RunInHeadingTitle``'s call; when it cannot tell, the
/// heading stays untitled rather than taking the body's first words.
struct RunInHeadingSplitter: Sendable {
  let text: SourceText

  private struct Marker {
    enum Position {
      /// The heading starts its line.
      case lineStart(HeadingMarker)
      /// The heading follows a sentence inside its line.
      case runIn(HeadingMarker)
    }

    var style: HeadingStyle
    var number: Int
    var position: Position
    var lineEnd: Int
    /// How many sentence ends and colons of run-on lines come before the marker.
    var sentenceEndsBefore = 0
    /// Whether a colon introduces the marker.
    var afterColon = false
  }

  /// A line this long is a run-on line: a paragraph is rarely over a thousand scalars.
  static let minRunOnLine = 1000
  /// Run-on lines must hold at least this share of the text.
  static let minRunOnShare = 0.5

  func breaks() -> LayoutEdits {
    guard isRunOn() else { return LayoutEdits() }
    let (markers, parts) = markers()
    var edits = LayoutEdits()
    // An unnumbered part heading stands on a line of its own; the outline builder decides
    // whether it opens a part, as it does for one laid out by hand.
    for part in parts {
      edits.insertBreak(before: part.lowerBound)
      edits.insertBreak(before: part.upperBound)
    }
    var previousOfStyle: [HeadingStyle: Int] = [:]
    var nextOfStyle = [Int?](repeating: nil, count: markers.count)
    var following: [HeadingStyle: Int] = [:]
    for index in markers.indices.reversed() {
      nextOfStyle[index] = following[markers[index].style]
      following[markers[index].style] = index
    }
    let listItems = listItems(markers)
    var innerOfStyle: [HeadingStyle: Int] = [:]
    for (index, marker) in markers.enumerated() {
      defer {
        previousOfStyle[marker.style] = marker.number
        previousOfStyle.merge(innerOfStyle) { $1 }
        innerOfStyle = [:]
      }
      // A heading of a run-on line that starts the line (the text's first) has its title
      // cut too; one after a sentence must run on with a neighbour of its style.
      let heading: HeadingMarker
      switch marker.position {
      case .lineStart(let start) where marker.lineEnd - start.range.lowerBound >= Self.minRunOnLine:
        heading = start
      case .runIn(let runIn):
        let follows = previousOfStyle[marker.style] == marker.number - 1
        let continues = follows || nextOfStyle[index].map { markers[$0].number } == marker.number + 1
        guard continues, !listItems[index] else { continue }
        edits.insertBreak(before: runIn.range.lowerBound)
        // An appendix label stands alone, its title on the next line ("附件1" / "2026年…").
        if marker.style == .part { edits.insertBreak(before: runIn.textStart) }
        heading = runIn
      default:
        continue
      }
      for found in cutTitles(from: heading, lineEnd: marker.lineEnd, into: &edits) {
        if let number = found.number { innerOfStyle[found.style] = number }
      }
    }
    return edits
  }

  /// Whether each marker opens an item of a list in the running text: a list introduced
  /// by a colon whose items are mostly one sentence each ("各类收入的情况如下：（一）各项税收
  /// 共收到…。（二）…"). Headings introduced by a colon ("重点抓好以下工作：（一）…") open
  /// sections of several sentences, and a glossary entry holds a colon of its own
  /// ("1.“四上”企业：…。").
  private func listItems(_ markers: [Marker]) -> [Bool] {
    // Chains of run-in markers numbered on, each named by its first marker.
    var chain = Array(markers.indices)
    var previous: [HeadingStyle: Int] = [:]
    var items: [Int: (count: Int, oneSentence: Int)] = [:]
    for index in markers.indices {
      let marker = markers[index]
      defer { previous[marker.style] = index }
      guard case .runIn = marker.position else { continue }
      if let before = previous[marker.style], markers[before].number == marker.number - 1,
        case .runIn = markers[before].position
      {
        chain[index] = chain[before]
        let sentences = marker.sentenceEndsBefore - markers[before].sentenceEndsBefore
        items[chain[index], default: (0, 0)].count += 1
        if sentences <= 1 { items[chain[index], default: (0, 0)].oneSentence += 1 }
      }
    }
    return markers.indices.map { index in
      let head = chain[index]
      guard case .runIn = markers[index].position, markers[head].afterColon, let tally = items[head] else {
        return false
      }
      return tally.oneSentence * 2 >= tally.count
    }
  }

  /// Breaks the line after the title of `heading`; when the title ends where another
  /// heading starts ("一、2021年工作成效（一）xx学习教育一是…"), that heading's title too.
  ///
  /// - Returns: The headings found inside the title's line ("第二章　规划和建设第四条"), so that
  ///   their numbers count for the next heading's run.
  private func cutTitles(from heading: HeadingMarker, lineEnd: Int, into edits: inout LayoutEdits) -> [HeadingMarker] {
    var heading = heading
    var inner: [HeadingMarker] = []
    while true {
      // An article's text is its body ("第二条　本办法适用于…"), as on a line of its own.
      if heading.style == .article { return inner }
      // A heading followed by two spaces (paragraphs run together with their indents) or by
      // the end of the line ends there, as the line classifier already reads it.
      let unitEnd = paragraphUnitEnd(from: heading.textStart, limit: lineEnd)
      if unitEnd - heading.textStart <= InlineHeadingSplitter.maxInlineTitleLength,
        InlineHeadingSplitter.firstTerminator(text.folded, heading.textStart..<unitEnd) == nil
      {
        return inner
      }
      guard let end = RunInHeadingTitle.titleEnd(text.folded, from: heading.textStart, limit: unitEnd) else {
        edits.insertBreak(before: heading.textStart)
        return inner
      }
      guard end < unitEnd, !Scalar.isTitleTerminator(text.folded[end]) else { return inner }
      edits.insertBreak(before: end)
      var next = end
      while next < unitEnd, Scalar.isSpace(text.folded[next]) { next += 1 }
      guard next < unitEnd, let found = HeadingMarker.read(text.folded, in: next..<unitEnd), found.style != .part,
        found.style > heading.style
      else { return inner }
      inner.append(found)
      heading = found
    }
  }

  /// Whether most of the text stands in run-on lines.
  private func isRunOn() -> Bool {
    var runOn = 0
    for number in text.lineStarts.indices {
      let line = text.lineRange(number + 1)
      if line.count >= Self.minRunOnLine { runOn += line.count }
    }
    return runOn > 0 && Double(runOn) >= Self.minRunOnShare * Double(text.count)
  }

  /// Where the paragraph unit starting before `start` ends: at two spaces in a row (two
  /// ideographic spaces indent each paragraph run together on one line), else at `limit`.
  private func paragraphUnitEnd(from start: Int, limit: Int) -> Int {
    var index = start
    // Only a title's length away matters, which keeps this linear in the text.
    let window = min(limit, start + InlineHeadingSplitter.maxInlineTitleLength + 2)
    while index + 1 < window {
      if text.folded[index] == Scalar.space, text.folded[index + 1] == Scalar.space { return index }
      index += 1
    }
    return limit
  }

  /// Every heading marker that starts a line or follows a sentence end, in text order, and
  /// the unnumbered part headings that follow a sentence end.
  private func markers() -> (markers: [Marker], parts: [Range<Int>]) {
    var markers: [Marker] = []
    var parts: [Range<Int>] = []
    var sentenceEnds = 0
    let folded = text.folded
    for number in text.lineStarts.indices {
      let line = text.trimmed(text.lineRange(number + 1))
      guard !line.isEmpty else { continue }
      if let marker = HeadingMarker.read(folded, in: line), let value = marker.number {
        markers.append(Marker(style: marker.style, number: value, position: .lineStart(marker), lineEnd: line.upperBound))
      }
      guard line.count >= Self.minRunOnLine else { continue }
      var depth = 0
      var index = line.lowerBound
      while index < line.upperBound {
        let value = folded[index]
        index += 1
        // Single quotes too: a list quoted inside a quotation.
        let step = Scalar.bracketStep(value) + (value == 0x2018 ? 1 : value == 0x2019 ? -1 : 0)
        if step != 0 {
          depth = max(0, depth + step)
        } else if depth == 0, Self.endsSentence(value) {
          sentenceEnds += 1
          let afterColon = value == Scalar.colon
          var start = index
          while start < line.upperBound, Scalar.isSpace(folded[start]) { start += 1 }
          guard start < line.upperBound else { continue }
          if let appendix = Self.appendixLabel(folded, at: start, limit: line.upperBound), let value = appendix.number {
            markers.append(
              Marker(
                style: .part, number: value, position: .runIn(appendix), lineEnd: line.upperBound,
                sentenceEndsBefore: sentenceEnds, afterColon: afterColon))
            continue
          }
          if !afterColon, let end = RunInHeadingTitle.partHeadingEnd(folded, from: start, limit: line.upperBound) {
            parts.append(start..<end)
            continue
          }
          guard Self.mayStartMarker(folded[start]),
            let marker = HeadingMarker.read(folded, in: start..<line.upperBound), marker.style != .part,
            let value = marker.number
          else { continue }
          markers.append(
            Marker(
              style: marker.style, number: value, position: .runIn(marker), lineEnd: line.upperBound,
              sentenceEndsBefore: sentenceEnds, afterColon: afterColon))
        }
      }
    }
    return (markers, parts)
  }

  /// An appendix label run into the text after a sentence: "附件1", "附件二：", and
  /// "附件12026年省十件民生实事" — one line holds "附件1" and the title "2026年…" with
  /// nothing between, and no report has twelve thousand appendices, so a run of five or more
  /// digits before 年 ends in the year.
  static func appendixLabel(_ text: [UInt32], at start: Int, limit: Int) -> HeadingMarker? {
    guard start + 2 < limit, text[start] == 0x9644, text[start + 1] == 0x4EF6 else { return nil }  // 附件
    var cursor = start + 2
    let number: Int
    if let numeral = ChineseNumeral.parse(text, at: cursor, limit: limit), numeral.length <= 2 {
      number = numeral.integer
      cursor += numeral.length
    } else {
      var end = cursor
      while end < limit, Scalar.isDigit(text[end]) { end += 1 }
      var digits = end - cursor
      if digits >= 5, end < limit, text[end] == 0x5E74 { digits -= 4 }  // 年
      guard (1...2).contains(digits) else { return nil }
      number = (cursor..<cursor + digits).reduce(0) { $0 * 10 + Int(text[$1] - 0x30) }
      cursor += digits
    }
    let labelEnd = cursor
    while cursor < limit, Scalar.isSpace(text[cursor]) || text[cursor] == Scalar.colon { cursor += 1 }
    guard cursor < limit, number > 0 else { return nil }
    return HeadingMarker(style: .part, number: number, range: start..<labelEnd, textStart: cursor)
  }

  /// 。！？ and the colon that introduces the headings below it ("重点抓好以下工作：（一）…").
  @inline(__always)
  private static func endsSentence(_ value: UInt32) -> Bool {
    value == Scalar.ideographicFullStop || value == 0x21 || value == 0x3F || value == Scalar.colon
  }

  /// A cheap first test before reading a marker: digits, (, circled numbers, numerals, 第.
  @inline(__always)
  private static func mayStartMarker(_ value: UInt32) -> Bool {
    Scalar.isDigit(value) || value == Scalar.openParen || (value >= 0x2460 && value <= 0x249B) || value == 0x7B2C
      || (value >= 0x3220 && value <= 0x3229) || ChineseNumeral.isNumeral(value)
  }
}

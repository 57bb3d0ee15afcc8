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
/// another heading of the same style — the one before it is numbered one less, or it is
/// number 1 and the next is number 2 — so a stray "。3、" is not. Markers inside quotation
/// marks, 《》 or brackets (a quoted list) and after a colon or semicolon (a table of
/// contents, "报告分六个部分：一、…；二、…") never follow a sentence end, so they are never
/// candidates. Where the title ends is ``RunInHeadingTitle``'s call; when it cannot tell, the
/// heading stays untitled rather than taking the body's first words.
struct RunInHeadingSplitter: Sendable {
  let text: SourceText

  private struct Marker {
    var style: HeadingStyle
    var number: Int
    /// Where the marker starts, or nil for a heading that already starts a line.
    var runIn: HeadingMarker?
    var lineEnd: Int
  }

  /// A line this long is a run-on line: a paragraph is rarely over a thousand scalars.
  static let minRunOnLine = 1000
  /// Run-on lines must hold at least this share of the text.
  static let minRunOnShare = 0.5

  func breaks() -> LayoutEdits {
    guard isRunOn() else { return LayoutEdits() }
    let markers = markers()
    var edits = LayoutEdits()
    var previousOfStyle: [HeadingStyle: Int] = [:]
    var nextOfStyle = [Int?](repeating: nil, count: markers.count)
    var following: [HeadingStyle: Int] = [:]
    for index in markers.indices.reversed() {
      nextOfStyle[index] = following[markers[index].style]
      following[markers[index].style] = markers[index].number
    }
    for (index, marker) in markers.enumerated() {
      defer { previousOfStyle[marker.style] = marker.number }
      guard let runIn = marker.runIn else { continue }
      let continues = previousOfStyle[marker.style] == marker.number - 1
        || (marker.number == 1 && nextOfStyle[index] == 2)
      guard continues else { continue }
      edits.insertBreak(before: runIn.range.lowerBound)
      // A heading followed by two spaces (paragraphs run together with their indents) or by
      // the end of the line ends there, as the line classifier already reads it.
      let unitEnd = paragraphUnitEnd(from: runIn.textStart, limit: marker.lineEnd)
      if unitEnd - runIn.textStart <= InlineHeadingSplitter.maxInlineTitleLength,
        InlineHeadingSplitter.firstTerminator(text.folded, runIn.textStart..<unitEnd) == nil
      {
        continue
      }
      if let end = RunInHeadingTitle.titleEnd(text.folded, from: runIn.textStart, limit: unitEnd) {
        if end < unitEnd, !Scalar.isTitleTerminator(text.folded[end]) { edits.insertBreak(before: end) }
      } else {
        edits.insertBreak(before: runIn.textStart)
      }
    }
    return edits
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

  /// Every heading marker that starts a line or follows a sentence end, in text order.
  private func markers() -> [Marker] {
    var markers: [Marker] = []
    let folded = text.folded
    for number in text.lineStarts.indices {
      let line = text.trimmed(text.lineRange(number + 1))
      guard !line.isEmpty else { continue }
      if let marker = HeadingMarker.read(folded, in: line), let value = marker.number {
        markers.append(Marker(style: marker.style, number: value, runIn: nil, lineEnd: line.upperBound))
      }
      guard line.count >= Self.minRunOnLine else { continue }
      var depth = 0
      var index = line.lowerBound
      while index < line.upperBound {
        let value = folded[index]
        index += 1
        if Self.opening(value) {
          depth += 1
        } else if Self.closing(value) {
          depth = max(0, depth - 1)
        } else if depth == 0, Self.endsSentence(value) {
          var start = index
          while start < line.upperBound, Scalar.isSpace(folded[start]) { start += 1 }
          guard start < line.upperBound, Self.mayStartMarker(folded[start]),
            let marker = HeadingMarker.read(folded, in: start..<line.upperBound), marker.style != .part,
            let value = marker.number
          else { continue }
          markers.append(Marker(style: marker.style, number: value, runIn: marker, lineEnd: line.upperBound))
        }
      }
    }
    return markers
  }

  @inline(__always)
  private static func endsSentence(_ value: UInt32) -> Bool {
    value == Scalar.ideographicFullStop || value == 0x21 || value == 0x3F
  }

  /// A cheap first test before reading a marker: digits, (, circled numbers, numerals.
  @inline(__always)
  private static func mayStartMarker(_ value: UInt32) -> Bool {
    Scalar.isDigit(value) || value == Scalar.openParen || (value >= 0x2460 && value <= 0x249B)
      || (value >= 0x3220 && value <= 0x3229) || ChineseNumeral.isNumeral(value)
  }

  @inline(__always)
  private static func opening(_ value: UInt32) -> Bool {
    value == Scalar.leftDoubleQuote || value == Scalar.leftTitle || value == Scalar.openParen || value == 0x2018
      || value == 0x3008 || value == 0x300C || value == 0x300E || value == 0x3010
  }

  @inline(__always)
  private static func closing(_ value: UInt32) -> Bool {
    value == Scalar.rightDoubleQuote || value == Scalar.rightTitle || value == Scalar.closeParen || value == 0x2019
      || value == 0x3009 || value == 0x300D || value == 0x300F || value == 0x3011
  }
}

/// Splits the text after a heading marker into the title and the body that follows it on the
/// same line: "明职责。严格按照…" → title "明职责", body "严格按照…".
enum InlineHeadingSplitter {
  /// A title longer than this, followed by more text, is the first sentence of a numbered
  /// paragraph rather than a title: the item then has an empty title.
  static let maxInlineTitleLength = 40

  static func split(_ text: [UInt32], marker: HeadingMarker, line: Range<Int>) -> HeadingLine {
    let start = marker.textStart
    let end = line.upperBound
    guard let terminator = firstTerminator(text, start..<end) else {
      return HeadingLine(marker: marker, title: start..<end, body: nil)
    }
    var bodyStart = terminator + 1
    while bodyStart < end, Scalar.isSpace(text[bodyStart]) { bodyStart += 1 }
    if bodyStart >= end {
      return HeadingLine(marker: marker, title: start..<terminator, body: nil)
    }
    if terminator - start > maxInlineTitleLength {
      return HeadingLine(marker: marker, title: start..<start, body: start..<end)
    }
    return HeadingLine(marker: marker, title: start..<terminator, body: bodyStart..<end)
  }

  /// The first 。！？；： outside quotation marks, 《》 and brackets.
  static func firstTerminator(_ text: [UInt32], _ range: Range<Int>) -> Int? {
    var depth = 0
    for index in range {
      let value = text[index]
      let step = Scalar.bracketStep(value)
      if step != 0 {
        depth = max(0, depth + step)
      } else if depth == 0, Scalar.isTitleTerminator(value) {
        return index
      }
    }
    return nil
  }
}

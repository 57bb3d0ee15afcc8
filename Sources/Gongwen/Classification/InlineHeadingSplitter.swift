/// Splits the text after a heading marker into the title and the body that follows it on the
/// same line: "明职责。严格按照…" → title "明职责", body "严格按照…".
///
/// An empty title range means the heading has no title of its own (`Section.title` is `nil`):
/// a numbered point that is a running sentence, or a statute's article, whose text is then
/// the section's first paragraph.
enum InlineHeadingSplitter {
  /// A title longer than this, followed by more text, is the first sentence of a numbered
  /// paragraph rather than a title: the item then has no title.
  static let maxInlineTitleLength = 40

  static func split(_ text: [UInt32], marker: HeadingMarker, line: Range<Int>) -> HeadingLine {
    let start = marker.textStart
    let end = line.upperBound
    if marker.style == .article { return splitArticle(text, marker: marker, line: line) }
    guard let terminator = firstTerminator(text, start..<end) else {
      return HeadingLine(marker: marker, title: start..<end, body: nil)
    }
    var bodyStart = terminator + 1
    while bodyStart < end, Scalar.isSpace(text[bodyStart]) { bodyStart += 1 }
    let standsAlone = bodyStart >= end
    if terminator - start > maxInlineTitleLength && !standsAlone
      || HeadingSentenceWords.isRunningSentence(text, start..<terminator, standsAlone: standsAlone)
    {
      return HeadingLine(marker: marker, title: start..<start, body: start..<end)
    }
    if standsAlone {
      return HeadingLine(marker: marker, title: start..<terminator, body: nil)
    }
    return HeadingLine(marker: marker, title: start..<terminator, body: bodyStart..<end)
  }

  /// A statute's article: its text is its paragraph. It has a title only when one is given in
  /// brackets (第一条【目的】为了…) or when its whole text is a short unpunctuated phrase
  /// ("第一条　目的" on its own line, the text on the next).
  static func splitArticle(_ text: [UInt32], marker: HeadingMarker, line: Range<Int>) -> HeadingLine {
    let start = marker.textStart
    let end = line.upperBound
    guard start < end else { return HeadingLine(marker: marker, title: start..<start, body: nil) }
    if let brackets = StatuteWords.titleBrackets.first(where: { $0.open == text[start] }) {
      var close = start + 1
      while close < end, close - start <= StatuteWords.maxBracketedTitle, text[close] != brackets.close { close += 1 }
      if close < end, text[close] == brackets.close, close > start + 1,
        firstTerminator(text, start + 1..<close) == nil, !ChineseNumeral.isNumeral(text[start + 1]) || close - start > 3
      {
        var bodyStart = close + 1
        while bodyStart < end, Scalar.isSpace(text[bodyStart]) || text[bodyStart] == Scalar.colon { bodyStart += 1 }
        return HeadingLine(marker: marker, title: start + 1..<close, body: bodyStart < end ? bodyStart..<end : nil)
      }
    }
    if end - start <= StatuteWords.maxBareTitle, !(start..<end).contains(where: { Scalar.isClauseEnd(text[$0]) }) {
      return HeadingLine(marker: marker, title: start..<end, body: nil)
    }
    return HeadingLine(marker: marker, title: start..<start, body: start..<end)
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

import GongwenDocx

/// The text Gongwen reads a Word document as: its lines (paragraphs and table rows, each
/// paragraph's automatic number written in front) joined by line feeds, and a
/// ``LineHint`` per line from the paragraph's role.
///
/// This text is the document's text: spans index it, ``Document/text`` returns it and
/// `gongwen parse --text` prints it.
struct DocxText: Sendable {
  var scalars: [Unicode.Scalar] = []
  var hints: [LineHint] = []

  init(_ paragraphs: [DocxParagraph]) {
    var capacity = 0
    for paragraph in paragraphs { capacity += paragraph.text.utf8.count / 2 + 1 }
    scalars.reserveCapacity(capacity)
    hints.reserveCapacity(paragraphs.count)
    for paragraph in paragraphs {
      let hint = Self.hint(paragraph.role)
      // A line break inside a paragraph starts a new line, which is body text: the hint is
      // the first line's.
      var first = true
      for scalar in paragraph.text.unicodeScalars {
        if scalar == "\n" {
          scalars.append(scalar)
          hints.append(first ? hint : .none)
          first = false
        } else {
          scalars.append(scalar)
        }
      }
      scalars.append("\n")
      hints.append(first ? hint : .none)
    }
  }

  static func hint(_ role: DocxParagraph.Role) -> LineHint {
    switch role {
    case .body, .textBox: .none
    case .heading(let level): .heading(level: level)
    case .title: .title
    case .tableRow: .tableRow
    case .contents: .contents
    }
  }
}

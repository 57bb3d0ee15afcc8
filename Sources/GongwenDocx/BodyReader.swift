/// Reads `word/document.xml` into the lines of ``DocxParagraph``, as the parser walks it.
///
/// What counts as text, and why:
/// - `w:t` in runs; `w:tab` as a tab, `w:br` and `w:cr` as a line break (a page or column
///   break is layout, not text); `w:noBreakHyphen` as `-`; `w:softHyphen` (a hyphenation
///   hint) as nothing.
/// - Tracked changes as accepted: inserted text (`w:ins`, `w:moveTo`) is read, deleted text
///   (`w:del`, `w:moveFrom`, whose runs hold `w:delText`) is not.
/// - Fields as shown: a complex field's result (between `separate` and `end`) is read, its
///   instructions (`w:instrText`) are not; a simple field's content is its result.
/// - Hidden runs (`w:vanish`) are not read; drawings are not, except their text boxes
///   (`w:txbxContent`), whose paragraphs follow the paragraph that anchors them. A shape's
///   `mc:Fallback` repeats the `mc:Choice` text box for older readers, and is skipped.
/// - Tables become one line per row, cells separated by tabs, the paragraphs of a cell by a
///   space; a table in a cell becomes text of that cell.
struct BodyReader: XMLEventHandler {
  let styles: StyleSheet
  var counter: NumberingCounter
  private(set) var paragraphs: [DocxParagraph] = []
  private(set) var sawBody = false

  init(styles: StyleSheet, numbering: NumberingDefinitions) {
    self.styles = styles
    self.counter = NumberingCounter(definitions: numbering)
  }

  /// A paragraph being read: its text so far and the properties that decide its number and
  /// role.
  private struct Paragraph {
    var text = ""
    var styleId: String?
    var numId: Int?
    var numLevel: Int?
    var outlineLevel: Int?
    var centered = false
    /// The largest font size (`w:sz`, half-points) of a run with text.
    var largestSize = 0
    var inTextBox: Bool
  }

  private struct Table {
    var cells: [String] = []
    var cellParagraphs: [String] = []
  }

  private var inBody = false
  private var open: [Paragraph] = []
  private var tables: [Table] = []
  /// Text-box paragraphs waiting for the line that anchors them to be written.
  private var boxes: [DocxParagraph] = []
  private var propertiesDepth = 0
  private var runDepth = 0
  private var runHidden = false
  private var runSize: Int?
  private var inText = false
  private var deletedDepth = 0
  private var skippedDepth = 0
  private var drawingDepth = 0
  private var textBoxDepth = 0
  /// Open complex fields, innermost last: true while in the instructions.
  private var fields: [Bool] = []
  private var titleFound = false
  private var outlineStarted = false

  private var readsText: Bool {
    inText && deletedDepth == 0 && skippedDepth == 0 && !runHidden && (drawingDepth == 0 || textBoxDepth > 0)
      && !fields.contains(true) && !open.isEmpty
  }

  private var readsMarks: Bool {
    runDepth > 0 && deletedDepth == 0 && skippedDepth == 0 && !runHidden && (drawingDepth == 0 || textBoxDepth > 0)
      && !fields.contains(true) && !open.isEmpty
  }

  mutating func start(_ name: Substring, attributes: XMLAttributes) {
    if skippedDepth > 0 {
      skippedDepth += 1
      return
    }
    switch name {
    case "body":
      inBody = true
      sawBody = true
    case "p" where inBody:
      open.append(Paragraph(inTextBox: textBoxDepth > 0))
    case "pPr", "rPr":
      propertiesDepth += 1
    case "pStyle" where propertiesDepth > 0:
      open.indices.last.map { open[$0].styleId = attributes["val"] }
    case "numId" where propertiesDepth > 0:
      open.indices.last.map { open[$0].numId = attributes.integer("val") }
    case "ilvl" where propertiesDepth > 0:
      open.indices.last.map { open[$0].numLevel = attributes.integer("val") }
    case "outlineLvl" where propertiesDepth > 0:
      open.indices.last.map { open[$0].outlineLevel = attributes.integer("val") }
    case "jc" where propertiesDepth > 0 && runDepth == 0:
      open.indices.last.map { open[$0].centered = attributes["val"] == "center" }
    case "sz" where propertiesDepth > 0 && runDepth > 0:
      runSize = attributes.integer("val")
    case "vanish" where propertiesDepth > 0 && runDepth > 0:
      runHidden = attributes.isOn
    case "r":
      runDepth += 1
      runHidden = false
      runSize = nil
    case "t":
      inText = true
    case "tab" where propertiesDepth == 0 && readsMarks, "ptab" where readsMarks:
      append("\t")
    case "br" where readsMarks:
      let type = attributes["type"]
      if type != "page" && type != "column" { append("\n") }
    case "cr" where readsMarks:
      append("\n")
    case "noBreakHyphen" where readsMarks:
      append("-")
    case "del", "moveFrom":
      // In `w:rPr` these mark a paragraph mark as deleted and are empty: harmless.
      deletedDepth += 1
    case "Fallback", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange":
      // A fallback repeats a text box; a property change holds the properties before an
      // edit, whose old style or number must not replace the current ones.
      skippedDepth = 1
    case "drawing", "pict", "object":
      drawingDepth += 1
    case "txbxContent":
      textBoxDepth += 1
    case "fldChar":
      switch attributes["fldCharType"] {
      case "begin": fields.append(true)
      case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
      case "end": _ = fields.popLast()
      default: break
      }
    case "tbl" where inBody:
      tables.append(Table())
    case "tr" where !tables.isEmpty:
      tables[tables.count - 1].cells = []
    case "tc" where !tables.isEmpty:
      tables[tables.count - 1].cellParagraphs = []
    default:
      break
    }
  }

  mutating func end(_ name: Substring) {
    if skippedDepth > 0 {
      skippedDepth -= 1
      return
    }
    switch name {
    case "body":
      inBody = false
    case "p" where !open.isEmpty:
      finish(open.removeLast())
    case "pPr", "rPr":
      propertiesDepth -= 1
    case "r":
      runDepth -= 1
      runHidden = false
    case "t":
      inText = false
    case "del", "moveFrom":
      deletedDepth -= 1
    case "drawing", "pict", "object":
      drawingDepth -= 1
    case "txbxContent":
      textBoxDepth -= 1
    case "tc" where !tables.isEmpty:
      let table = tables[tables.count - 1]
      tables[tables.count - 1].cells.append(table.cellParagraphs.filter { !$0.isEmpty }.joined(separator: " "))
    case "tr" where !tables.isEmpty:
      let row = tables[tables.count - 1].cells.joined(separator: "\t")
      if tables.count == 1 {
        // A row whose cells are all empty is a blank line.
        emit(DocxParagraph(text: row.allSatisfy { $0 == "\t" } ? "" : row, role: .tableRow))
      } else {
        tables[tables.count - 2].cellParagraphs.append(row)
      }
    case "tbl" where !tables.isEmpty:
      tables.removeLast()
    default:
      break
    }
  }

  mutating func characters(_ text: String) {
    guard readsText else { return }
    // A line feed typed into `w:t` (XML written by hand or by a script) shows as a space in
    // Word; only `w:br` breaks a line.
    if text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
      append(String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 }))
    } else {
      append(text)
    }
    if let runSize, let last = open.indices.last, runSize > open[last].largestSize { open[last].largestSize = runSize }
  }

  private mutating func append(_ text: String) {
    guard let last = open.indices.last else { return }
    open[last].text += text
  }

  /// Numbers the paragraph, decides its role and writes it where it belongs: a table cell,
  /// the text boxes set aside, or the body.
  private mutating func finish(_ paragraph: Paragraph) {
    var numbering = paragraph.styleId.flatMap { styles.numbering(of: $0) }
    if let numId = paragraph.numId {
      numbering = (numId, paragraph.numLevel ?? numbering?.level)
    } else if let level = paragraph.numLevel, let inherited = numbering {
      numbering = (inherited.numId, level)
    }
    var text = paragraph.text
    var marker: String?
    // numId 0 takes away the numbering a style gives.
    if let numbering, numbering.numId != 0, let next = counter.next(numId: numbering.numId, level: numbering.level ?? 0),
      !next.text.isEmpty
    {
      marker = next.text
      text = next.text + Self.separator(after: next) + text
    }
    let headingLevel = paragraph.outlineLevel.map { $0 < 9 ? $0 + 1 : nil } ?? paragraph.styleId.flatMap { styles.headingLevel(of: $0) }
    var role = DocxParagraph.Role.body
    if let headingLevel {
      role = .heading(level: headingLevel)
    } else if let styleId = paragraph.styleId, styles.isContents(styleId) {
      role = .contents
    } else if !titleFound, !outlineStarted, marker == nil, tables.isEmpty, !paragraph.inTextBox,
      paragraph.styleId.map(styles.isTitle) ?? false
        || paragraph.centered && paragraph.largestSize >= Self.titleSize
    {
      role = .title
    }
    if paragraph.inTextBox {
      boxes.append(DocxParagraph(text: text, role: .textBox, marker: marker))
      return
    }
    if !tables.isEmpty {
      // A row stays one line: a line break in a cell is a space.
      tables[tables.count - 1].cellParagraphs.append(text.contains("\n") ? String(text.map { $0 == "\n" ? " " : $0 }) : text)
      return
    }
    if role == .title { titleFound = true }
    if marker != nil || headingLevel != nil { outlineStarted = true }
    emit(DocxParagraph(text: text, role: role, marker: marker))
  }

  private mutating func emit(_ paragraph: DocxParagraph) {
    paragraphs.append(paragraph)
    paragraphs.append(contentsOf: boxes)
    boxes.removeAll()
  }

  /// A title's least font size, in half-points: 18 pt. A 公文's title is set in 2号 (22 pt),
  /// its body in 3号 (16 pt).
  static let titleSize = 36

  /// What stands between an automatic number and the paragraph's text.
  ///
  /// Word puts a tab there by default (`w:suff`), which in a Chinese report's text would be
  /// an odd gap nobody typed: after a marker that ends in a Chinese character or full-width
  /// punctuation (`一、`, `（一）`, `第一条`) nothing stands, so the line reads as the typed
  /// `一、总体要求`. After one that ends in ASCII (`1.`, `1.1`, `A)`) a space stands, so
  /// `1.` and a text starting `2021年` do not run together into the number `1.2021`.
  static func separator(after marker: NumberingCounter.Marker) -> String {
    guard marker.suffix != .nothing, let last = marker.text.unicodeScalars.last else { return "" }
    return last.isASCII ? " " : ""
  }
}

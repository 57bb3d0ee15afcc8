import Foundation

/// The paragraph styles of `word/styles.xml`, as far as they shape the outline: the list a
/// style numbers its paragraphs with (`w:numPr`), its outline level, and whether it is a
/// heading or the title style. Each is inherited along `w:basedOn`.
package struct StyleSheet: Hashable, Sendable {
  /// What a paragraph style says about its paragraphs, before inheritance.
  package struct Style: Hashable, Sendable {
    package var name: String = ""
    package var basedOn: String?
    package var numId: Int?
    package var numLevel: Int?
    /// `w:outlineLvl`, 0-based (0 is a top heading; 9 is body text).
    package var outlineLevel: Int?

    package init(name: String = "", basedOn: String? = nil, numId: Int? = nil, numLevel: Int? = nil, outlineLevel: Int? = nil) {
      self.name = name
      self.basedOn = basedOn
      self.numId = numId
      self.numLevel = numLevel
      self.outlineLevel = outlineLevel
    }
  }

  /// The paragraph styles by `w:styleId`.
  package var styles: [String: Style] = [:]

  package init(styles: [String: Style] = [:]) {
    self.styles = styles
  }

  /// The deepest `basedOn` chain followed; longer chains are loops in a damaged file.
  static let maxChain = 32

  /// The list (`numId`, 0-based level) a style's paragraphs are numbered with, inherited.
  package func numbering(of styleId: String) -> (numId: Int, level: Int?)? {
    var level: Int?
    for style in chain(styleId) {
      if level == nil { level = style.numLevel }
      if let numId = style.numId { return (numId, level) }
    }
    return nil
  }

  /// The 1-based heading level of a style: from its outline level, or from a built-in heading
  /// name (`heading 2`, `标题 2`, id `Heading2`); nil for body text.
  package func headingLevel(of styleId: String) -> Int? {
    for (depth, style) in chain(styleId).enumerated() {
      if let outline = style.outlineLevel { return outline < 9 ? outline + 1 : nil }
      let id = depth == 0 ? styleId : nil
      if let level = Self.builtInHeadingLevel(name: style.name, id: id) { return level }
    }
    return nil
  }

  /// Whether a style is the title style (`Title`, `标题`), itself or by inheritance.
  package func isTitle(_ styleId: String) -> Bool {
    chain(styleId).contains { style in
      let name = style.name.lowercased()
      return name == "title" || name == "标题"
    } || styleId == "Title"
  }

  /// Whether a style is a table of contents' entry style (`toc 1`…`toc 9`), whose
  /// paragraphs repeat the headings.
  package func isContents(_ styleId: String) -> Bool {
    chain(styleId).contains { $0.name.lowercased().hasPrefix("toc ") }
  }

  /// The style and the styles it is based on, nearest first.
  private func chain(_ styleId: String) -> [Style] {
    var result: [Style] = []
    var next: String? = styleId
    while let id = next, let style = styles[id], result.count < Self.maxChain {
      result.append(style)
      next = style.basedOn
    }
    return result
  }

  /// The level of a built-in heading style: by name, `heading 1`…`heading 9` (how styles.xml
  /// names them whatever the interface language) or `标题 1` (templates made in Chinese), or
  /// by the id `Heading1`…`Heading9`. Chinese templates' bare ids (`1`, `2`) say nothing.
  static func builtInHeadingLevel(name: String, id: String?) -> Int? {
    let lowered = name.lowercased()
    for prefix in ["heading ", "标题 ", "标题"] where lowered.hasPrefix(prefix) {
      if let level = Int(lowered.dropFirst(prefix.count)), (1...9).contains(level) { return level }
    }
    if let id, id.hasPrefix("Heading"), let level = Int(id.dropFirst("Heading".count)), (1...9).contains(level) {
      return level
    }
    return nil
  }

  /// Reads `styles.xml`; only paragraph styles are kept.
  package static func read(_ data: Data) throws(DocxError) -> StyleSheet {
    var reader = Reader()
    try XMLEventReader.read(data, part: "word/styles.xml", into: &reader)
    return StyleSheet(styles: reader.styles)
  }

  private struct Reader: XMLEventHandler {
    var styles: [String: Style] = [:]
    var current: (id: String, style: Style)?
    /// Inside `w:rPr` or `w:tblPr`…: an element there with a name the reader looks for
    /// (`w:outlineLvl` does not occur there, but `w:numPr` is only read in `w:pPr`).
    var inParagraphProperties = false

    mutating func start(_ name: Substring, attributes: XMLAttributes) {
      switch name {
      case "style":
        if attributes["type"] == "paragraph", let id = attributes["styleId"] {
          current = (id, Style())
        } else {
          current = nil
        }
      case "name":
        current?.style.name = attributes["val"] ?? ""
      case "basedOn":
        current?.style.basedOn = attributes["val"]
      case "pPr":
        inParagraphProperties = true
      case "numId" where inParagraphProperties:
        current?.style.numId = attributes.integer("val")
      case "ilvl" where inParagraphProperties:
        current?.style.numLevel = attributes.integer("val")
      case "outlineLvl" where inParagraphProperties:
        current?.style.outlineLevel = attributes.integer("val")
      default:
        break
      }
    }

    mutating func end(_ name: Substring) {
      switch name {
      case "style":
        if let current { styles[current.id] = current.style }
        current = nil
      case "pPr":
        inParagraphProperties = false
      default:
        break
      }
    }

    mutating func characters(_ text: String) {}
  }
}

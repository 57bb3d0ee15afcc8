/// One line of a Word document's body as Gongwen reads it: a paragraph's text (its
/// automatic number written in front), or a table row's cells.
package struct DocxParagraph: Hashable, Sendable {
  /// What the paragraph is in the document's structure, as far as Word says.
  package enum Role: Hashable, Sendable {
    /// Body text, or a paragraph Word says nothing about.
    case body
    /// A paragraph in a heading style or with an outline level: its 1-based level.
    case heading(level: Int)
    /// The document's title: the title style, or the first centred, large paragraph.
    case title
    /// One row of a table: the cells' text, separated by tabs. Never a heading.
    case tableRow
    /// A paragraph of a text box, read after the paragraph that anchors it.
    case textBox
    /// An entry of a table of contents (styles `toc 1`…): it repeats a heading.
    case contents
  }

  /// The text a reader sees, automatic number included; may hold `\n` for a line break.
  package var text: String
  package var role: Role
  /// The automatic number written at the start of ``text`` (`一、`, `（二）`), if any.
  package var marker: String?

  package init(text: String, role: Role = .body, marker: String? = nil) {
    self.text = text
    self.role = role
    self.marker = marker
  }
}

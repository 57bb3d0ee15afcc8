/// What the document's own markup says about a line, for inputs that have markup beyond the
/// text: a Word document's heading styles and tables (Docs/Docx.md).
///
/// The classifier still reads each line's text as in a text file; a hint only settles what
/// the text cannot: a heading without a marker, a table row that must not be read as one.
enum LineHint: Hashable, Sendable {
  /// Nothing beyond the text.
  case none
  /// A heading at this 1-based level (a heading style, an outline level).
  case heading(level: Int)
  /// The document's title (the title style): never a heading.
  case title
  /// A table row, its cells separated by tabs: always a paragraph.
  case tableRow
  /// A table of contents' entry: it repeats a heading, so it is boilerplate.
  case contents
}

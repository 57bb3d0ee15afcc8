/// How a document is written: plain text, markdown, or a Word document.
///
/// Markdown changes how lines are read: `#` headings are headings at their level, list items
/// (`- `, `* `, `+ `, and `1. ` in a list) are paragraphs, emphasis around a heading's title and
/// `> ` quote marks are markup, not text (Docs/Guide.md, "Markdown"). Spans still index the text
/// as it was given: markup is left out of a title's or paragraph's range, never edited away.
///
/// A Word document (`.docx`) is not text: Gongwen reads its body's paragraphs and tables
/// into text, writing in the numbers Word generates (`一、`, `（一）`), and reads that text
/// with the hints Word gives (heading styles, table rows) (Docs/Docx.md).
///
/// Files whose name ends in `.md` or `.markdown` are read as markdown, `.docx` (and `.docm`,
/// `.dotx`, `.dotm`) as Word documents; anything else is plain text unless the caller says
/// otherwise. Text is never sniffed: a `#` at the start of a line of a `.txt` report is text.
/// Bytes are, in one way: a ZIP archive or an OLE compound file (an old `.doc`) is read as a
/// Word document whatever its name, since it can never be text.
public enum InputFormat: String, Codable, Hashable, Sendable, CaseIterable {
  /// A plain-text report (`.txt`, standard input, a string): the default.
  case plainText
  /// A markdown document (`.md`, `.markdown`).
  case markdown
  /// A Word document (`.docx`): a ZIP archive of XML parts.
  case docx

  /// The format a file's name implies: ``markdown`` for `.md` and `.markdown`, ``docx`` for
  /// `.docx`, `.docm`, `.dotx` and `.dotm` (in any case), ``plainText`` for anything else,
  /// and for `nil` or `-` (standard input).
  public init(path: String?) {
    guard let path, let dot = path.lastIndex(of: "."),
      !path[path.index(after: dot)...].contains("/")
    else {
      self = .plainText
      return
    }
    switch path[path.index(after: dot)...].lowercased() {
    case "md", "markdown": self = .markdown
    case "docx", "docm", "dotx", "dotm": self = .docx
    default: self = .plainText
    }
  }
}

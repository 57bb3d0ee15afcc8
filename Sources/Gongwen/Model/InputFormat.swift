/// How the text of a document is written: plain text, or markdown.
///
/// Markdown changes how lines are read: `#` headings are headings at their level, list items
/// (`- `, `* `, `+ `, and `1. ` in a list) are paragraphs, emphasis around a heading's title and
/// `> ` quote marks are markup, not text (Docs/Guide.md, "Markdown"). Spans still index the text
/// as it was given: markup is left out of a title's or paragraph's range, never edited away.
///
/// Files whose name ends in `.md` or `.markdown` are read as markdown; anything else is plain
/// text unless the caller says otherwise. The content is never sniffed: a `#` at the start of a
/// line of a `.txt` report is text.
public enum InputFormat: String, Codable, Hashable, Sendable, CaseIterable {
  /// A plain-text report (`.txt`, standard input, a string): the default.
  case plainText
  /// A markdown document (`.md`, `.markdown`).
  case markdown

  /// The format a file's name implies: ``markdown`` for `.md` and `.markdown` (in any case),
  /// ``plainText`` for anything else, and for `nil` or `-` (standard input).
  public init(path: String?) {
    guard let path, let dot = path.lastIndex(of: "."),
      !path[path.index(after: dot)...].contains("/")
    else {
      self = .plainText
      return
    }
    switch path[path.index(after: dot)...].lowercased() {
    case "md", "markdown": self = .markdown
    default: self = .plainText
    }
  }
}

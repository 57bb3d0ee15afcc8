/// One line of the report and what it is.
struct ClassifiedLine: Equatable, Sendable {
  /// 1-based line number.
  var number: Int
  /// The line's text without indent and trailing white space.
  var range: Range<Int>
  var kind: LineKind
  /// A short line with no sentence punctuation ("2026年重点工作"): it may be an
  /// unnumbered heading; the outline builder decides from context.
  var isHeadingLike = false
}

enum LineKind: Equatable, Sendable {
  case blank
  case boilerplate
  case title
  case salutation
  case closing
  /// Front or back matter (GB/T 9704) read by `FrontMatterReader`: masthead, number, title,
  /// dateline, speaker, addressees, signature, note, 版记. Text the extractors read, never a
  /// paragraph or a heading.
  case frontMatter
  case paragraph
  case heading(HeadingLine)
}

/// A heading line split into marker, title and the body text that may follow the title on
/// the same line ("（一）明职责。严格按照…").
struct HeadingLine: Equatable, Sendable {
  var marker: HeadingMarker
  var title: Range<Int>
  var body: Range<Int>?
  /// The number of `#`s of a markdown heading (`## 一、总体要求` → 2), or of its setext
  /// underline (1 for `===`, 2 for `---`); `nil` for a heading read from plain text.
  var markdownLevel: Int? = nil

  /// A markdown heading with no numbering marker (`## 工作回顾`): its level decides where it
  /// ranks (`OutlineBuilder`).
  var isUnnumberedMarkdown: Bool { markdownLevel != nil && marker.range.isEmpty && marker.style == .part }
}

/// A stretch of report text — a title or a paragraph — and the section it belongs to.
/// Extractors read these, never boilerplate or framing.
struct TextUnit: Sendable {
  var range: Range<Int>
  var section: SectionReference
}

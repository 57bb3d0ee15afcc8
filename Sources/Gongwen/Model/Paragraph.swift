/// A paragraph of body text: in these reports, one line.
public struct Paragraph: Codable, Hashable, Sendable {
  /// The paragraph's text, without its indent and trailing white space.
  public var text: String
  /// Where the text stands in the decoded document.
  public var span: Span
  /// Where each sentence of the paragraph stands: split at 。！？；, never inside quotes,
  /// 《》 or brackets.
  public var sentences: [Span]
  /// Inline enumerations (一是…二是…, 第一，…) found inside the paragraph.
  public var enumerations: [Enumeration]

  public init(text: String, span: Span, sentences: [Span] = [], enumerations: [Enumeration] = []) {
    self.text = text
    self.span = span
    self.sentences = sentences
    self.enumerations = enumerations
  }
}

/// One item of an inline enumeration such as 一是…二是… inside a paragraph.
public struct Enumeration: Codable, Hashable, Sendable {
  /// The marker as written, e.g. `一是`, `第二，`, `首先`.
  public var marker: String
  /// The item's number in its list (1 for 一是, 2 for 第二 …), when the marker has one.
  public var ordinal: Int?
  /// The item's text, marker included.
  public var text: String
  public var span: Span

  public init(marker: String, ordinal: Int?, text: String, span: Span) {
    self.marker = marker
    self.ordinal = ordinal
    self.text = text
    self.span = span
  }
}

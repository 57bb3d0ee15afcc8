/// A title in 《》: a book, regulation or plan.
public struct TitleMention: Codable, Hashable, Sendable {
  /// The title without its brackets.
  public var text: String
  /// `regulation`, `plan`, `book`, `other`.
  public var category: String
  public var section: SectionReference
  public var span: Span
}

/// A masked (anonymised) stretch of text: XX, xx, X, **, ***, ××.
public struct Placeholder: Codable, Hashable, Sendable {
  public var id: String
  /// The mask exactly as written.
  public var text: String
  /// What the mask most likely hides.
  public var kind: PlaceholderKind
  /// The number of mask characters.
  public var width: Int
  public var section: SectionReference
  public var span: Span
}

/// What a mask hides, told from its context.
public enum PlaceholderKind: String, Codable, Hashable, Sendable, CaseIterable {
  case number, year, datePart, ordinal, name, code, unknown
}

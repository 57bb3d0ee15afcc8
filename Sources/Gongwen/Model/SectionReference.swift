/// The section an entity was found in, so flat entity tables join back to the tree.
public struct SectionReference: Codable, Hashable, Sendable {
  /// The section's `id` ("2.1"), or `nil` for the preamble and framing.
  public var sectionId: String?
  /// Titles from the top-level section down to the entity's section.
  public var sectionPath: [String]

  public init(sectionId: String?, sectionPath: [String]) {
    self.sectionId = sectionId
    self.sectionPath = sectionPath
  }

  /// Text before the first heading.
  public static let preamble = SectionReference(sectionId: nil, sectionPath: [])
}

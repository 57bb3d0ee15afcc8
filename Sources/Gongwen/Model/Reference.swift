/// A document number (发文字号) such as 桂史发〔2020〕29号.
public struct Reference: Codable, Hashable, Sendable {
  public var text: String
  /// The issuer code (机关代字), e.g. `桂史发`.
  public var issuer: String
  public var year: Int?
  public var serial: Int?
  /// Whether any part is masked.
  public var masked: Bool
  public var section: SectionReference
  public var span: Span
}

/// A date or period named in the text: 2021年4月2日, 2022年11月底, 上半年, 2021年X月X日.
public struct DateMention: Codable, Hashable, Sendable {
  public var text: String
  /// ISO-like value: `2021-04-02`, `2022-11`, `2021-H1`; `nil` when it cannot be told.
  public var value: String?
  /// `day`, `month`, `year`, `half`, `quarter`, `range`, `relative`.
  public var precision: String
  /// Whether any part is masked.
  public var masked: Bool
  public var section: SectionReference
  public var span: Span
}

/// A date or period named in the text: 2021年4月2日, 2022年11月底, 上半年, 2021年X月X日, 今年.
public struct DateMention: Codable, Hashable, Sendable {
  public var text: String
  /// ISO-like value: `2021-04-02`, `2022-11`, `2021-H1`, `2021/2025`; for a relative date
  /// whose year cannot be told, its part alone (`H1`, `year`); `nil` when it cannot be told.
  public var value: String?
  /// `day`, `month`, `year`, `half`, `quarter`, `range`; `relative` for a relative date
  /// left without a year.
  public var precision: String
  /// Whether any part is masked.
  public var masked: Bool
  /// Whether the text names the date without writing its year (今年, 去年年底, 上半年,
  /// 过去五年, “十四五”时期): its `value`, when it has a year, was worked out from the
  /// document's year, the time its passage speaks of, or the plan's number.
  public var relative: Bool
  public var section: SectionReference
  public var span: Span
}

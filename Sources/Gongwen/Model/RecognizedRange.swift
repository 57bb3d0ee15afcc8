/// A range of values stated in free text, found by ``NumberRangeRecognizer``: 1—2次,
/// 不少于30人, 大于10小于20, 在20和30之间, 五百多个.
///
/// A missing bound is open-ended: 30以上 has `lower` 30 and no `upper`.
public struct RecognizedRange: Codable, Hashable, Sendable {
  /// The text as written.
  public var text: String
  public var lower: Double?
  /// Whether `lower` itself is in the range (不少于30: yes; 超过30: no).
  public var lowerInclusive: Bool
  public var upper: Double?
  /// Whether `upper` itself is in the range (以下: yes; 低于: no).
  public var upperInclusive: Bool
  /// Where the range stands in the text.
  public var span: Span

  public init(text: String, lower: Double?, lowerInclusive: Bool, upper: Double?, upperInclusive: Bool, span: Span) {
    self.text = text
    self.lower = lower
    self.lowerInclusive = lowerInclusive
    self.upper = upper
    self.upperInclusive = upperInclusive
    self.span = span
  }
}

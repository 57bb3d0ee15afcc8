/// A number found in free text by ``NumberRecognizer``: a count, a fraction or a percentage,
/// with its value and where it stands.
public struct RecognizedNumber: Codable, Hashable, Sendable {
  /// What the number is.
  public enum Kind: String, Codable, Hashable, Sendable {
    /// A plain number: 233, 十八, 3万4000, 负三十二, 一打.
    case number
    /// A fraction or mixed number: 三分之一, 3/5, 一又二分之一.
    case fraction
    /// A percentage, with the value in percent: 30%, 百分之三十, 千分之二 (0.2), 七成 (70), 八五折 (85).
    case percent
    /// A change in percentage points: 下降5.3个百分点.
    case percentagePoint
  }

  /// The text as written.
  public var text: String
  /// The value; for ``Kind/percent`` and ``Kind/percentagePoint`` in percent.
  public var value: Double
  public var kind: Kind
  /// Whether the numeral itself says it is not exact: 十余万, 二十几万, 500多亿.
  public var approximate: Bool
  /// Where the number stands in the text.
  public var span: Span

  public init(text: String, value: Double, kind: Kind, approximate: Bool, span: Span) {
    self.text = text
    self.value = value
    self.kind = kind
    self.approximate = approximate
    self.span = span
  }
}

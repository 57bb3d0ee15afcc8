/// A quantity stated in the report: 供稿信息233条, 十八项, 30％以上, 1—2次, XX万元.
public struct Metric: Codable, Hashable, Sendable {
  public var id: String
  /// The matched text, qualifiers included.
  public var text: String
  /// The numeric value; `nil` when masked.
  public var value: Double?
  /// The number as written (`233`, `十八`, `XX`).
  public var valueText: String
  /// The normalised unit (`条`, `万元`, `%`, `percentage point`).
  public var unit: String
  /// Whether 余/多/约/左右/近 makes the value approximate.
  public var approximate: Bool
  /// `>=` or `<=` when 以上/不少于 … or 以下/不超过 … bound the value.
  public var comparator: String?
  public var range: MetricRange?
  /// Whether any digit is masked (X, *, ×).
  public var masked: Bool
  /// The noun phrase being counted, best effort (供稿信息).
  public var subject: String?
  /// `per 年` style rate period (每年编辑出版4期 → `年`).
  public var per: String?
  /// `increase` or `decrease` when a verb says so (增长12％, 下降5.3个百分点).
  public var direction: String?
  /// The id of the total this metric is a part of (XXX个（机关党委XX个、…）).
  public var partOf: String?
  /// Ids of the placeholders inside the metric's number.
  public var placeholderIds: [String]
  /// The headline indicator this whole-region figure is for (`gdp_growth`, `cpi` …).
  public var indicator: Indicator? = nil
  /// Whether the figure is a target or an actual outcome, when the text tells.
  public var status: MetricStatus? = nil
  /// The year the figure is for, resolved from the text's time words, its section and the
  /// document's own year; `nil` when it covers several years (see ``years``) or cannot be told.
  public var year: Int? = nil
  /// The years a figure covers when it covers several: a five-year average (年均增长) or a
  /// change over a plan period.
  public var years: YearSpan? = nil
  public var section: SectionReference
  public var span: Span
}

/// The bounds of a range such as 1—2次.
public struct MetricRange: Codable, Hashable, Sendable {
  public var low: Double?
  public var high: Double?
}

/// A quantity stated in the report: 供稿信息233条, 十八项, 30％以上, 1—2次, XX万元.
public struct Metric: Codable, Hashable, Sendable {
  public var id: String
  /// What sort of quantity it is: a number with a unit (most), a bare count (1.77亿农民), a
  /// streak (连续4年), a return period (五年一遇) or a ratio series (8.3∶41.4∶50.3).
  public var kind: Kind
  /// The matched text, qualifiers included.
  public var text: String
  /// The numeric value as written, before its magnitude (1.76 of 1.76万家); `nil` when masked
  /// or a range.
  public var value: Double?
  /// The number as written (`233`, `十八`, `XX`).
  public var valueText: String
  /// The normalised unit with its magnitude (`条`, `万元`, `%`, `percentage point`); for a
  /// bare count the magnitude alone (`万`, `亿`).
  public var unit: String
  /// `value` with the magnitude of `unit` applied (1.76万家 → 17600); `nil` when `value` is.
  public var normalizedValue: Double?
  /// `unit` without its magnitude (万元 → 元, 亿斤 → 斤); `count` for a bare count (1.77亿农民).
  public var normalizedUnit: String
  /// Whether 余/多/约/左右/近 makes the value approximate.
  public var approximate: Bool
  /// A bound: 以上/不少于 … (`>=`), 超过/超/突破/逾 (`>`), 以下/以内/不超过 … (`<=`), 不足/低于 (`<`).
  public var comparator: Comparator?
  /// Both ends of a range (1—2次, 5%—5.5%), as written.
  public var range: MetricRange?
  /// Both ends of `range` with the magnitude of `unit` applied (1万—2万元 → 10000…20000 元).
  public var normalizedRange: MetricRange?
  /// Whether any digit is masked (X, *, ×).
  public var masked: Bool
  /// The noun phrase being counted, best effort (供稿信息).
  public var subject: String?
  /// The period or unit of a rate (每年编辑出版4期 → `年`, 58万元/人 → `人`).
  public var per: Per?
  /// `increase` or `decrease` when a verb says so (增长12％, 下降5.3个百分点).
  public var direction: Direction?
  /// The id of the total this metric is a part of (XXX个（机关党委XX个、…）), or of the ratio
  /// series it is a share of (8.3∶41.4∶50.3).
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

  /// What sort of quantity a ``Metric`` is.
  public enum Kind: String, Codable, Hashable, Sendable, CaseIterable {
    /// A number with a unit: 233条, 5.4万元, 30%.
    case quantity
    /// A number with a magnitude and no measure word, counting the noun beside it: 惠及1.77亿农民,
    /// 新增青年40.8万. `unit` is the magnitude (`亿`), `normalizedUnit` is `count`.
    case count
    /// A duration in a row: 连续4年 (unit `年`). Other years (2021年, 光荣在党50年) are not metrics.
    case streak
    /// How rarely an event comes: 五年一遇, 百年一遇 (unit `年`).
    case returnPeriod
    /// A ratio series whose parts are shares of 100: 三次产业结构8.3∶41.4∶50.3 (unit `ratio`, no
    /// value); its parts are `%` metrics whose `partOf` is its id.
    case ratio
  }

  /// The comparator of a bound, written in the JSON as the mathematical sign.
  public enum Comparator: String, Codable, Hashable, Sendable, CaseIterable {
    /// 以上, 不少于, 不低于, 至少: the number itself and more.
    case atLeast = ">="
    /// 超过, 超, 突破, 逾, 高于: more than the number.
    case greaterThan = ">"
    /// 以下, 以内, 内, 不超过, 控制在: the number itself and less.
    case atMost = "<="
    /// 不足, 低于, 少于: less than the number.
    case lessThan = "<"
  }

  /// Which way a change went, when a verb before the number says so.
  public enum Direction: String, Codable, Hashable, Sendable, CaseIterable {
    /// 增长, 增加, 提高, 上升, 提升, 扩大.
    case increase
    /// 下降, 减少, 降低, 压减, 缩减, 回落, 下滑.
    case decrease
  }

  /// What a rate is per: the period after 每 (每年编辑出版4期) or the unit after a slash
  /// (1459万吨/年, 58万元/人). The raw value is the word as written.
  public enum Per: String, Codable, Hashable, Sendable, CaseIterable {
    case year = "年"
    case quarter = "季度"
    case season = "季"
    case month = "月"
    case week = "周"
    case day = "天"
    case date = "日"
    case term = "学期"
    case hour = "小时"
    case person = "人"
    case household = "户"
    case mu = "亩"
    case squareMeter = "平方米"
    case kilometer = "公里"
    case time = "次"
  }
}

/// The bounds of a range such as 1—2次.
public struct MetricRange: Codable, Hashable, Sendable {
  public var low: Double?
  public var high: Double?

  public init(low: Double?, high: Double?) {
    self.low = low
    self.high = high
  }
}


/// The document-level structure of a report: title, framing, preamble and section tree.
public struct Outline: Codable, Hashable, Sendable {
  /// The document's title line (e.g. "X县委办公室2021年工作要点"), when it has one.
  public var title: String?
  public var kind: DocumentKind
  /// The period the report covers, when it can be told.
  public var period: Period?
  /// The opening address of a speech ("同志们：", "各位代表：").
  public var salutation: Paragraph?
  /// Body text before the first heading.
  public var preamble: [Paragraph]
  public var sections: [Section]
  /// The closing formula of a speech ("我就讲这些，谢谢大家！").
  public var closing: Paragraph?
  /// Lines that are not part of the report: watermarks, ads, page controls.
  public var boilerplate: [BoilerplateLine]

  public init(
    title: String? = nil, kind: DocumentKind = .unknown, period: Period? = nil,
    salutation: Paragraph? = nil, preamble: [Paragraph] = [], sections: [Section] = [],
    closing: Paragraph? = nil, boilerplate: [BoilerplateLine] = []
  ) {
    self.title = title
    self.kind = kind
    self.period = period
    self.salutation = salutation
    self.preamble = preamble
    self.sections = sections
    self.closing = closing
    self.boilerplate = boilerplate
  }
}

/// A line set aside as not belonging to the report.
public struct BoilerplateLine: Codable, Hashable, Sendable {
  public var text: String
  /// 1-based line number.
  public var line: Int

  public init(text: String, line: Int) {
    self.text = text
    self.line = line
  }
}

/// The genre of a report.
public enum DocumentKind: String, Codable, Hashable, Sendable, CaseIterable {
  /// 工作总结: looks back.
  case summary
  /// 工作计划 / 工作要点: looks ahead.
  case plan
  /// 讲话稿: a speech.
  case speech
  /// Both a summary and a plan.
  case mixed
  case unknown
}

/// The time a report covers.
///
/// A summary covers the period it looks back on, a plan the period it plans for. A report
/// that does both (seed 000: 2021年工作成效, 2022年工作计划) covers the first and carries
/// the second in ``plan``.
public struct Period: Codable, Hashable, Sendable {
  /// The year, or `nil` when it is masked or not stated.
  public var year: Int?
  public var part: PeriodPart
  /// Whether the year is masked (****年上半年).
  public var masked: Bool
  /// The period planned for, when the report also looks ahead to a different one.
  public var plan: PlannedPeriod?

  public init(year: Int?, part: PeriodPart, masked: Bool = false, plan: PlannedPeriod? = nil) {
    self.year = year
    self.part = part
    self.masked = masked
    self.plan = plan
  }
}

/// The period a report plans for next to the one it reviews (2022年工作计划, 下半年工作安排).
public struct PlannedPeriod: Codable, Hashable, Sendable {
  /// The year, or `nil` when it is masked or not stated.
  public var year: Int?
  public var part: PeriodPart
  public var masked: Bool

  public init(year: Int?, part: PeriodPart, masked: Bool = false) {
    self.year = year
    self.part = part
    self.masked = masked
  }
}

/// A part of a year.
public enum PeriodPart: String, Codable, Hashable, Sendable, CaseIterable {
  /// The whole year.
  case full
  /// 上半年, 下半年.
  case H1, H2
  /// 一季度 … 四季度.
  case Q1, Q2, Q3, Q4
}

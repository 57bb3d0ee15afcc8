/// The document-level structure of a report: title, front matter, framing, preamble, section
/// tree, back matter and attachments.
///
/// Front and back matter follow GB/T 9704: the masthead (版头), document number (发文字号),
/// title, addressees (主送机关), issuer and date of signing (落款), note (附注), copies (抄送)
/// and printing line (印发). Reports and speeches add a dateline and a speaker line under the
/// title. None of these lines is a paragraph of the preamble or of a section.
public struct Outline: Codable, Hashable, Sendable {
  /// The document's title (e.g. "X县委办公室2021年工作要点"), when it has one; a title set
  /// over two or more lines is joined without a separator.
  public var title: String?
  /// Where the title stands: from its first line's first scalar to its last line's end.
  public var titleSpan: Span?
  /// The genre of the content: summary, plan, speech, mixed.
  public var kind: DocumentKind
  /// What the document is, from its title's last word and its framing.
  public var docType: DocumentType
  /// The period the report covers, when it can be told.
  public var period: Period?
  /// The issuing organ's masthead above the document number: "XX市人民政府文件".
  public var masthead: MatterLine?
  /// The document number (发文字号) standing alone near the top: "X政发〔2021〕12号".
  public var number: MatterLine?
  /// The signer beside the document number of a document sent up (上行文): "签发人：王建国".
  public var signer: MatterLine?
  /// The line under the title that says when and where a report or speech was delivered.
  public var dateline: Dateline?
  /// The speaker under a report's title: "国务院总理　李强".
  public var speaker: Speaker?
  /// The addressees (主送机关) above the body: "各县（市）人民政府、州级各部门：".
  public var addressees: OrganList?
  /// The opening address of a speech ("同志们：", "各位代表：").
  public var salutation: Paragraph?
  /// Body text before the first heading.
  public var preamble: [Paragraph]
  public var sections: [Section]
  /// The closing formula of a speech ("我就讲这些，谢谢大家！").
  public var closing: Paragraph?
  /// The list of attachments (附件说明) above the signature: "附件：1.XX要点" and the lines of
  /// the items after the first, joined with a space.
  public var attachmentList: MatterLine?
  /// The issuing organ named above the date of signing (落款): "XX市人民政府".
  public var issuer: MatterLine?
  /// The date of signing (成文日期) on its own line at the end of the body.
  public var signingDate: DateLine?
  /// The note (附注) under the date of signing: "（此件公开发布）".
  public var note: MatterLine?
  /// The documents a notice issues or forwards, each with its own title and tree.
  public var attachments: [Attachment]
  /// The copies line of the 版记: "抄送：市委各部门，市人大常委会办公室。".
  public var copyTo: OrganList?
  /// The printing line of the 版记: "XX市人民政府办公室　　2021年10月12日印发".
  public var printing: PrintingLine?
  /// Lines that are not part of the report: watermarks, ads, page controls.
  public var boilerplate: [BoilerplateLine]

  public init(
    title: String? = nil, kind: DocumentKind = .unknown, period: Period? = nil,
    salutation: Paragraph? = nil, preamble: [Paragraph] = [], sections: [Section] = [],
    closing: Paragraph? = nil, boilerplate: [BoilerplateLine] = []
  ) {
    self.title = title
    self.kind = kind
    self.docType = .unknown
    self.period = period
    self.salutation = salutation
    self.preamble = preamble
    self.sections = sections
    self.closing = closing
    self.attachments = []
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

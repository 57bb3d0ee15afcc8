/// A line of front or back matter read as it is (发文字号, 发文机关, 附注): its text and
/// where it stands.
public struct MatterLine: Codable, Hashable, Sendable {
  /// The line's text, without indent and trailing white space.
  public var text: String
  public var span: Span

  public init(text: String, span: Span) {
    self.text = text
    self.span = span
  }
}

/// The line under a report's or a speech's title that says when and where it was delivered:
/// "——2024年3月5日在第十四届全国人民代表大会第二次会议上", "（2021年1月25日在…上）",
/// "——在中国共产党第二十次全国代表大会上的报告" followed by "（2022年10月16日）".
public struct Dateline: Codable, Hashable, Sendable {
  /// The dateline as written; lines that continue it are joined without a separator.
  public var text: String
  /// The date it names, ISO (`2024-03-05`, or `2024-03` when it gives no day).
  public var date: String?
  /// From the first line's first scalar to the last line's end.
  public var span: Span

  public init(text: String, date: String?, span: Span) {
    self.text = text
    self.date = date
    self.span = span
  }
}

/// The speaker line under a report's title: "国务院总理　李强", "省长 王伟", "习　近　平".
public struct Speaker: Codable, Hashable, Sendable {
  /// The line (or the office line and the name line) as written.
  public var text: String
  /// The office, when the line gives one: "国务院总理", "北京市市长".
  public var office: String?
  /// The name without letter-spacing: "习近平".
  public var name: String
  public var span: Span

  public init(text: String, office: String?, name: String, span: Span) {
    self.text = text
    self.office = office
    self.name = name
    self.span = span
  }
}

/// A list of organs on one line: the addressees (主送机关) above the body
/// ("各县（市）人民政府、州级各部门："), or the copies (抄送) at the end.
public struct OrganList: Codable, Hashable, Sendable {
  /// The line as written.
  public var text: String
  /// Each organ, split at 、，, and without the line's label (抄送：) and final colon.
  public var organs: [String]
  public var span: Span

  public init(text: String, organs: [String], span: Span) {
    self.text = text
    self.organs = organs
    self.span = span
  }
}

/// A date standing on a line of its own: the date of signing (成文日期) under the issuer.
public struct DateLine: Codable, Hashable, Sendable {
  /// As written: "2021年10月11日", "二〇二一年十月十一日".
  public var text: String
  /// ISO: `2021-10-11`.
  public var value: String?
  public var span: Span

  public init(text: String, value: String?, span: Span) {
    self.text = text
    self.value = value
    self.span = span
  }
}

/// The printing line of the 版记: "XX市人民政府办公室　　2021年10月12日印发".
public struct PrintingLine: Codable, Hashable, Sendable {
  /// The line as written.
  public var text: String
  /// The office that printed the document, when the line names one.
  public var office: String?
  /// The printing date, ISO.
  public var date: String?
  public var span: Span

  public init(text: String, office: String?, date: String?, span: Span) {
    self.text = text
    self.office = office
    self.date = date
    self.span = span
  }
}

/// A document issued or forwarded by a notice (关于印发《X》的通知): its own title, type and
/// tree, kept apart from the notice's.
///
/// Its sections' ids start with `a` and the attachment's 1-based position (`a1.2.1`), and
/// every entity found in it has a ``SectionReference`` whose `sectionId` starts the same way
/// (`a1` for its preamble) and whose `sectionPath` starts with the attachment's title.
public struct Attachment: Codable, Hashable, Sendable {
  /// The attachment label when the text has one: "附件", "附件1".
  public var label: String?
  /// The issued document's title ("XX市XX管理办法"), when it has one.
  public var title: String?
  /// What the issued document is, from its title.
  public var docType: DocumentType
  /// A dateline under its title ("（2021年9月30日市政府第12次常务会议通过）").
  public var dateline: Dateline?
  /// Body text before its first heading.
  public var preamble: [Paragraph]
  public var sections: [Section]
  /// From its label or title to the end of its last line.
  public var span: Span

  public init(
    label: String? = nil, title: String? = nil, docType: DocumentType = .unknown, dateline: Dateline? = nil,
    preamble: [Paragraph] = [], sections: [Section] = [], span: Span
  ) {
    self.label = label
    self.title = title
    self.docType = docType
    self.dateline = dateline
    self.preamble = preamble
    self.sections = sections
    self.span = span
  }
}

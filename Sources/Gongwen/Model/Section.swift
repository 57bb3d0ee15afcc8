/// A node of the section tree: a heading, its body paragraphs and its subsections.
public struct Section: Codable, Hashable, Sendable {
  /// Path of 1-based sibling positions from the root, e.g. `"2.1.3"`.
  public var id: String
  /// Depth in the tree, 1 for top-level sections.
  public var level: Int
  /// The heading marker as written, e.g. `"一、"`, `"（一）"`, `"1."`; empty for an
  /// unnumbered heading.
  public var marker: String
  /// The style of the marker, which fixes its rank among headings.
  public var style: HeadingStyle
  /// The number the marker stands for (3 for 三、, （三）, 3.), when it has one.
  public var number: Int?
  /// The heading's title: for an inline heading ("（一）明职责。严格按照…") the text up to
  /// its first 。；：！？; `nil` (JSON `null`) when the heading has no title of its own — a
  /// numbered point that is a running sentence ("（二）在提高单位面积产量的同时，…增加。"), or
  /// a statute's article ("第一条　为规范…"), whose text is then its first paragraph.
  public var title: String?
  /// What the section is about in the report (achievements, problems, plan …).
  public var role: SectionRole
  /// From the heading's first scalar to the end of the section's last content; `line` is the
  /// heading's line.
  public var span: Span
  /// Body paragraphs before the first subsection (and any after it that belong here).
  public var paragraphs: [Paragraph]
  public var children: [Section]

  public init(
    id: String, level: Int, marker: String, style: HeadingStyle, number: Int?, title: String?,
    role: SectionRole = .other, span: Span, paragraphs: [Paragraph] = [], children: [Section] = []
  ) {
    self.id = id
    self.level = level
    self.marker = marker
    self.style = style
    self.number = number
    self.title = title
    self.role = role
    self.span = span
    self.paragraphs = paragraphs
    self.children = children
  }

  /// How the section is named in a path (`sectionPath`, the tables' `section_path`): its
  /// title, or its marker when it has none ("第十条", "（三）").
  public var pathName: String { title ?? marker }

  private enum CodingKeys: String, CodingKey {
    case id, level, marker, style, number, title, role, span, paragraphs, children
  }

  /// Writes `title` as `null` when there is none (the contract keeps the key), other absent
  /// optionals are left out.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(level, forKey: .level)
    try container.encode(marker, forKey: .marker)
    try container.encode(style, forKey: .style)
    try container.encodeIfPresent(number, forKey: .number)
    try container.encode(title, forKey: .title)
    try container.encode(role, forKey: .role)
    try container.encode(span, forKey: .span)
    try container.encode(paragraphs, forKey: .paragraphs)
    try container.encode(children, forKey: .children)
  }
}

/// The marker styles of GB/T 9704 层次序数, of statutes, and their common variants, from the
/// highest rank to the lowest.
///
/// A statute's 编 > 章 > 节 > 条 rank above a report's 一、 > （一） > 1. > （1）, so a report
/// that uses 第一部分 or 第一章 with 一、 inside keeps its tree. ``ordinal`` has no fixed rank:
/// the outline builder ranks it just below the section it stands in.
public enum HeadingStyle: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
  /// 第一部分, 第一篇, 第一编, 附件1, 附录; also an unnumbered part heading such as
  /// "2022年工作计划" or "名词解释".
  case part
  /// 第一章 — a chapter (of a statute, or of a report set out in chapters).
  case chapter
  /// 第一节 — a division of a chapter (节; a "section" in English statute translations, named
  /// so as not to be confused with ``Section``).
  case division
  /// 第一条 — a statute's article; its clauses （一）（二） and items 1. 2. stay in it as
  /// paragraphs with enumerations, not subsections.
  case article
  /// 一、
  case chineseComma
  /// （一）, ㈠
  case chineseParen
  /// 1. 1、 1．
  case arabicDot
  /// （1）, 1）, ⑴
  case arabicParen
  /// ①
  case circled
  /// 第一，全国动员，大办农业 / 第一、关于基本建设: an ordinal heading standing alone between
  /// paragraphs; it ranks just below the section it stands in.
  case ordinal

  var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: HeadingStyle, rhs: HeadingStyle) -> Bool { lhs.rank < rhs.rank }
}

/// What a section reports on.
public enum SectionRole: String, Codable, Hashable, Sendable, CaseIterable {
  /// Work done and results (工作成效, 主要工作, 工作总结, 完成情况).
  case achievements
  /// Shortcomings admitted (存在问题, 不足, 短板).
  case problems
  /// Work planned (工作计划, 工作安排, 下步打算, 重点工作, 工作要点).
  case plan
  /// Measures and requirements (措施, 保障, 要求).
  case measures
  case other
}

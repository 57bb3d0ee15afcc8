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
  /// its first 。；：！？; empty when a numbered item has no short title of its own.
  public var title: String
  /// What the section is about in the report (achievements, problems, plan …).
  public var role: SectionRole
  /// From the heading's first scalar to the end of the section's last content; `line` is the
  /// heading's line.
  public var span: Span
  /// Body paragraphs before the first subsection (and any after it that belong here).
  public var paragraphs: [Paragraph]
  public var children: [Section]

  public init(
    id: String, level: Int, marker: String, style: HeadingStyle, number: Int?, title: String,
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
}

/// The marker styles of GB/T 9704 层次序数 and their common variants, from the highest rank to
/// the lowest.
public enum HeadingStyle: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
  /// 第一部分, 第一章, 第一篇; also an unnumbered part heading such as "2022年工作计划".
  case part
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

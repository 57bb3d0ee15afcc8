import Testing
@testable import Gongwen

/// A heading that names a time takes that time's side of the document's own year, whatever
/// its cue words say; the sections under it follow unless they name a role of their own.
@Suite("Section roles turned by the time a heading names")
struct SectionRoleOrientationTests {
  static let report = [
    "2026年某省政府工作报告", "——2026年1月27日在某省第十四届人民代表大会第四次会议上", "各位代表：",
    "一、2025年和“十四五”时期工作回顾", "地区生产总值增长5.8%。",
    "二、2026年主要工作", "（一）聚力促进更高水平开放", "实际使用外资增长5%。", "（二）存在问题", "发展不平衡。",
    "三、“十三五”时期主要工作", "城镇新增就业300万人。",
  ].joined(separator: "\n")

  @Test func rolesFollowTheHeadingsTime() {
    let sections = GongwenParser().parse(text: Self.report).outline.sections
    #expect(sections.map(\.role) == [.achievements, .plan, .achievements])
    // 主要工作 is a cue for achievements; 2026 in a 2026 report plans, and so do its sections.
    #expect(sections[1].children.map(\.role) == [.plan, .problems])
  }

  @Test func aDocumentWithoutAYearKeepsItsCues() {
    let sections = GongwenParser().parse(text: "一、主要工作\n做了很多事。\n二、下一步打算\n继续努力。").outline.sections
    #expect(sections.map(\.role) == [.achievements, .plan])
  }
}

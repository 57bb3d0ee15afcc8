import Testing
@testable import Gongwen

@Suite("Document kind, period and section roles")
struct DocumentKindAndPeriodTests {
  func outline(_ text: String) -> Outline { GongwenParser().parse(text: text).outline }

  @Test func seedKinds() throws {
    let kinds = try ["000", "001", "002", "003", "004"].map { try Fixtures.seed($0).outline.kind }
    #expect(kinds == [.mixed, .mixed, .speech, .plan, .summary])
  }

  @Test func seedPeriods() throws {
    #expect(try Fixtures.seed("000").outline.period == Period(year: 2021, part: .full, plan: PlannedPeriod(year: 2022, part: .full)))
    #expect(try Fixtures.seed("001").outline.period == Period(year: nil, part: .H1, plan: PlannedPeriod(year: nil, part: .H2)))
    // ****年上半年: the year is masked, which is not an error.
    let speech = try Fixtures.seed("002")
    #expect(speech.outline.period == Period(year: nil, part: .H1, masked: true, plan: PlannedPeriod(year: nil, part: .H2, masked: true)))
    #expect(!speech.diagnostics.contains { $0.code.hasPrefix("period") })
    #expect(try Fixtures.seed("003").outline.period == Period(year: 2021, part: .full))
    #expect(try Fixtures.seed("004").outline.period == Period(year: 2021, part: .full))
  }

  @Test func seedRoles() throws {
    let mixed = try Fixtures.seed("000").outline.sections
    #expect(mixed.map(\.role) == [.achievements, .plan])
    #expect(mixed[1].children.allSatisfy { $0.role == .plan })
    let speech = try Fixtures.seed("002").outline.sections
    #expect(speech.map(\.role) == [.achievements, .problems, .plan])
    // A plan's sections plan, a summary's report achievements, unless a heading says otherwise.
    #expect(try Fixtures.seed("003").allSections.allSatisfy { $0.role == .plan })
    #expect(try Fixtures.seed("004").allSections.allSatisfy { $0.role == .achievements })
    #expect(outline("2021年工作总结\n一、主要成绩\n内容。\n二、存在问题\n内容。").sections.map(\.role) == [.achievements, .problems])
  }

  @Test func titleCuesDecide() {
    #expect(outline("某局2022年工作计划\n一、目标\n内容。").kind == .plan)
    #expect(outline("某局2021年工作总结\n一、做法\n内容。").kind == .summary)
    #expect(outline("某局2021年工作总结和2022年工作计划\n一、做法\n内容。").kind == .mixed)
    #expect(outline("某局2021年工作总结和2022年工作计划\n一、做法\n内容。").period == Period(year: 2021, part: .full))
  }

  @Test func speechesBySalutationClosingOrAnnouncement() {
    #expect(outline("各位代表：\n现在作报告。\n一、回顾\n内容。").kind == .speech)
    #expect(outline("今天召开会议。下面，我讲三点意见。\n一、认清形势\n内容。").kind == .speech)
    #expect(outline("一、认清形势\n内容。\n我就讲这些，谢谢大家！").kind == .speech)
  }

  @Test func preambleCuesAndUnknown() {
    #expect(outline("2021年，我局各项工作任务圆满完成。\n一、履职方面\n内容。").kind == .summary)
    #expect(outline("2021年总的工作要求是：坚持稳中求进。\n一、履职方面\n内容。").kind == .plan)
    #expect(outline("一、履职方面\n内容。").kind == .unknown)
    #expect(outline("一、履职方面\n内容。").period == nil)
  }

  @Test func periodParts() {
    #expect(outline("2022年第一季度工作总结\n一、做法\n内容。").period == Period(year: 2022, part: .Q1))
    #expect(outline("二〇二一年上半年工作总结\n一、做法\n内容。").period == Period(year: 2021, part: .H1))
    #expect(outline("2021年度工作总结\n一、做法\n内容。").period == Period(year: 2021, part: .full))
    let relative = outline("一、2021年工作回顾\n内容。\n二、明年工作打算\n内容。").period
    #expect(relative == Period(year: 2021, part: .full, plan: PlannedPeriod(year: 2022, part: .full)))
  }

  // Near-misses: numbers that are not years of the report.
  @Test func notPeriods() {
    #expect(outline("一、12345年份错误\n内容。").period == nil)
    #expect(outline("一、认清形势\n内容有2021年的数据。").period == nil)
  }

  @Test func outlineViewShowsKindPeriodAndItems() throws {
    let dump = try Fixtures.seed("000").outline.treeDump()
    #expect(dump.hasPrefix("docType: summary\nkind: mixed · period: 2021 (plan: 2022)"))
    #expect(dump.contains("（一） xx学习教育 [achievements] (1 ¶, 6 items)"))
  }
}

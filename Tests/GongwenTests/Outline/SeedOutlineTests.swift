import Testing
@testable import Gongwen

/// The section trees of the five seed reports, checked against what a reader sees.
@Suite("Seed outlines")
struct SeedOutlineTests {
  @Test func seed000SummaryAndPlan() throws {
    let document = try Fixtures.seed("000")
    let sections = document.outline.sections
    #expect(sections.map(\.title) == ["2021年工作成效", "2022年工作计划"])
    #expect(sections[0].children.map(\.marker) == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）"])
    #expect(sections[0].children[0].title == "xx学习教育")
    #expect(sections[1].children.count == 5)
    #expect(document.outline.preamble.count == 1)
    #expect(document.outline.preamble[0].text.hasPrefix("2021年，我办以习近平"))
    #expect(document.outline.title == nil)
    #expect(sections.map(\.role) == [.achievements, .plan])
  }

  @Test func seed003PlanWithItemsNumberedAcrossSections() throws {
    let document = try Fixtures.seed("003")
    let outline = document.outline
    #expect(outline.title == "X县委办公室2021年工作要点")
    #expect(outline.sections.count == 6)
    let items = outline.sections.flatMap(\.children)
    #expect(items.map(\.number) == Array(1...21).map(Optional.some))
    #expect(items.allSatisfy { $0.style == .arabicDot && $0.level == 2 && $0.title != nil })
    #expect(items[0].title == "精准开展督促检查")
    #expect(items[0].paragraphs.first?.text.hasPrefix("进一步落实基层减负要求") == true)
    #expect(items[16].title == "抓好学习教育，锻造忠诚政治品格")
    #expect(outline.sections.map { $0.children.count } == [0, 4, 3, 5, 4, 5])
    // Watermarks and ads at the top and bottom never reach the tree.
    for leak in ["QQ", "会员", "仅供学习", "酷乐文行", "订阅", "倒卖"] {
      #expect(!document.treeText.contains(leak), "\(leak) leaked into the tree")
    }
    #expect(outline.boilerplate.map(\.line) == [1, 2, 3, 6, 37, 38, 39, 40, 41, 42, 43, 44])
    #expect(outline.preamble.count == 1)
  }

  @Test func seed002SpeechFraming() throws {
    let outline = try Fixtures.seed("002").outline
    #expect(outline.salutation?.text == "同志们：")
    #expect(outline.closing?.text == "我就讲这些，谢谢大家！")
    #expect(outline.sections.count == 3)
    #expect(outline.sections.map(\.title) == ["上半年主要工作", "存在问题及不足", "下半年重点工作安排"])
    let plan = outline.sections[2]
    #expect(plan.children.map(\.title) == ["深化机关党建", "做好存史修志", "深化开发利用", "推进以文化人"])
    #expect(plan.children[0].paragraphs.first?.text.hasPrefix("深入学习习近平") == true)
    // The closing remarks after （四） stay inside （四）, and the closing formula is not a paragraph.
    let last = try #require(plan.children.last)
    #expect(last.paragraphs.count == 5)
    #expect(last.paragraphs[1].text.hasPrefix("同志们，今年上半年"))
    #expect(last.paragraphs[4].text.hasPrefix("三是要严守纪律底线"))
    #expect(outline.preamble.map(\.text) == ["今天，我们在这里召开半年工作总结会，回顾上半年工作，查找存在问题与不足，明确下半年任务。下面，我讲三点意见。"])
  }

  @Test func seed004InlineHeadingsWithoutTrailingSpaces() throws {
    let outline = try Fixtures.seed("004").outline
    #expect(outline.sections.map(\.title) == ["履职尽责方面", "正风肃纪方面", "办事公开方面", "工作效率方面", "廉政建设方面"])
    #expect(outline.sections[0].children.map(\.title) == ["明职责", "清思路", "突重点", "夯基础", "强推进"])
    #expect(outline.sections[0].children[0].paragraphs.first?.text.hasPrefix("严格按照县委工作赋权") == true)
    #expect(outline.sections[0].children[0].paragraphs.first?.text.hasSuffix("“一岗双责”。") == true)
    #expect(outline.preamble.first?.text.hasSuffix("各项工作任务圆满完成。") == true)
  }

  @Test func seed001HalfYearSummaryAndPlan() throws {
    let outline = try Fixtures.seed("001").outline
    #expect(outline.sections.map(\.title) == ["上半年总结", "下半年工作计划"])
    #expect(outline.sections[0].paragraphs.count == 2)
    #expect(outline.sections[0].children.count == 4)
    #expect(outline.sections[1].children.count == 3)
    #expect(outline.preamble.isEmpty)
  }

  /// The reviewed tree of every seed (Fixtures/expected/*.outline.txt, checked by reading the
  /// texts): any change to the tree shows up here as a diff to review.
  @Test(arguments: ["000", "001", "002", "003", "004"])
  func reviewedOutline(seed: String) throws {
    let expected = try Fixtures.text("expected/\(seed).outline.txt")
    let actual = try Fixtures.seed(seed).outline.treeDump() + "\n"
    #expect(actual == expected)
  }
}

import Foundation
import Testing
@testable import Gongwen

/// Unnumbered headings at the level the text gives them (issue 16, part 5): back-matter
/// labels, a review part and the plan after it, ordinal heading lines.
@Suite("Unnumbered headings")
struct UnnumberedHeadingTests {
  func outline(_ text: String) -> Outline { GongwenParser().parse(text: text).outline }

  /// 名词解释 after the closing paragraph opens a top-level part: its entries do not nest
  /// under the last section.
  @Test(arguments: ["名词解释", "名词解释：", "附录", "注释", "结束语"])
  func backMatterLabelOpensATopLevelPart(label: String) throws {
    let tree = outline("各位代表：\n现在作报告。\n一、工作回顾\n内容。\n二、工作计划\n（一）抓落实\n让我们携手奋进！\n\(label)\n1.新质生产力：指创新起主导作用的先进生产力质态。\n2.双碳：指碳达峰与碳中和。")
    #expect(tree.sections.count == 3)
    let part = try #require(tree.sections.last)
    #expect(part.style == .part && part.marker.isEmpty && part.level == 1)
    #expect(part.title == label.trimmingSuffix { $0 == "：" })
    #expect(part.children.map(\.number) == [1, 2])
    #expect(tree.sections[1].children[0].paragraphs.map(\.text) == ["让我们携手奋进！"])
  }

  /// Near-misses: a label inside a sentence, and 附件2 taking the label as its title.
  @Test func labelsInSentencesAndAfterAppendixNumbers() {
    let inSentence = outline("一、工作\n名词解释见附录。\n内容。")
    #expect(inSentence.sections.count == 1)
    #expect(inSentence.sections[0].paragraphs.count == 2)
    let appendix = outline("一、工作\n内容。\n附件2\n名词解释\n1.双碳：指碳达峰与碳中和。")
    #expect(appendix.sections.map(\.title) == ["工作", "名词解释"])
    #expect(appendix.sections[1].marker == "附件2")
  }

  /// "首先报告２００１年的工作" and then this year's tasks 一、…: siblings, not parent and
  /// children, when the lead-in says 今年 with a plan cue or names a later year.
  @Test(arguments: [
    "今年政府工作的主要任务是：扩大内需，保持经济较快增长。",
    "２００２年要着重抓好以下几个方面的工作。",
    "明年要着重抓好以下工作。",
  ])
  func reviewPartEndsBeforeThePlan(lead: String) {
    let tree = outline("各位代表：\n现在，我代表国务院作政府工作报告。\n首先报告２００１年的工作\n过去的一年，我们克服困难，经济较快增长。\n\(lead)\n一、扩大国内需求\n内容。\n二、加强农业\n内容。")
    #expect(tree.sections.map(\.title) == ["首先报告２００１年的工作", "扩大国内需求", "加强农业"])
    #expect(tree.sections[0].children.isEmpty)
    #expect(tree.sections[0].paragraphs.count == 2)
  }

  /// Near-misses: the part's own points stay its children.
  @Test(arguments: [
    "2026年重点工作\n重点抓好八个方面工作：\n（一）扩大内需\n内容。",
    "2025年工作回顾\n今年以来，我们扎实工作。\n（一）经济平稳\n内容。",
    "2025年工作回顾\n一年来主要做了以下工作。\n（一）经济平稳\n内容。",
  ])
  func partKeepsItsOwnPoints(body: String) {
    let tree = outline("各位代表：\n现在作报告。\n" + body)
    #expect(tree.sections.count == 1)
    #expect(tree.sections[0].children.count == 1)
  }

  /// 第一，/第一、 heading lines between paragraphs (1978, 1958 reports) rank just below the
  /// section they stand in.
  @Test func ordinalHeadingLines() throws {
    let tree = outline("一、关于国民经济\n我们要做好以下工作。\n第一，全国动员，大办农业\n农业是国民经济的基础。\n（一）扩大耕地\n内容。\n第二，加快发展工业\n工业要上去。\n二、关于文化教育\n内容。")
    #expect(tree.sections.map(\.title) == ["关于国民经济", "关于文化教育"])
    let ordinals = tree.sections[0].children
    #expect(ordinals.map(\.marker) == ["第一，", "第二，"])
    #expect(ordinals.map(\.title) == ["全国动员，大办农业", "加快发展工业"])
    #expect(ordinals.allSatisfy { $0.style == .ordinal })
    #expect(ordinals[0].children.map(\.title) == ["扩大耕地"])
    let under = outline("（三）计划的安排\n安排如下。\n第一、关于基本建设\n内容。\n（１）第一项\n第二、关于工业生产\n内容。\n（四）厉行节约\n内容。")
    #expect(under.sections.map(\.title) == ["计划的安排", "厉行节约"])
    #expect(under.sections[0].children.map(\.title) == ["关于基本建设", "关于工业生产"])
    #expect(under.sections[0].children[0].children.map(\.title) == ["第一项"])
  }

  /// Near-misses: an ordinal sentence, a list of short lines with no text between them, a
  /// bare 第一， with its text on the next line, 第一、二轮.
  @Test(arguments: [
    "第一，坚持党的领导。第二，坚持人民至上。",
    "第一，加强领导\n第二，完善制度\n第三，强化考核",
    "第一，\n修订基本建设工作的有关制度。",
    "第一、二轮巡视已经完成\n内容。",
  ])
  func ordinalNearMisses(body: String) {
    let tree = outline("一、措施\n我们准备采取以下措施。\n" + body)
    #expect(tree.sections.count == 1)
    #expect(tree.sections[0].children.isEmpty, "\(body)")
  }

  /// A bold lead sentence set on its own line is a paragraph, not a heading.
  @Test func leadSentenceOnItsOwnLineIsAParagraph() {
    let tree = outline("各位代表：\n现在作报告。\n一、过去一年的工作\n国民经济保持良好发展势头。\n全年国内生产总值增长8%。\n产业结构持续优化。\n先进制造业加快发展。")
    #expect(tree.sections.count == 1)
    #expect(tree.sections[0].children.isEmpty)
    #expect(tree.sections[0].paragraphs.count == 4)
  }

  /// The development corpus, when it sits beside the repository.
  @Test func devCorpusCases() throws {
    let dev = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")
    let parser = GongwenParser()
    if let document = try? parser.parse(contentsOfFile: dev.appendingPathComponent("national_1958_gov_work_report.txt").path) {
      let plan = try #require(document.outline.sections.first { $0.marker == "（三）" })
      #expect(plan.children.map(\.marker) == ["第一、", "第二、", "第三、", "第四、", "第五、"])
      #expect(plan.children[4].children.count == 10)
    }
    if let document = try? parser.parse(contentsOfFile: dev.appendingPathComponent("provincial_2026_hainan_gov_work_report.txt").path) {
      #expect(document.outline.sections.last?.title == "注释")
      #expect(document.outline.sections.last?.level == 1)
    }
  }
}

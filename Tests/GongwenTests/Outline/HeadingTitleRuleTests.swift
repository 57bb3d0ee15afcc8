import Foundation
import Testing
@testable import Gongwen

/// When the text after a heading marker is a title and when it is a running sentence whose
/// section has no title (issue 16, part 6). Lines from the seeds and the development corpus.
@Suite("Titles and running sentences")
struct HeadingTitleRuleTests {
  func firstSection(_ line: String) throws -> Section {
    try #require(GongwenParser().parse(text: "各位代表：\n现在作报告。\n一、工作\n" + line).outline.sections.first?.children.first)
  }

  /// Numbered points that are sentences: no title, the sentence is the first paragraph.
  @Test("Running sentences", arguments: [
    "（二）在提高单位面积产量的同时，努力扩大耕地面积，使粮食总产量有较大的增加。",
    "（４）工农速成中学准备分别改为大学的工农预科或者正规的工农中学，一九五八年秋季继续招生，吸收经过一定劳动时间而具有初中或者高小毕业程度的优秀工人、农民和工农干部入学。",
    "（７）为了保证在今后十年内基本上扫除青年和壮年中的文盲，必须大力开展扫除文盲的运动。",
    "（９）在国家的辅导下，积极开展群众性的文化活动、体育活动。",
    "（１０）在各级学校和各类文化单位中的杂务劳动和部分建筑工程，例如打扫清洁，整修操场和道路，修筑房屋等等，应当有计划地安排时间，组织教职员和学生自己动手。",
    "（２）在高等学校招收的新生中，尽可能地增加工人和农民的成分。凡是合乎入学条件的，应当优先录取。",
    "（３）中等专业学校主要是培养有文化有技术的工人和农民，学生在毕业以后一律参加工业和农业的生产。学校要逐步做到半工半读。",
  ])
  func runningSentences(line: String) throws {
    let section = try firstSection(line)
    #expect(section.title == nil)
    let text = String(line.drop { $0 != "）" }.dropFirst())
    #expect(section.paragraphs.first?.text == text)
  }

  /// Near-misses: headings with commas, 在…上, 以…为, one sentence ending in 。 — titles.
  @Test("Titles kept", arguments: [
    ("（一）明职责。严格按照县委工作赋权，落实“一岗双责”。", "明职责"),
    ("（一）加强和改善宏观调控，促进经济平稳较快发展。", "加强和改善宏观调控，促进经济平稳较快发展"),
    ("（三）以保障和改善民生为重点，全面提高人民物质文化生活水平。", "以保障和改善民生为重点，全面提高人民物质文化生活水平"),
    ("（四）以更大的政治勇气和智慧，深入推进改革开放。", "以更大的政治勇气和智慧，深入推进改革开放"),
    (
      "（四）推动供需高水平动态适配，在建设强大国内市场中努力扩大有潜能的消费、有需求的生产、有效益的投资。",
      "推动供需高水平动态适配，在建设强大国内市场中努力扩大有潜能的消费、有需求的生产、有效益的投资"
    ),
    ("（六）在实施创新驱动发展战略上奋起直追。各地要…。", "在实施创新驱动发展战略上奋起直追"),
    ("（二）围绕政令畅通，切实提升督查督办水平", "围绕政令畅通，切实提升督查督办水平"),
    ("（１）有步骤地实行半工半读的教育制度。中等学校和高等学校都可以举办实验工厂。", "有步骤地实行半工半读的教育制度"),
    ("（十二）用心用情用力办好群众身边大大小小的事，更好满足人民群众日益增长的美好生活需要。", "用心用情用力办好群众身边大大小小的事，更好满足人民群众日益增长的美好生活需要"),
  ])
  func titlesKept(line: String, title: String) throws {
    #expect(try firstSection(line).title == title)
  }

  /// A title's heading reads the same with or without its closing 。 (metamorphic).
  @Test func closingFullStopChangesNoTitle() throws {
    let lines = ["（一）加强和改善宏观调控，促进经济平稳较快发展", "（三）以保障和改善民生为重点，全面提高人民物质文化生活水平", "（一）明职责"]
    for line in lines {
      #expect(try firstSection(line).title == (try firstSection(line + "。").title))
    }
  }

  /// `title` is in the JSON as `null` when a section has none, and reads back as nil.
  @Test func untitledSectionsWriteNull() throws {
    let document = GongwenParser().parse(text: "一、工作\n（９）在国家的辅导下，积极开展群众性的文化活动、体育活动。")
    let json = String(decoding: document.jsonBytes(), as: UTF8.self)
    #expect(json.contains("\"title\":null"))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    #expect(String(decoding: try encoder.encode(document), as: UTF8.self) == json)
    #expect(try Document(jsonData: document.jsonData()) == document)
    #expect(document.outline.treeDump().contains("（９） — "))
  }

  /// Every sentence-like heading of the seeds keeps its reviewed title: none is untitled.
  @Test(arguments: ["000", "001", "002", "003", "004"])
  func seedsHaveNoUntitledSections(seed: String) throws {
    #expect(try Fixtures.seed(seed).allSections.allSatisfy { $0.title != nil })
  }
}

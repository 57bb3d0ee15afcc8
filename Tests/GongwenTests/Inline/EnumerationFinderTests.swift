import Testing
@testable import Gongwen

@Suite("Inline enumerations")
struct EnumerationFinderTests {
  /// The enumerations of each paragraph of a preamble made of `paragraphs`.
  func enumerations(_ paragraphs: String...) -> [[Enumeration]] {
    GongwenParser().parse(text: paragraphs.joined(separator: "\n")).outline.preamble.map(\.enumerations)
  }

  func markers(_ paragraph: String) -> [String] {
    enumerations(paragraph).first?.map(\.marker) ?? []
  }

  @Test func numeralIsListsSeparatedBySemicolons() {
    let items = enumerations("2021年，我办常态化抓好疫情防控工作。一是第一时间转发学习疫情防控知识文件；二是按要求戴口罩、勤通风、勤消毒；三是拒绝食用野生动物。此外按时上报。")[0]
    #expect(items.map(\.marker) == ["一是", "二是", "三是"])
    #expect(items.map(\.ordinal) == [1, 2, 3])
    #expect(items[0].text == "一是第一时间转发学习疫情防控知识文件；")
    // Items were one sentence each, so the last one ends with its sentence.
    #expect(items[2].text == "三是拒绝食用野生动物。")
  }

  @Test func multiSentenceItemsRunToTheNextMarkerAndTheLastToTheParagraphEnd() {
    let items = enumerations("一是强化政治机关建设。深入学习党的理论。二是加强班子建设。召开会议*次。坚持民主集中制。")[0]
    #expect(items.map(\.text) == ["一是强化政治机关建设。深入学习党的理论。", "二是加强班子建设。召开会议*次。坚持民主集中制。"])
  }

  @Test func ordinalCommaListsFromSeed002() {
    let items = enumerations("主要体现在：第一，政治理论水平有效提升；第二，文字工作能力有效提升；第三，业务工作能力有效提升。")[0]
    #expect(items.map(\.marker) == ["第一，", "第二，", "第三，"])
  }

  @Test func otherFamilies() {
    #expect(markers("首先，统一思想；其次，明确任务；最后，狠抓落实。") == ["首先", "其次", "最后"])
    #expect(enumerations("首先，统一思想；其次，明确任务；最后，狠抓落实。")[0].map(\.ordinal) == [1, 2, 3])
    #expect(markers("一要提高认识；二要加强领导；三要狠抓落实。") == ["一要", "二要", "三要"])
    #expect(markers("重点包括①产业发展②生态保护③民生改善。") == ["①", "②", "③"])
    #expect(markers("分为（1）基础设施、（2）公共服务两类。") == ["（1）", "（2）"])
    #expect(markers("分为(一)基础设施、(二)公共服务两类。") == ["(一)", "(二)"])
  }

  @Test func aListRunsOnIntoTheNextParagraphs() {
    let perParagraph = enumerations("一是要注重理论学习。思想是行动的先导。", "二是要掌握工作方法。我常讲。", "三是要严守纪律底线。", "其他工作照常。")
    #expect(perParagraph.map { $0.map(\.marker) } == [["一是要"], ["二是要"], ["三是要"], []])
  }

  @Test func seed002ClosingParagraphsStayInSectionFourWithTheirItems() throws {
    let document = try Fixtures.seed("002")
    let four = try #require(document.outline.sections[2].children.last)
    #expect(four.marker == "（四）")
    let markers = four.paragraphs.flatMap(\.enumerations).map(\.marker)
    #expect(markers == ["一是要", "二是要", "三是要"])
    let allMarkers = document.allSections.flatMap(\.paragraphs).flatMap(\.enumerations).map(\.marker)
    #expect(allMarkers.contains("第一，") && allMarkers.contains("第四，"))
  }

  @Test func seed000StudySectionHasSixItems() throws {
    let document = try Fixtures.seed("000")
    let study = document.outline.sections[0].children[0]
    #expect(study.title == "xx学习教育")
    #expect(study.paragraphs[0].enumerations.map(\.ordinal) == [1, 2, 3, 4, 5, 6])
    #expect(study.paragraphs[0].enumerations.last?.text == "六是认真总结xx学习教育成果，促进xx学习教育成果转化。")
  }

  // Near-misses: words that hold a numeral and 是/要, ranks and lone markers.
  @Test func nearMissesAreNotLists() {
    #expect(markers("坚持统一是前提，唯一是关键，二是要点。") == [])
    #expect(markers("规模居世界第一，吸引外资居第二，出口第三。") == [])
    #expect(markers("坚持安全第一、预防为主。") == [])
    #expect(markers("全面达标。第一、二轮中央生态环保督察反馈问题整改。") == [])
    #expect(markers("二是加强领导；三是狠抓落实。") == [])
    #expect(markers("建立“政治理论学习第一议题”机制。") == [])
    #expect(markers("一要素齐全，二要素缺失。") == [])
  }

  @Test func spansPointAtTheItems() {
    let document = GongwenParser().parse(text: "前言。一是甲；二是乙。")
    let items = document.outline.preamble[0].enumerations
    #expect(items.map(\.span.start) == [3, 7])
    #expect(items.map(\.span.end) == [7, 11])
  }
}

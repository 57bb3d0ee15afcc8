import Testing
@testable import Gongwen

/// Tree building on small made-up texts, one behaviour each.
@Suite("Outline building")
struct OutlineBuilderTests {
  func outline(_ text: String) -> Outline { GongwenParser().parse(text: text).outline }

  @Test func skippedLevelNestsUnderTheNearestHigherRank() {
    let tree = outline("一、总体要求\n1.第一项。正文。\n（1）细项\n2.第二项\n二、保障措施\n3.第三项")
    #expect(tree.sections.map(\.title) == ["总体要求", "保障措施"])
    #expect(tree.sections[0].children.map(\.title) == ["第一项", "第二项"])
    #expect(tree.sections[0].children[0].children.map(\.title) == ["细项"])
    #expect(tree.sections[1].children.map(\.number) == [3])
    #expect(tree.sections[0].children[0].children[0].id == "1.1.1")
  }

  @Test func enumerationParagraphIsNotAHeading() {
    let tree = outline("一、工作\n一是加强学习；二是强化落实。\n二、计划")
    #expect(tree.sections.count == 2)
    #expect(tree.sections[0].paragraphs.map(\.text) == ["一是加强学习；二是强化落实。"])
  }

  @Test func quotedListWhoseNumbersGoBackStaysBodyText() {
    let tree = outline("一、概况\n二、做法\n三、计划\n通知要求：\n一、提高认识\n二、加强领导\n四、保障")
    #expect(tree.sections.map(\.title) == ["概况", "做法", "计划", "保障"])
    #expect(tree.sections[2].paragraphs.map(\.text) == ["通知要求：", "一、提高认识", "二、加强领导"])
  }

  @Test func unnumberedPartBeforeARestartedNumbering() {
    let tree = outline("一、党建\n内容。\n二、业务\n内容。\n2022年工作打算\n一、强化学习\n内容。\n二、抓好业务")
    #expect(tree.sections.map(\.title) == ["党建", "业务", "2022年工作打算"])
    #expect(tree.sections[2].style == .part)
    #expect(tree.sections[2].children.map(\.title) == ["强化学习", "抓好业务"])
    #expect(tree.sections[2].role == .plan)
  }

  @Test func unnumberedHeadingsWhenNoNumberedSectionIsOpen() {
    let tree = outline("各位代表：\n现在我作报告。\n“十四五”时期工作回顾\n五年来成绩显著。\n2026年重点工作\n（一）扩大内需\n内容。")
    #expect(tree.sections.map(\.title) == ["“十四五”时期工作回顾", "2026年重点工作"])
    #expect(tree.sections[1].children.map(\.title) == ["扩大内需"])
  }

  @Test func aLineBrokenMidSentenceIsNotAHeading() {
    let tree = outline("各位代表：\n我们在听了刘少奇同志\n关于宪法草案的报告\n，并进行了三天的讨论以后。")
    #expect(tree.sections.isEmpty)
    #expect(tree.preamble.count == 3)
  }

  @Test func appendixOpensAPartTitledByTheNextLine() {
    let tree = outline("一、工作\n内容。\n二、计划\n内容。\n附件1\n十件民生实事\n一、提高低保\n二、加快建立护理\n附件2：名词解释\n1.“四上”企业：\n指规模以上企业。")
    #expect(tree.sections.map(\.title) == ["工作", "计划", "十件民生实事", "名词解释"])
    #expect(tree.sections[2].marker == "附件1")
    #expect(tree.sections[2].children.map(\.title) == ["提高低保", "加快建立护理"])
    #expect(tree.sections[3].children.map(\.title) == ["“四上”企业"])
  }

  @Test func inlineTitleIsTheTextUpToTheFirstTerminatorOutsideQuotes() {
    let tree = outline("一、工作\n（一）落实“三会一课。”制度。全年召开会议。\n（二）明职责。")
    #expect(tree.sections[0].children.map(\.title) == ["落实“三会一课。”制度", "明职责"])
    #expect(tree.sections[0].children[0].paragraphs.map(\.text) == ["全年召开会议。"])
    #expect(tree.sections[0].children[1].paragraphs.isEmpty)
  }

  @Test func longFirstSentenceMakesAnUntitledItem() {
    let body = "进一步落实基层减负要求，减少督查检查数量，提升督查实效，统筹推进决胜全面小康、三大攻坚战等各项决策部署落地落实。确保实效。"
    let tree = outline("一、工作\n1.\(body)")
    let item = tree.sections[0].children[0]
    #expect(item.title == nil)
    #expect(item.paragraphs.map(\.text) == [body])
  }

  @Test func paragraphsRunTogetherWithIdeographicSpacesAreSplit() {
    let tree = outline("同志们：　　这次会议很重要。　　一、取得的成就　　脱贫攻坚取得决定性成就。")
    #expect(tree.salutation?.text == "同志们：")
    #expect(tree.preamble.map(\.text) == ["这次会议很重要。"])
    #expect(tree.sections.map(\.title) == ["取得的成就"])
    #expect(tree.sections[0].paragraphs.map(\.text) == ["脱贫攻坚取得决定性成就。"])
    #expect(tree.sections[0].paragraphs[0].span.line == 1)
  }

  @Test func sectionSpanCoversItsSubtree() throws {
    let text = "一、工作\n（一）学习\n内容一。\n二、计划\n内容二。"
    let tree = outline(text)
    let scalars = Array(text.unicodeScalars)
    let first = tree.sections[0]
    #expect(String(String.UnicodeScalarView(scalars[first.span.start..<first.span.end])) == "一、工作\n（一）学习\n内容一。")
    #expect(first.span.line == 1)
  }
}

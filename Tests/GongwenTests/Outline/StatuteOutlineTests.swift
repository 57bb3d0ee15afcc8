import Testing
@testable import Gongwen

/// Statutes (办法, 规定, 条例): 编 > 章 > 节 > 条 as one hierarchy, clauses kept in their
/// article, citations never headings (issue 16, part 1).
@Suite("Statute outlines")
struct StatuteOutlineTests {
  func outline(_ text: String) -> Outline { GongwenParser().parse(text: text).outline }

  func marker(_ line: String) -> HeadingMarker? {
    let text = SourceText(line)
    return HeadingMarker.read(text.folded, in: 0..<text.count)
  }

  // The reviewed outline of Fixtures/families/measures-urban-greening.txt is checked with the
  // other families in FamilyOutlineTests.

  @Test("Statute markers", arguments: [
    ("第一编　总则", HeadingStyle.part, 1),
    ("第三章　附则", .chapter, 3),
    ("第二节　建设", .division, 2),
    ("第一条　为了加强城市绿化管理，制定本办法。", .article, 1),
    ("第一条为了加强城市绿化管理，制定本办法。", .article, 1),
    ("第十一条【古树名木】本市对古树名木实行统一管理。", .article, 11),
    ("第一百零五条　本条例自公布之日起施行。", .article, 105),
    ("第七条：本办法由市司法局负责解释。", .article, 7),
    ("第八条", .article, 8),
  ])
  func statuteMarkers(line: String, style: HeadingStyle, number: Int) throws {
    let found = try #require(marker(line))
    #expect(found.style == style)
    #expect(found.number == number)
  }

  @Test("Articles cited at a line start are not headings", arguments: [
    "第十条规定的行为，由城市管理综合执法部门查处。",
    "第十条第（一）项规定的行为造成损失的，应当依法赔偿。",
    "第十条至第十五条的规定适用于临时绿地。",
    "第十条、第十一条规定的期限，自批准之日起计算。",
    "第一条是立法目的。",
    "第三节课后召开会议",
  ])
  func citations(line: String) {
    #expect(marker(line) == nil)
  }

  @Test func articleInRunningTextIsNotAHeading() {
    let tree = outline("第一章　总则\n第一条　为了规范管理，制定本办法。\n第二条　因建设需要占用绿地的，应当依照本办法第十二条的规定办理。")
    #expect(tree.sections.count == 1)
    #expect(tree.sections[0].children.map(\.marker) == ["第一条", "第二条"])
  }

  /// The same chapter and article, on one line with one space, two ideographic spaces or
  /// none, and on two lines: one tree.
  @Test func chapterAndArticleOnOneLine() {
    let variants = [
      "第一章　总则\n第一条　为规范城市绿化管理，制定本办法。\n第二条　本办法适用于本市。",
      "第一章　总则　第一条　为规范城市绿化管理，制定本办法。\n第二条　本办法适用于本市。",
      "第一章　总则　　第一条　为规范城市绿化管理，制定本办法。\n第二条　本办法适用于本市。",
      "第一章 总则 第一条 为规范城市绿化管理，制定本办法。\n第二条 本办法适用于本市。",
      "第一章总则第一条为规范城市绿化管理，制定本办法。\n第二条本办法适用于本市。",
    ]
    for text in variants {
      let tree = outline(text)
      #expect(tree.sections.map(\.title) == ["总则"], "\(text)")
      #expect(tree.sections.first?.style == .chapter)
      let articles = tree.sections.first?.children ?? []
      #expect(articles.map(\.marker) == ["第一条", "第二条"], "\(text)")
      #expect(articles.allSatisfy { $0.title == nil && $0.style == .article })
      #expect(articles.first?.paragraphs.map(\.text) == ["为规范城市绿化管理，制定本办法。"], "\(text)")
    }
  }

  @Test func chapterDivisionArticleNest() {
    let tree = outline("第一编　总则\n第一章　一般规定\n第一节　适用范围\n第一条　本条例适用于本市。\n第二节　基本原则\n第二条　坚持依法管理。\n第二章　管理\n第三条　市政府统一领导。")
    #expect(tree.sections.count == 1)
    let chapters = tree.sections[0].children
    #expect(chapters.map(\.marker) == ["第一章", "第二章"])
    #expect(chapters[0].children.map(\.marker) == ["第一节", "第二节"])
    #expect(chapters[0].children[1].children.map(\.marker) == ["第二条"])
    #expect(chapters[0].children[1].children[0].id == "1.1.2.1")
    #expect(chapters[1].children.map(\.marker) == ["第三条"])
  }

  /// （一）（二） and 1. 2. inside an article stay in it as paragraphs with enumerations.
  @Test func clausesStayInTheirArticle() throws {
    let tree = outline("第一章　总则\n第三条　本办法所称城市绿地，包括：\n（一）公园绿地；\n（二）防护绿地。\n第四条　规划应当确定下列内容：\n1.绿化目标；\n2.树种规划。\n第五条　禁止下列行为：（一）攀折花木；（二）倾倒垃圾。")
    let articles = try #require(tree.sections.first).children
    #expect(articles.map(\.marker) == ["第三条", "第四条", "第五条"])
    #expect(articles.allSatisfy { $0.children.isEmpty })
    #expect(articles[0].paragraphs.map(\.text) == ["本办法所称城市绿地，包括：", "（一）公园绿地；", "（二）防护绿地。"])
    #expect(articles[0].paragraphs.flatMap(\.enumerations).map(\.marker) == ["（一）", "（二）"])
    #expect(articles[1].paragraphs.flatMap(\.enumerations).map(\.marker) == ["1.", "2."])
    #expect(articles[2].paragraphs.flatMap(\.enumerations).map(\.ordinal) == [1, 2])
  }

  @Test func articleTitles() throws {
    let tree = outline("第一章　总则\n第一条【目的】为了规范管理，制定本办法。\n第二条　目的\n为了规范管理，制定本办法。\n第三条　本办法适用于本市。")
    let articles = try #require(tree.sections.first).children
    #expect(articles.map(\.title) == ["目的", "目的", nil])
    #expect(articles.map { $0.paragraphs.map(\.text) } == [
      ["为了规范管理，制定本办法。"], ["为了规范管理，制定本办法。"], ["本办法适用于本市。"],
    ])
  }

  /// An appendix after the articles closes them: its 一、 are sections again.
  @Test func appendixAfterTheArticles() throws {
    let tree = outline("第一章　总则\n第一条　为了规范管理，制定本办法。\n附件1\n绿地分类标准\n一、公园绿地\n内容。\n二、防护绿地\n内容。")
    #expect(tree.sections.map(\.title) == ["总则", "绿地分类标准"])
    #expect(tree.sections[1].children.map(\.title) == ["公园绿地", "防护绿地"])
  }

  /// A report set out in 第一部分 / 第一章 with 一、 inside keeps its tree.
  @Test func reportsInChaptersKeepTheirTrees() {
    for word in ["部分", "章"] {
      let tree = outline("第一\(word)　工作回顾\n一、党建工作\n内容。\n二、业务工作\n内容。\n第二\(word)　工作计划\n一、强化学习\n内容。")
      #expect(tree.sections.map(\.title) == ["工作回顾", "工作计划"], "\(word)")
      #expect(tree.sections[0].children.map(\.title) == ["党建工作", "业务工作"], "\(word)")
      #expect(tree.sections[1].children.map(\.title) == ["强化学习"], "\(word)")
    }
    #expect(outline("第一章　工作回顾\n一、党建\n内容。").sections[0].style == .chapter)
  }

  /// Statute section paths name articles by their number.
  @Test func sectionPathsNameArticles() throws {
    let document = GongwenParser().parse(text: "第一章　总则\n第三条　违反本办法规定的，处500元罚款。")
    let metric = try #require(document.metrics.first)
    #expect(metric.section.sectionPath == ["总则", "第三条"])
  }
}

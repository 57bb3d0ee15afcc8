import Testing
@testable import Gongwen

/// Markdown input (issue 16, part 7): `#` headings at their levels, list items that are not
/// headings, markup left out of titles and paragraphs, YAML front matter's title and date.
@Suite("Markdown input")
struct MarkdownInputTests {
  static func parse(_ text: String) -> Document {
    GongwenParser().parse(text: text, format: .markdown)
  }

  /// Every section as `marker|title|level`, depth first.
  static func headings(_ sections: [Section]) -> [String] {
    sections.flatMap { ["\($0.marker)|\($0.title ?? "—")|\($0.level)"] + headings($0.children) }
  }

  static func headings(_ document: Document) -> [String] { headings(document.outline.sections) }

  static func string(_ text: String, _ span: Span) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[span.start..<span.end]))
  }

  // MARK: - How a text is known to be markdown

  @Test func formatComesFromTheFileNameOnly() {
    #expect(InputFormat(path: "a/报告.md") == .markdown)
    #expect(InputFormat(path: "REPORT.MD") == .markdown)
    #expect(InputFormat(path: "r.markdown") == .markdown)
    #expect(InputFormat(path: "r.txt") == .plainText)
    #expect(InputFormat(path: "notes.md/r.txt") == .plainText)
    #expect(InputFormat(path: "README") == .plainText)
    #expect(InputFormat(path: nil) == .plainText)
    #expect(InputFormat(path: "-") == .plainText)
  }

  @Test func plainTextIsNeverSniffedForMarkdown() {
    let text = "## 一、总体要求\n今年要稳中求进。\n"
    #expect(GongwenParser().parse(text: text).outline.sections.isEmpty)
    #expect(GongwenParser().parse(text: text, path: "r.txt").outline.sections.isEmpty)
    #expect(Self.headings(GongwenParser().parse(text: text, path: "r.md")) == ["一、|总体要求|1"])
  }

  // MARK: - Headings

  @Test func atxHeadingsWithMarkersKeepTheirMarkerAndNest() {
    let document = Self.parse("## 一、总体要求\n\n坚持稳中求进。\n\n### （一）加强领导\n\n压实责任。\n\n## 二、重点任务 ##\n")
    #expect(Self.headings(document) == ["一、|总体要求|1", "（一）|加强领导|2", "二、|重点任务|1"])
    #expect(document.outline.sections[0].style == .chineseComma)
    #expect(document.outline.sections[0].children[0].paragraphs.map(\.text) == ["压实责任。"])
  }

  @Test func unnumberedHeadingBesideNumberedOnesOfItsLevelIsTheirSibling() {
    let document = Self.parse("## 工作回顾\n\n过去一年成绩显著。\n\n## 一、总体要求\n\n坚持稳中求进。\n\n### （一）加强领导\n\n压实责任。\n")
    #expect(Self.headings(document) == ["|工作回顾|1", "一、|总体要求|1", "（一）|加强领导|2"])
    #expect(document.outline.sections[0].style == .part)
  }

  @Test func unnumberedHeadingAboveNumberedLevelsHoldsThem() {
    let text = "## 2025年工作回顾\n\n### 一、经济平稳\n\n增长6%。\n\n## 2026年工作安排\n\n### 一、扩大投资\n\n实施项目。\n"
    #expect(Self.headings(Self.parse(text)) == [
      "|2025年工作回顾|1", "一、|经济平稳|2", "|2026年工作安排|1", "一、|扩大投资|2",
    ])
  }

  @Test func unnumberedHeadingBelowNumberedLevelsStandsInThem() {
    let text = "## 一、总体要求\n\n### （一）加强领导\n\n#### 小结\n\n压实责任。\n\n### （二）强化督查\n\n督查4次。\n"
    #expect(Self.headings(Self.parse(text)) == ["一、|总体要求|1", "（一）|加强领导|2", "|小结|3", "（二）|强化督查|2"])
  }

  @Test func unnumberedHeadingsAloneNestByTheirLevel() {
    let text = "## 工作回顾\n\n### 经济发展\n\n增长6%。\n\n### 社会民生\n\n就业稳定。\n\n## 工作安排\n\n推进项目。\n"
    #expect(Self.headings(Self.parse(text)) == ["|工作回顾|1", "|经济发展|2", "|社会民生|2", "|工作安排|1"])
  }

  @Test func plainNumberedLinesNestUnderMarkdownHeadings() {
    // (A lone "## 工作安排" at the start would be the title.)
    let text = "# 青山县工作报告\n\n## 工作安排\n\n一、扩大投资\n\n实施项目。\n\n（一）抓好项目\n\n开工60个。\n"
    #expect(Self.headings(Self.parse(text)) == ["|工作安排|1", "一、|扩大投资|2", "（一）|抓好项目|3"])
  }

  @Test func loneTopHeadingAtTheStartIsTheTitle() {
    let text = "# 2026年政府工作报告\n\n各位代表：\n\n## 一、总体要求\n\n坚持稳中求进。\n"
    let document = Self.parse(text)
    #expect(document.outline.title == "2026年政府工作报告")
    #expect(document.outline.titleSpan.map { Self.string(text, $0) } == "2026年政府工作报告")
    #expect(document.outline.docType == .report)
    #expect(Self.headings(document) == ["一、|总体要求|1"])
  }

  @Test func topHeadingsThatAreNotAloneAreSections() {
    let document = Self.parse("# 工作回顾\n\n成绩显著。\n\n# 工作安排\n\n推进项目。\n")
    #expect(document.outline.title == nil)
    #expect(Self.headings(document) == ["|工作回顾|1", "|工作安排|1"])
    // Not at the start: a section.
    #expect(Self.headings(Self.parse("前言一段。\n\n# 工作回顾\n\n成绩显著。\n")) == ["|工作回顾|1"])
  }

  @Test func setextHeadings() {
    let text = "青山县工作报告\n======\n\n工作回顾\n--------\n\n成绩显著。\n\n工作安排\n--------\n\n推进项目。\n"
    let document = Self.parse(text)
    #expect(document.outline.title == "青山县工作报告")
    #expect(Self.headings(document) == ["|工作回顾|1", "|工作安排|1"])
  }

  @Test func emphasisAroundAHeadingIsMarkupAndSpansPointIntoTheText() {
    let text = "## **一、总体要求**\n\n坚持稳中求进。\n\n### __（一）加强领导__\n\n压实责任。\n"
    let document = Self.parse(text)
    #expect(Self.headings(document) == ["一、|总体要求|1", "（一）|加强领导|2"])
    let section = document.outline.sections[0]
    #expect(Self.string(text, section.span).hasPrefix("一、总体要求**"))
  }

  @Test func boldLeadWithAMarkerIsAnInlineHeading() {
    let text = "一、总体要求\n\n**1.精准开展督促检查。**坚持问题导向，开展督查4次。\n\n**（二）严格考核问责**\n\n对不力单位通报。\n"
    let document = Self.parse(text)
    #expect(Self.headings(document) == ["一、|总体要求|1", "1.|精准开展督促检查|2", "（二）|严格考核问责|2"])
    let item = document.outline.sections[0].children[0]
    #expect(item.paragraphs.map(\.text) == ["坚持问题导向，开展督查4次。"])
    #expect(Self.string(text, item.paragraphs[0].span) == "坚持问题导向，开展督查4次。")
  }

  @Test func aMaskIsNotEmphasis() {
    let document = Self.parse("## 一、总体要求\n\n**县完成投资**亿元，增长**%。\n")
    #expect(document.outline.sections[0].paragraphs.map(\.text) == ["**县完成投资**亿元，增长**%。"])
  }

  // MARK: - Not headings

  @Test func bulletsAreNeverHeadings() {
    let text = "## 一、总体要求\n\n- 一、加强领导\n* （二）压实责任\n+ 1.强化督查\n"
    let document = Self.parse(text)
    #expect(Self.headings(document) == ["一、|总体要求|1"])
    #expect(document.outline.sections[0].paragraphs.map(\.text) == ["一、加强领导", "（二）压实责任", "1.强化督查"])
  }

  @Test func aNumberedListUnderAHeadingStaysParagraphs() {
    let text = "### （一）加强组织领导\n\n各部门要摆上议程。\n\n1. 压实主体责任\n2. 建立工作台账\n3. 定期调度通报\n"
    let document = Self.parse(text)
    #expect(Self.headings(document) == ["（一）|加强组织领导|1"])
    #expect(document.outline.sections[0].paragraphs.map(\.text) == [
      "各部门要摆上议程。", "1. 压实主体责任", "2. 建立工作台账", "3. 定期调度通报",
    ])
  }

  @Test func aNumberedLineFollowedByItsTextIsAHeading() {
    let text = "### （二）强化督促检查\n\n1. 精准开展督促检查\n\n坚持问题导向。\n\n2. 严格考核问责\n\n对不力单位通报。\n"
    #expect(Self.headings(Self.parse(text)) == ["（二）|强化督促检查|1", "1.|精准开展督促检查|2", "2.|严格考核问责|2"])
  }

  @Test func hashesThatAreNotHeadings() {
    let text = "## 一、总体要求\n\n今年要完成#1号任务，推进#标签#活动。\n#1 号文件已印发。\n#标题没有空格\n####### 七个井号\n"
    let document = Self.parse(text)
    #expect(Self.headings(document) == ["一、|总体要求|1"])
    #expect(document.outline.sections[0].paragraphs.count == 4)
  }

  @Test func aThematicBreakInTheMiddleIsBoilerplate() {
    let text = "## 一、总体要求\n\n坚持稳中求进。\n\n---\n\n## 二、重点任务\n\n推进项目。\n---\n\n完成投资。\n"
    let document = Self.parse(text)
    #expect(Self.headings(document) == ["一、|总体要求|1", "二、|重点任务|1"])
    #expect(document.outline.boilerplate.map(\.text) == ["---", "---"])
    #expect(document.outline.sections[1].paragraphs.map(\.text) == ["推进项目。", "完成投资。"])
  }

  @Test func quoteMarksAreMarkup() {
    let text = "## 一、总体要求\n\n> 民生无小事，枝叶总关情。\n"
    let paragraph = Self.parse(text).outline.sections[0].paragraphs[0]
    #expect(paragraph.text == "民生无小事，枝叶总关情。")
    #expect(Self.string(text, paragraph.span) == paragraph.text)
  }

  // MARK: - YAML front matter

  @Test func yamlTitleAndDateWhenTheBodyHasNone() {
    let text = "---\ntitle: \"青山县2026年工作要点\"\ndate: 2026-01-20T08:00:00+08:00\nauthor: 县政府办\n---\n\n## 一、总体要求\n\n坚持稳中求进。\n"
    let outline = Self.parse(text).outline
    #expect(outline.title == "青山县2026年工作要点")
    #expect(outline.titleSpan.map { Self.string(text, $0) } == "青山县2026年工作要点")
    #expect(outline.titleSpan?.line == 2)
    #expect(outline.docType == .plan)
    #expect(outline.signingDate?.value == "2026-01-20")
    #expect(outline.signingDate.map { Self.string(text, $0.span) } == "2026-01-20T08:00:00+08:00")
    // The fences and the other keys stay boilerplate.
    #expect(outline.boilerplate.map(\.text) == ["---", "author: 县政府办", "---"])
  }

  @Test func theBodysOwnTitleAndDateWin() {
    let text = "---\ntitle: 网页标题\ndate: 2026/1/20\n---\n# 青山县2026年工作要点\n\n## 一、总体要求\n\n坚持稳中求进。\n\n青山县人民政府\n\n2026年1月15日\n"
    let outline = Self.parse(text).outline
    #expect(outline.title == "青山县2026年工作要点")
    #expect(outline.signingDate?.value == "2026-01-15")
    #expect(outline.boilerplate.map(\.text) == ["---", "title: 网页标题", "date: 2026/1/20", "---"])
  }

  @Test func yamlChineseDateNestedKeysAndNoDate() {
    let dated = Self.parse("---\ndate: '2026年1月20日'\n---\n正文一段。\n").outline
    #expect(dated.signingDate?.value == "2026-01-20")
    let nested = Self.parse("---\nmeta:\n  title: 不是标题\n  date: 2026-01-20\n---\n正文一段。\n").outline
    #expect(nested.title == nil)
    #expect(nested.signingDate == nil)
    let notADate = Self.parse("---\ndate: 近期\n---\n正文一段。\n").outline
    #expect(notADate.signingDate == nil)
  }

  // MARK: - The seed as markdown

  /// Seed 003 written as markdown by a generator: `# ` before the title and `##`, `###` …
  /// before each heading line by its level. The headings (marker, title, level) and the title
  /// are those of the plain text.
  @Test func seedAsMarkdownGivesTheSameHeadings() throws {
    let plainText = try Fixtures.text(Fixtures.seeds["003"] ?? "")
    let plain = GongwenParser().parse(text: plainText)
    var prefixes: [Int: String] = [:]
    func collect(_ sections: [Section]) {
      for section in sections {
        prefixes[section.span.line] = String(repeating: "#", count: section.level + 1) + " "
        collect(section.children)
      }
    }
    collect(plain.outline.sections)
    if let line = plain.outline.titleSpan?.line { prefixes[line] = "# " }
    let markdown = plainText.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, line in
      (prefixes[offset + 1] ?? "") + line
    }.joined(separator: "\n")
    let converted = Self.parse(markdown)
    #expect(prefixes.count > 20)
    #expect(converted.outline.title == plain.outline.title)
    #expect(Self.headings(converted) == Self.headings(plain))
    #expect(converted.outline.sections.flatMap { $0.children.flatMap(\.paragraphs) }.map(\.text)
      == plain.outline.sections.flatMap { $0.children.flatMap(\.paragraphs) }.map(\.text))
  }

  // MARK: - The fixture

  @Test func fixtureSpansPointAtTheirText() throws {
    let path = Fixtures.path("families/markdown-report.md")
    let text = try Fixtures.text("families/markdown-report.md")
    let document = try GongwenParser().parse(contentsOfFile: path)
    let paragraphs = document.outline.preamble + document.allSections.flatMap(\.paragraphs)
    for paragraph in paragraphs {
      #expect(Self.string(text, paragraph.span) == paragraph.text)
      #expect(!paragraph.text.hasPrefix("- ") && !paragraph.text.hasPrefix("> "))
    }
    #expect(paragraphs.contains { $0.text == "稳住了工业基本盘，新增规模以上企业12家；" })
    #expect(document.outline.signingDate.map { Self.string(text, $0.span) } == "2026-01-20")
    // The same bytes named .txt are plain text: no # heading is a heading.
    let plain = GongwenParser().parse(text: text, path: "markdown-report.txt")
    #expect(!Self.headings(plain).contains("|工作回顾|1"))
  }
}

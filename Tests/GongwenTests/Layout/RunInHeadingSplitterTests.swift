import Testing
@testable import Gongwen

/// Headings found in a report kept on one line (issue 15, item 2): which markers after a
/// sentence end open sections, and which are lists, quotations or tables of contents.
/// Sentences are from real reports; the filler makes the line as long as a run-on speech.
@Suite("RunInHeadingSplitter")
struct RunInHeadingSplitterTests {
  /// A real body sentence, repeated so that each section is as long as in a report.
  static let body = String(
    repeating: "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，扎实推进各项工作落地见效。",
    count: 6)

  /// One line: the parts joined with nothing between them, as a speech collection keeps it.
  func parse(_ parts: [String]) -> [(level: Int, marker: String, title: String)] {
    let text = parts.joined()
    #expect(text.unicodeScalars.count >= RunInHeadingSplitter.minRunOnLine)
    var headings: [(Int, String, String)] = []
    func walk(_ sections: [Section], _ level: Int) {
      for section in sections {
        headings.append((level, section.marker, section.title ?? ""))
        walk(section.children, level + 1)
      }
    }
    walk(GongwenParser().parse(text: text).outline.sections, 1)
    return headings
  }

  @Test func headingsAfterASentenceEndNestAsOnTheirOwnLines() {
    let headings = parse([
      "同志们：今天召开这次会议，主要是总结工作、部署任务。下面，我讲几点意见。",
      "一、关于前一段工作", "2021年，我们", Self.body,
      "（一）明职责。严格按照县委工作赋权。", Self.body,
      "（二）清思路。", Self.body,
      "二、关于下一步工作", "今年是“十四五”开局之年。", Self.body,
    ])
    #expect(headings.map(\.marker) == ["一、", "（一）", "（二）", "二、"])
    #expect(headings.map(\.level) == [1, 2, 2, 1])
    #expect(headings.map(\.title) == ["关于前一段工作", "明职责", "清思路", "关于下一步工作"])
  }

  @Test func quotedListsTablesOfContentsAndEnumerationsAreNotHeadings() {
    let headings = parse([
      "报告分六个部分：一、过去五年的工作；二、新时代十年的伟大变革；三、开辟马克思主义中国化时代化新境界。",
      Self.body,
      "我们提出“一、坚持党的领导。二、坚持人民至上。”的要求。", Self.body,
      "一是按照县委要求，组织召开动员会。二是深入开展专题学习。", Self.body,
      "全年共完成3、5项任务。", Self.body,
    ])
    #expect(headings.isEmpty, "\(headings)")
  }

  /// An unnumbered part heading run into the text is a part when a sentence visibly starts
  /// after it; "主要任务是…" is a sentence.
  @Test func unnumberedPartHeadings() {
    let headings = parse([
      "请予审议，并请省政协委员和其他列席人员提出意见。",
      "“十四五”时期工作回顾“十四五”时期是发展极不寻常、极不平凡的五年。", Self.body,
      "对这些问题，我们一定高度重视。",
      "2026年重点工作今年是“十五五”开局之年。", Self.body,
      "（一）放大促消费扩投资政策效应。", Self.body,
      "（二）加快建设现代化产业体系。", Self.body,
      "今年的主要任务是稳增长、调结构。", Self.body,
    ])
    #expect(headings.map(\.marker) == ["", "", "（一）", "（二）"])
    #expect(headings.map(\.title) == ["“十四五”时期工作回顾", "2026年重点工作", "放大促消费扩投资政策效应", "加快建设现代化产业体系"])
    #expect(headings.map(\.level) == [1, 1, 2, 2])
  }

  @Test(arguments: [
    ("附件12026年省十件民生实事", 1),  // label and a title that opens with a year
    ("附件2名词解释", 2),
    ("附件三：名词解释", 3),
  ])
  func appendixLabels(text: String, number: Int) {
    let source = SourceText(text)
    let label = RunInHeadingSplitter.appendixLabel(source.folded, at: 0, limit: source.count)
    #expect(label?.number == number)
  }

  @Test(arguments: ["附件材料已印发", "附件123号", "附件"])
  func notAppendixLabels(text: String) {
    let source = SourceText(text)
    #expect(RunInHeadingSplitter.appendixLabel(source.folded, at: 0, limit: source.count) == nil)
  }

  @Test func appendicesRunInOpenTheirOwnParts() {
    let headings = parse([
      Self.body, "各位代表！奋进正当其时，实干成就未来！", Self.body,
      "附件1", "2026年省十件民生实事", "一是坚持民生为大。", Self.body,
      "附件2名词解释1.“四上”企业：现阶段统计工作实践中对达到一定规模的法人单位的一种习惯称谓。",
      "2.“双一流”：世界一流大学和一流学科。", "3.“单一窗口”：国际贸易单一窗口。",
    ])
    #expect(headings.map(\.marker) == ["附件1", "附件2", "1.", "2.", "3."])
    #expect(headings.map(\.title).dropFirst() == ["名词解释", "“四上”企业", "“双一流”", "“单一窗口”"])
  }

  /// A statute kept on one line: each article after a sentence starts a line of its own and
  /// keeps its text as its body; an article cited in the text does not.
  @Test func articlesOfAStatuteOnOneLine() {
    let headings = parse([
      "第一章　总则第一条　为了加强城市绿化管理，改善生态环境，根据有关法律法规，结合本市实际，制定本办法。",
      "第二条　本办法适用于本市行政区域内城市绿化的规划、建设、保护和管理。", Self.body,
      "第三条　市绿化行政主管部门依照本办法第二条的规定负责全市城市绿化工作。", Self.body,
      "第二章　规划和建设第四条　城市绿化规划应当纳入城市总体规划。", Self.body,
      "第五条　新建项目的绿地率应当符合下列标准：（一）居住区不低于30%；（二）道路不低于20%。", Self.body,
    ])
    #expect(headings.map(\.marker) == ["第一章", "第一条", "第二条", "第三条", "第二章", "第四条", "第五条"])
    #expect(headings.map(\.level) == [1, 2, 2, 2, 1, 2, 2])
    #expect(headings.filter { $0.marker.hasSuffix("条") }.allSatisfy { $0.title.isEmpty })
  }

  /// Ordinal headings (第一、) after a sentence start lines of their own; an inline
  /// enumeration (第一，…第二，…) does not.
  @Test func ordinalHeadingsButNotOrdinalEnumerations() {
    let headings = parse([
      "一、关于基本建设", Self.body,
      "第一、关于工业的发展速度。", Self.body, "第二、关于农业的发展速度。", Self.body,
      "二、关于财政预算", "我们的任务是：第一，增加生产；第二，厉行节约。", Self.body,
    ])
    #expect(headings.map(\.marker) == ["一、", "第一、", "第二、", "二、"])
    #expect(headings.map(\.level) == [1, 2, 2, 1])
  }

  /// A colon-introduced list whose items are one sentence each stays in its paragraph;
  /// headings introduced by a colon open sections of several sentences.
  @Test func colonIntroducedLists() {
    let list = parse([
      Self.body, Self.body, "本年各类收入的情况如下：",
      "（一）各项税收共收到12,745,390,000元，完成预算数的92.49%；其中工商税收到8,725,483,000元。",
      "（二）国营企业和事业收入共收到11,194,048,000元，完成预算数的100.70%。",
      "（三）信贷保险收入共收到2,360,816,000元，完成预算数的97.91%。",
      "（四）其他收入收到903,065,000元，完成预算数的121.68%。", Self.body,
    ])
    #expect(list.isEmpty, "\(list)")
    let headings = parse([
      Self.body, "重点抓好以下工作：",
      "（一）放大促消费扩投资政策效应。", Self.body,
      "（二）加快建设现代化产业体系。", Self.body,
    ])
    #expect(headings.map(\.marker) == ["（一）", "（二）"])
  }
}

import Testing
@testable import Gongwen

/// Where the title of a heading ends when its body runs on in the same line. Each case is
/// the text after the marker, with "|" where the title must end; no "|" means no title.
@Suite("RunInHeadingTitle")
struct RunInHeadingTitleTests {
  /// The cut `titleEnd` finds and the cut the marked text asks for, as offsets.
  func cut(_ marked: String) -> (found: Int?, expected: Int?) {
    let scalars = Array(marked.unicodeScalars)
    let expected = scalars.firstIndex(of: "|")
    let source = SourceText(scalars: scalars.filter { $0 != "|" })
    return (RunInHeadingTitle.titleEnd(source.folded, from: 0, limit: source.count), expected)
  }

  /// The title found in `text`, as a string.
  func title(_ text: String) -> String? {
    let source = SourceText(text)
    return RunInHeadingTitle.titleEnd(source.folded, from: 0, limit: source.count).map { source.string(0..<$0) }
  }

  // MARK: - Strong signs: the body visibly opens a sentence

  @Test("A following heading marker", arguments: [
    "2021年工作成效|（一）xx学习教育一是按照县委xx学习教育领导小组要求，组织召开动员会",
    "2022年工作计划|(一)不断强化管党治党一是坚持深入贯彻落实习近平新时代中国特色社会主义思想",
    "围绕政令畅通，切实提升督查督办水平|1.精准开展督促检查。进一步落实基层减负要求",
    "履职尽责方面|（一）明职责。严格按照县委工作赋权，认真履行县委专职机关作用",
  ])
  func followingMarker(marked: String) {
    let result = cut(marked)
    #expect(result.found == result.expected)
  }

  @Test("An enumeration", arguments: [
    "xx学习教育|一是按照县委xx学习教育领导小组要求，组织召开动员会，传达学习上级动员会精神",
    "正风肃纪方面|一是深入开展纪律作风自查自纠专项行动，严格按照县委要求的四个阶段",
    "需要说明的几个问题|第一，关于以推动高质量发展为主题。建议稿提出，“十四五”时期经济社会发展",
  ])
  func enumeration(marked: String) {
    let result = cut(marked)
    #expect(result.found == result.expected)
  }

  @Test("A year or time word opening a sentence", arguments: [
    "党建工作|2021年，我办支部坚持深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大",
    "2025年工作回顾|2025年是“十四五”收官之年。习近平总书记高度重视首都工作",
    "2009年工作回顾|2009年是新世纪以来我国经济发展最为困难的一年。去年这个时候",
    "一九五七年经济战线上的胜利|一九五七年是我国在各个战线上取得伟大胜利的一年。经过整风运动",
    "下半年重点工作安排|****年下半年，我们的主要工作是：",
    "2010年主要任务|今年是继续应对国际金融危机、保持经济平稳较快发展、加快转变经济发展方式的关键一年",
    "2020年工作回顾|过去一年，在新中国历史上极不平凡。面对突如其来的新冠肺炎疫情",
    "存在问题及不足|上半年，我办各项工作有序推进，但也还存在一些问题不足",
    "促进世界和平与发展，推动构建人类命运共同体|当前，世界之变、时代之变、历史之变正以前所未有的方式展开",
    "努力建设人民满意的服务型政府|一年来，政府自身改革和建设取得新进展。为应对各种困难",
    "2021年工作回顾|过去一年是党和国家历史上具有里程碑意义的一年。以习近平同志为核心的党中央",
  ])
  func yearOrTimeWord(marked: String) {
    let result = cut(marked)
    #expect(result.found == result.expected)
  }

  @Test("A word doubled across the cut", arguments: [
    "加快构建新发展格局，着力推动高质量发展|高质量发展是全面建设社会主义现代化国家的首要任务。",
    "1955年国家决算|1955年国家决算的收支总数如下：1955年本年收入合计",
  ])
  func doubledWord(marked: String) {
    let result = cut(marked)
    #expect(result.found == result.expected)
  }

  @Test func theIndentOfAScrapedParagraph() {
    let result = cut("我国脱贫攻坚取得决定性成就|\u{3000}\u{3000}党的十八大以来，我们坚持以人民为中心的发展思想")
    #expect(result.found == result.expected)
  }

  // MARK: - A final noun joined by a weaker sign

  @Test("A final noun and what follows it", arguments: [
    // 关于…工作
    "关于前一段疫情防控工作|新冠肺炎疫情发生后，党中央高度重视，迅速作出部署",
    // an opening quote after a complete noun phrase
    "建议稿起草过程|“十四五”时期是我国在全面建成小康社会、实现第一个百年奋斗目标之后",
    // the body restates a title word
    "建议稿的主要考虑和基本框架|建议稿起草的总体考虑是，按照党的十九大对实现第二个百年奋斗目标",
    "“十五五”时期主要目标任务|“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期",
    // a subheading and its short lead sentence
    "需要说明的几个重点问题|建议稿提出了一些重要观点和论述。这里，就其中几点作个简要说明。",
    "聚力构建现代化产业体系|壮大先进制造业。实施制造业重点产业链高质量发展行动",
    "加大保障和改善民生力度|促进高质量充分就业。实施稳岗扩容提质行动，稳定和扩大高校毕业生就业",
    // a sentence-opening verb or subject
    "办事公开方面|认真贯彻落实政务公开工作要求，做到及时、准确公开政务信息",
    "按期编辑出版《XX县大事汇编》|我县《XX县大事汇编》为季刊，每年编辑出版4期。",
    "推进自身建设，建强方志队伍|地方志干部是地方志事业的组织者、推动者和实践者",
    "弘扬优秀文化，发挥育人功用|坚持以传承中华优秀传统文化、弘扬社会主义核心价值观为己任",
    // a since-phrase
    "过去五年工作回顾|第十一届全国人民代表大会第一次会议以来的五年，是我国发展进程中极不平凡的五年",
    // the book of the title named again
    "《XX年鉴（2021）》编纂|《XX年鉴（2021）》于2021年3月31日启动编纂，经各单位提供初稿",
  ])
  func finalNounAndWeakerSign(marked: String) {
    let result = cut(marked)
    #expect(result.found == result.expected)
  }

  // MARK: - Titles closed by punctuation

  @Test("The first terminator closes a short title", arguments: [
    "明职责|。严格按照县委工作赋权，认真履行县委专职机关作用",
    "精准开展督促检查|。围绕县委中心工作，进一步落实基层减负要求",
    "加强信息化建设|。严格按照统一领导、统一规划、统一建设、统一管理的工作要求",
    "抓好学习教育，锻造忠诚政治品格|。继续抓好习近平新时代中国特色社会主义思想",
    "全面深化改革扩大开放，更好服务和融入新发展格局|。充分发挥经济体制改革牵引作用",
    "“四上”企业|：指规模以上工业企业、资质等级建筑业企业",
    "细致开展对台外事（港澳事务）工作|。对台方面，全面贯彻上级对台大政方针",
  ])
  func terminator(marked: String) {
    let result = cut(marked)
    #expect(result.found == result.expected)
  }

  // MARK: - Near-misses: no cut inside a title

  @Test("Titles read alone are whole", arguments: [
    "为实现1956年的国家预算而努力",
    "“十三五”时期发展成就和“十四五”时期主要目标任务",
    "加快构建新发展格局，着力推动高质量发展",
    "加强政府自身建设",
    "2025年和“十四五”时期工作回顾",
    "上半年总结",
    "坚持党史姓党，抓工作质效提升",
  ])
  func wholeLine(text: String) {
    #expect(title(text) == text)
  }

  @Test("Titles with a year, a quote, a comma or a final noun inside", arguments: [
    "“十三五”时期发展成就和“十四五”时期主要目标任务|过去五年，我国经济社会发展取得新的历史性成就。",
    "加快构建新发展格局，着力推动高质量发展|高质量发展是全面建设社会主义现代化国家的首要任务。",
    "2025年和“十四五”时期工作回顾|2025年是中国式现代化进程中具有重要意义的一年",
    "“十四五”时期和2025年工作回顾|过去的五年极不寻常。在省委坚强领导下，我们坚持",
    "提升地方志工作影响力|。高效推进年鉴编纂工作",
    "加快发展方式绿色转型|。推动经济社会发展绿色化、低碳化是实现高质量发展的关键环节",
  ])
  func noCutInside(marked: String) {
    let result = cut(marked)
    #expect(result.found == result.expected)
  }

  /// Where no cut is credible the heading is untitled; what must never happen is a cut
  /// inside the title ("为实现1956年|…", "加强政府自身|…").
  @Test("Untitled rather than wrong", arguments: [
    "为实现1956年的国家预算而努力|如上所说，实现1956年的国家预算的任务，同提前完成和超额完成我国第一个五年计划",
    "加强政府自身建设|高标准建设海南自由贸易港，对政府治理能力提出了更高要求，必须展现新作为、实现新突破",
    "提升地方志工作影响力|高效推进《**年鉴2022》编纂工作，认真指导各部门志书编纂，推动史志成果转化",
  ])
  func untitledRatherThanWrong(marked: String) {
    let result = cut(marked)
    #expect(result.found == nil || result.found == result.expected)
  }

  @Test func aLongSentenceWithNoCueHasNoTitle() {
    // 60 scalars of body with no cue and no terminator in reach.
    let text = "充分发挥地方志存史资政育人作用深入挖掘整理本地历史文化资源为全县经济社会高质量发展提供有益借鉴和智力支持努力推动地方志事业取得新成效"
    #expect(text.unicodeScalars.count >= 60)
    #expect(title(text) == nil)
  }

  @Test func aTitleCloseByPunctuationButTooLongIsNoTitle() {
    let text = "在高等学校招收的新生中，尽可能地增加工人和农民的成分，学生在毕业以后，一般应当参加一定时期的体力劳动。学生"
    #expect(title(text) == nil)
  }

  // MARK: - Bounds

  @Test func readsOnlyAWindowOfALongLine() {
    let body = String(repeating: "认真贯彻落实各项工作要求", count: 500)
    let source = SourceText("一、2025年工作回顾" + "2025年是收官之年，" + body)
    let start = 2
    #expect(RunInHeadingTitle.titleEnd(source.folded, from: start, limit: source.count) == start + 9)
  }

  @Test func startAndLimitAreRespected() {
    let source = SourceText("正文。二、党建工作2021年，我办支部坚持学习")
    let start = 5
    #expect(RunInHeadingTitle.titleEnd(source.folded, from: start, limit: source.count).map { source.string(start..<$0) } == "党建工作")
    // A limit before the year cue: the short rest of the line is the title.
    #expect(RunInHeadingTitle.titleEnd(source.folded, from: start, limit: start + 4) == start + 4)
    // A title has at least two scalars.
    #expect(RunInHeadingTitle.titleEnd(source.folded, from: start, limit: start + 1) == nil)
    #expect(RunInHeadingTitle.titleEnd(source.folded, from: source.count, limit: source.count) == nil)
  }

  @Test func aOneCharacterTitleIsNoTitle() {
    #expect(title("一。正文很长很长很长") == nil)
  }
}

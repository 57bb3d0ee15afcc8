import Testing
@testable import Gongwen

/// Rules from the hand-read samples 3 to 18 (Fixtures/answers/metric-sample-3 … -18), each with
/// the corpus's own wording and the near-misses it must leave alone.
@Suite("Metrics: cases from the hand-read samples")
struct MetricHandReadSampleTests {
  static let frame = [MetricAnnotatorTests.frame.title, MetricAnnotatorTests.frame.dateline]

  func parse(_ lines: [String]) -> Document {
    GongwenParser().parse(text: (Self.frame + lines).joined(separator: "\n"))
  }

  func described(_ document: Document, _ text: String) -> String? {
    document.metrics.first { $0.text == text }.map { metric in
      let time = metric.year.map(String.init) ?? metric.years.map { "\($0.first)-\($0.last)" } ?? "-"
      return "\(metric.status?.rawValue ?? "-") \(time)"
    }
  }

  /// "等於一九四九年的二點五倍": the year is the base a multiple is of, not the figure's own.
  @Test func theBaseOfAMultipleIsNotItsYear() {
    let document = parse([
      "一、2025年工作回顾", "2025年全市研发投入等于2015年的2.5倍，占比由2015年的3%提高到6%。",
    ])
    #expect(described(document, "2.5倍") == "actual 2025")
    #expect(described(document, "3%") == "actual 2015")
  }

  /// 目前 opening a sentence or standing in the figure's clause, and 现在的 before it, are the
  /// document's year, and a fact.
  @Test func thePresentIsTheDocumentsYear() {
    let document = parse([
      "一、2025年工作回顾", "目前，全市国有企业的比重已占百分之五十左右，在批发总额中的比重已占百分之八十左右。",
      "企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元。",
    ])
    #expect(described(document, "百分之八十左右") == "actual 2026")
    #expect(described(document, "1721元") == "actual 2026")
    #expect(described(document, "700元") == "actual 2004")
  }

  /// "在教育工作方面，在一九五三年，全国已有…": a time that opens the second clause after a
  /// short first one is the sentence's; one that opens a later clause is its clause's.
  @Test func timesOpeningLaterClauses() {
    let document = parse([
      "一、过去五年工作回顾", "在教育工作方面，在2023年，全国已有小学生二百五十四万人，中学生十六万人。",
      "就业持续扩大，2024年全国城镇职工已经达到一千三百万人。",
    ])
    #expect(described(document, "十六万人") == "actual 2023")
    #expect(described(document, "一千三百万人") == "actual 2024")
  }

  /// "最多不超过正税的２２％", "不低于当地最低生活保障标准的1.6倍": the bound binds a share
  /// across its base; "低于全国的4.2%" compares with the nation's figure and binds nothing.
  @Test(arguments: [
    ("以最多不超过正税的２２％为限。", "２２％", Metric.Comparator.atMost),
    ("特困人员基本生活保障标准不低于当地最低生活保障标准的1.6倍。", "1.6倍", .atLeast),
  ])
  func aBoundAcrossTheBase(sentence: String, text: String, comparator: Metric.Comparator) {
    let metric = GongwenParser().parse(text: "标题\n" + sentence).metrics.first { $0.text == text }
    #expect(metric?.comparator == comparator, "\(sentence)")
  }

  @Test(arguments: ["居民消费价格上涨3%，低于全国的4.2%。", "增速高于全省平均水平的5.1%。"])
  func aComparisonIsNoBound(sentence: String) {
    #expect(GongwenParser().parse(text: "标题\n" + sentence).metrics.allSatisfy { $0.comparator == nil }, "\(sentence)")
  }

  /// A streak counts years gone by, in a plan too, unless a goal word makes one to keep up.
  @Test func streaksAreActualUnlessAimedAt() {
    let document = parse([
      "二、2026年重点工作", "在连续6年增产增收之后，保持农业稳定发展难度加大。", "力争粮食产量连续7年稳定在1300万吨以上。",
    ])
    #expect(document.metrics.first { $0.text == "6年" }?.status == .actual)
    #expect(document.metrics.first { $0.text == "7年" }?.status == .target)
  }

  @Test func aLevelAtTheEndOfLastYear() {
    let document = parse(["一、过去五年工作回顾", "资本充足率从2020年底的8.4%提升到去年底的13.3%。"])
    #expect(described(document, "13.3%") == "actual 2025")
    #expect(described(document, "8.4%") == "actual 2020")
  }

  @Test func approximateWithALink() {
    let metric = GongwenParser().parse(text: "标题\n去年价格上涨的翘尾影响约有1个百分点。").metrics.first
    #expect(metric?.text == "约有1个百分点")
    #expect(metric?.approximate == true)
  }

  @Test func aDeficitRatioPlannedWith拟按() {
    let document = parse(["二、2026年重点工作", "今年赤字率拟按3.2%左右安排。"])
    #expect(document.metrics.first?.indicator == .deficitRatio)
  }

  /// 八成以上 of spending is a share, neither the spending nor its growth.
  @Test func aShareInTenthsIsNoIndicator() {
    let document = parse(["一、2025年工作回顾", "全市财政支出八成以上投向民生领域。"])
    #expect(document.metrics.first?.text == "八成以上")
    #expect(document.metrics.first?.indicator == nil)
  }

  /// A bare 百/千 made a number by 近, 超 or 突破, with a magnitude, counts the noun beside it.
  @Test(arguments: [
    ("惠及近千万家庭。", "近千万", 10_000_000.0), ("出生人口超百万。", "超百万", 1_000_000.0),
    ("经济总量突破千亿元。", "突破千亿元", 100_000_000_000.0),
  ])
  func bareHundredsAndThousands(sentence: String, text: String, normalized: Double) {
    let metric = GongwenParser().parse(text: "标题\n" + sentence).metrics.first
    #expect(metric?.text == text, "\(sentence)")
    #expect(metric?.normalizedValue == normalized, "\(sentence)")
  }

  @Test(arguments: ["十万火急。", "数以百万计。", "千方百计扩大就业。"])
  func bareMagnitudesInIdioms(sentence: String) {
    #expect(GongwenParser().parse(text: "标题\n" + sentence).metrics.isEmpty, "\(sentence)")
  }

  // MARK: - From the fourth sample (Fixtures/answers/metric-sample-4)

  /// Subjects listed before 分别: the first figure is the first subject's, the next is not.
  @Test(arguments: [
    ("单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。", [Indicator.energyIntensityReduction, nil]),
    ("一般公共预算收入、税收收入年均分别增长4.5%、3%。", [.budgetRevenueGrowth, nil]),
  ])
  func listedSubjects(sentence: String, indicators: [Indicator?]) {
    let document = parse(["一、过去五年工作回顾", sentence])
    #expect(document.metrics.map(\.indicator) == indicators, "\(sentence)")
  }

  /// Words that may open the clause before the phrase (计划, 五年累计), a year with 的 between
  /// the phrase and the figure, and 迈上 as a verb of level.
  @Test(arguments: [
    ("一九五八年计划粮食产量为三千九百二十亿斤。", "三千九百二十亿斤", Indicator.grainOutput),
    ("五年累计实际利用外资5528亿美元。", "5528亿美元", .foreignInvestment),
    ("常住人口城镇化率从2020年的53.2%提高到2025年的57.7%。", "53.2%", .urbanizationRate),
    ("常住人口城镇化率从2020年的53.2%提高到2025年的57.7%。", "57.7%", .urbanizationRate),
    ("全省地区生产总值年均增长5%左右、迈上3万亿元台阶。", "3万亿元", .gdp),
  ])
  func moreWaysToNameAnIndicator(sentence: String, text: String, indicator: Indicator) {
    let metric = parse(["一、过去五年工作回顾", sentence]).metrics.first { $0.text == text }
    #expect(metric?.indicator == indicator, "\(sentence)")
  }

  /// "比重分别达56.2%、34.7%": the verb before the list's first item is said of the second.
  @Test func aLevelReachedByEveryItem() {
    let document = parse(["一、过去五年工作回顾", "高技术制造业增加值占规模以上工业增加值比重分别达56.2%、34.7%。"])
    #expect(document.metrics.map { $0.year } == [2025, 2025])
  }

  @Test(arguments: [
    ("增长2个多百分点。", "2个多百分点", "percentage point"), ("用了3个多月时间。", "3个多月", "个月"),
    ("中国在国外約有一千二百萬僑民。", "約有一千二百萬", "万"), ("呢绒约六百六十万尺。", "约六百六十万尺", "万尺"),
  ])
  func approximateForms(sentence: String, text: String, unit: String) {
    let metric = GongwenParser().parse(text: "标题\n" + sentence).metrics.first
    #expect(metric?.text == text, "\(sentence)")
    #expect(metric?.unit == unit, "\(sentence)")
    #expect(metric?.approximate == true, "\(sentence)")
  }

  /// A clause that is nothing but a time dates the clauses after it in its sentence: 從…到…
  /// (a starting value its first year, a level reached its last), 到…年底, 在…年年底,
  /// 根據…年底的統計; 最近 is the document's year.
  @Test func timeClausesDateTheRestOfTheirSentence() {
    let document = parse([
      "一、过去五年工作回顾",
      "同时，财政收入的来源也有了很大的改变：从2020年到2024年，农民所缴纳的税款所占的比重从29.6%降低到13.4%。",
      "到2023年底，全省医院共有3068所。", "与过去最高水平相比，在2023年年底，全省高等学校学生数增长了40%。",
      "根据2023年底的统计，已有80%以上的企业接入平台。", "最近又新建了8个园区。",
    ])
    #expect(described(document, "29.6%") == "actual 2020")
    #expect(described(document, "13.4%")?.hasSuffix("2024") == true)
    #expect(described(document, "3068所") == "actual 2023")
    #expect(described(document, "40%") == "actual 2023")
    #expect(described(document, "80%以上") == "actual 2023")
    #expect(described(document, "8个") == "actual 2026")
  }

  /// "根据2025年…会议的提案": a year inside what a clause cites dates nothing.
  @Test func aCitedYearIsNoTime() {
    let document = parse([
      "二、2026年重点工作", "根据2025年省人民代表大会的提案，今年已经规定对7个项目免税两年。",
    ])
    #expect(described(document, "7个") == "actual 2026")
  }

  // MARK: - From the fifth sample (Fixtures/answers/metric-sample-5)

  /// How far this year has gone, earlier in the sentence, makes a fact of a figure in a plan.
  @Test func factsSoFarInAPlan() {
    let document = GongwenParser().parse(text: [
      "各位代表：", "我代表国务院向大会作关于１９５５年国家决算和１９５６年国家预算草案的报告。",
      "三、为实现１９５６年的国家预算而努力",
      "在基本建设方面，到５月份为止，全国基本建设投资总额完成年计划２７％。",
      "１９５６年全国基本建设投资将达到１４０亿元。",
    ].joined(separator: "\n"))
    #expect(document.metrics.first { $0.text == "２７％" }?.status == .actual)
    #expect(document.metrics.first { $0.text == "１４０亿元" }?.status == .target)
  }

  /// After 比 and what is compared, 超过 says by how much; 占比, 比重 are nouns; 不到 is `<`.
  @Test(arguments: [
    ("一九五七年进出口贸易总额，比原计划超过百分之四。", nil as Metric.Comparator?),
    ("比上年增长超过10%。", .greaterThan), ("可再生能源装机占比超过55%。", .greaterThan),
    ("装配式建筑面积占新建建筑比重超80%。", .greaterThan), ("用了不到10个月。", .lessThan),
  ])
  func exceedingAComparison(sentence: String, comparator: Metric.Comparator?) {
    #expect(GongwenParser().parse(text: "标题\n" + sentence).metrics.first?.comparator == comparator, "\(sentence)")
  }

  /// 年均 under a single year's topic is over the span the heading names.
  @Test func anAverageUnderAYearsTopic() {
    let document = parse([
      "一、2025年和“十四五”时期工作回顾", "2025年，全省经济稳中有进。装备制造业产值年均增长超20%。",
    ])
    #expect(document.metrics.first { $0.text == "超20%" }?.years == YearSpan(first: 2021, last: 2025))
  }

  /// 接连, 连续N年, 五年 between the phrase and its figure; a streak itself takes no indicator.
  @Test func indicatorsAcrossStreaksAndSpans() {
    let document = parse([
      "一、过去五年工作回顾", "进出口总额接连突破8万亿元、9万亿元。", "居民人均可支配收入五年增长30.8%。",
      "粮食总产量连续9年稳定在1300亿斤以上。",
    ])
    #expect(document.metrics.first { $0.text == "突破8万亿元" }?.indicator == .foreignTrade)
    #expect(document.metrics.first { $0.text == "30.8%" }?.indicator == .incomeGrowth)
    #expect(document.metrics.first { $0.text == "1300亿斤以上" }?.indicator == .grainOutput)
    #expect(document.metrics.first { $0.text == "9年" }?.indicator == nil)
  }

  // MARK: - From the sixth sample (Fixtures/answers/metric-sample-6)

  /// A one-character numeral before 亿 or 萬萬 counts (六亿人民); before 万 it may be an idiom
  /// (十万火急). 三门峡 is a place.
  @Test(arguments: [
    ("这表现了我国六亿人民的意志。", ["六亿"]), ("這表現了我國六萬萬人民的共同意志。", ["六萬萬"]),
    ("目前全国每天有近一亿劳动力参加建设。", ["近一亿"]), ("十万火急。", []), ("黄河三门峡水库。", []),
    ("开设三门课程。", ["三门"]),
  ])
  func hundredsOfMillionsAndPlaces(sentence: String, texts: [String]) {
    #expect(GongwenParser().parse(text: "标题\n" + sentence).metrics.map(\.text) == texts, "\(sentence)")
  }

  /// A headline amount in a passage about several years is the last year's level; a year in
  /// "在…年…的基础上" names a basis and dates nothing.
  @Test func levelsOverSeveralYearsAndBases() {
    let document = parse([
      "一、“十四五”时期和2025年工作回顾", "五年来，全省地区生产总值达到6.66万亿元，社会消费品零售总额2.9万亿元。",
      "二、2026年重点工作", "在2024年堵口复堤的基础上，今年新修堤防120公里。",
    ])
    #expect(described(document, "6.66万亿元") == "actual 2025")
    #expect(described(document, "2.9万亿元") == "actual 2025")
    #expect(described(document, "120公里") == "target 2026")
  }

  // MARK: - From the seventh sample (Fixtures/answers/metric-sample-7)

  /// N分之M is a share, written as its percentage; 百分之 stays a percentage.
  @Test(arguments: [
    ("这些家庭三分之二左右的收入来自外出务工。", "三分之二左右", 66.67, true),
    ("约占全国农田十分之一。", "十分之一", 10.0, true), ("五分之一的人口。", "五分之一", 20.0, false),
  ])
  func fractions(sentence: String, text: String, value: Double, approximate: Bool) {
    let metric = GongwenParser().parse(text: "标题\n" + sentence).metrics.first
    #expect(metric?.text == text, "\(sentence)")
    #expect(metric?.value == value && metric?.unit == "%", "\(sentence)")
    #expect(metric?.approximate == approximate, "\(sentence)")
  }

  /// 接连突破 shares its bound with every item; 一期、二期 are phases; 匹 is a unit; 提升至 is a
  /// verb of level between an indicator and its figure.
  @Test func distributedBoundsPhasesAndLevels() {
    #expect(GongwenParser().parse(text: "标题\n进出口总额接连突破8万亿元、9万亿元。").metrics.map(\.comparator) == [.greaterThan, .greaterThan])
    #expect(GongwenParser().parse(text: "标题\n广州白云机场一期、二期扩建。").metrics.isEmpty)
    #expect(GongwenParser().parse(text: "标题\n马匹约五百七十八万匹。").metrics.first?.unit == "万匹")
    #expect(parse(["一、2025年工作回顾", "研发投入强度提升至1.8%。"]).metrics.first?.indicator == .rndIntensity)
  }

  /// "從一九五〇年七月到一九五三年底，…": months inside a time-only clause; 比去年同期 is a fact so far.
  @Test func monthsInATimeClauseAndTheSamePeriodLastYear() {
    let document = parse([
      "一、过去五年工作回顾", "从2020年7月到2023年底，全省共安置207万人。",
      "二、2026年重点工作", "本年1—5月份，工业总产值比去年同期增长33.3%。",
    ])
    #expect(described(document, "207万人") == "actual 2020-2023")
    #expect(described(document, "33.3%")?.hasPrefix("actual") == true)
  }

  // MARK: - From the eighth sample (Fixtures/answers/metric-sample-8)

  /// 所 before 以上 is the unit and a bound (not 所以); 了 may follow a bound word; 达到或者超过
  /// is `>=`.
  @Test(arguments: [
    ("新建中小学200所以上，幼儿园500所以上。", ["200所以上|>=", "500所以上|>="]),
    ("亩产已经达到或者超过了一千斤。", ["达到或者超过了一千斤|>="]), ("出口额突破了1万亿元。", ["突破了1万亿元|>"]),
    ("所以要努力。", []),
  ])
  func boundsAfter所And了(sentence: String, expected: [String]) {
    let found = GongwenParser().parse(text: "标题\n" + sentence).metrics.map { "\($0.text)|\($0.comparator?.rawValue ?? "")" }
    #expect(found == expected, "\(sentence)")
  }

  /// "五年来，…" then "2025年…较2020年提高…": a sentence that sets the span's last year against
  /// the year before it speaks of the span, which goes on after it.
  @Test func aComparisonAcrossTheSpanKeepsTheSpan() {
    let document = parse([
      "一、2025年和“十四五”时期工作回顾", "五年来，我们推动高质量发展。",
      "2025年四大主导产业占GDP比重较2020年提高约14个百分点。旅游业提质升级，新增国家级旅游度假区2个。",
      "2025年，全省地区生产总值增长5%。新增5A级景区1个。",
    ])
    #expect(document.metrics.first { $0.text == "2个" }?.years == YearSpan(first: 2021, last: 2025))
    #expect(document.metrics.first { $0.text == "1个" }?.year == 2025)
  }

  // MARK: - From the ninth sample (Fixtures/answers/metric-sample-9)

  /// 六倍半 is 6.5 times; 3人制 is a kind of court, not three people; after 比 and a compared
  /// figure with its year, 超过 binds nothing.
  @Test func halvesOfMultiplesTeamSizesAndComparedFigures() {
    #expect(GongwenParser().parse(text: "标题\n等于一九五〇年的六倍半。").metrics.first?.value == 6.5)
    #expect(GongwenParser().parse(text: "标题\n新建3人制篮球场20个。").metrics.map(\.text) == ["20个"])
    let compared = GongwenParser().parse(text: "标题\n粮食产量比五年计划原定1957年3,856亿斤的水平超过133亿斤。")
    #expect(compared.metrics.first { $0.text == "超过133亿斤" }?.comparator == nil)
  }

  /// "今年拟安排地方政府专项债券3.65万亿元": 拟安排 may open the clause before the phrase.
  @Test func specialBondsPlanned() {
    let document = parse(["二、2026年重点工作", "今年拟安排地方政府专项债券3.65万亿元。"])
    #expect(document.metrics.first?.indicator == .specialBonds)
  }

  /// 二期 after a name is a phase of a work; 三期培训班 and 出版两期 count sessions.
  @Test func phasesAndSessions() {
    #expect(GongwenParser().parse(text: "标题\n国家会议中心二期、首都国际会展中心投用。").metrics.isEmpty)
    #expect(GongwenParser().parse(text: "标题\n举办三期培训班，共出版两期。").metrics.map(\.text) == ["三期", "两期"])
  }

  @Test(arguments: ["充分发挥中央和地方两个积极性。", "抓住先进和落后两头。", "坚持和平共处五项原则。", "提高残疾人两项补贴标准。", "分两个阶段推进。"])
  func formulations(sentence: String) {
    #expect(GongwenParser().parse(text: "标题\n" + sentence).metrics.isEmpty, "\(sentence)")
  }

  /// A report with no dateline and no headings speaks in the latest year it names a month of.
  @Test func aReportWithoutHeadingsDatesItselfByItsMonths() {
    let text = [
      "各位代表：", "现在我代表中央人民政府作工作报告。", "一九五三年，全国工业总产值增长百分之三十。",
      "今年七月，长江流域发生洪水，成灾的农田八千余万亩。", "一九五四年九月，第一届全国人民代表大会召开。",
    ].joined(separator: "\n")
    #expect(ReferenceYear.latestYearWithAMonth(text.foldedScalars) == 1954)
    let document = GongwenParser().parse(text: text)
    #expect(document.metrics.first { $0.text == "八千余万亩" }?.year == 1954)
    #expect(document.metrics.first { $0.text == "百分之三十" }.map { "\($0.status?.rawValue ?? "-") \($0.year ?? 0)" } == "actual 1953")
  }

  // MARK: - Left over from samples 8 and 9

  /// 约占 may stand before the base of its share; 约占 right before the figure is the
  /// prefix. 占…十分之一 without 约 is exact.
  @Test(arguments: [
    ("全國被淹的農田約佔全國農田十分之一即一億六千餘萬畝。", "十分之一", true),
    ("服务业增加值约占全省的四成。", "四成", true),
    ("全國被淹的農田佔全國農田十分之一。", "十分之一", false),
  ])
  func approximateSharesAcrossTheirBase(sentence: String, text: String, approximate: Bool) {
    let metric = GongwenParser().parse(text: "标题\n" + sentence).metrics.first { $0.text == text }
    #expect(metric?.approximate == approximate, "\(sentence)")
  }

  /// A class of water quality is a grade; 三类 that counts kinds stays a count.
  @Test func waterQualityClasses() {
    #expect(GongwenParser().parse(text: "标题\n干流出境断面水质稳定保持二类。").metrics.isEmpty)
    #expect(GongwenParser().parse(text: "标题\n消除劣五类水体，全部达到三类水质。").metrics.isEmpty)
    #expect(GongwenParser().parse(text: "标题\n重点支持三类项目。").metrics.map(\.text) == ["三类"])
  }

  /// A note entry's term names what it explains; its explanation keeps its figures.
  @Test func noteTermsCountNothing() {
    let document = GongwenParser().parse(text: "标题\n注释\n［18］五张清单：指项目清单等5张清单。\n［10］两个基地、两个枢纽：指2个基地。")
    #expect(document.metrics.map(\.text) == ["5张", "2个"])
  }

  /// The months of this year gone by are a fact so far, even in a plan; "稳定在1952年…的水平上"
  /// is the level of the year named, across the name of the total.
  @Test func monthsGoneByAndTheLevelOfANamedYear() {
    let document = GongwenParser().parse(text: [
      "政府工作报告", "——1956年6月15日在第一届全国人民代表大会第三次会议上",
      "三、1956年的计划", "有些基本建设单位的计划在过去五个月中没有完成。",
      "把总的征收数额稳定在1952年夏征和秋征总额388亿斤细粮的水平上。",
      "要把粮食产量提高到2000亿斤以上的水平。",
    ].joined(separator: "\n"))
    #expect(described(document, "五个月") == "actual 1956")
    #expect(described(document, "388亿斤") == "actual 1952")
    #expect(described(document, "2000亿斤以上") == "target 1956")
  }

  /// "2020年到2025年，…比重从17.9%提升到35.5%" under a heading of the 十四五 years: the starting
  /// value is 2020's, the level 2025's, and the flows after it are 2021–2025's.
  @Test func aSpanFromTheYearBeforeThePeriod() {
    let document = parse([
      "一、“十四五”时期工作回顾",
      "2020年到2025年，工业投资占固定资产投资比重从17.9%提升到35.5%。新增五星级饭店16家，接待游客人次年均增长4.4%。",
    ])
    #expect(described(document, "17.9%") == "actual 2020")
    #expect(described(document, "35.5%") == "actual 2025")
    #expect(described(document, "16家") == "actual 2021-2025")
    #expect(described(document, "4.4%") == "actual 2021-2025")
  }

  /// 每年 may open the clause before an indicator's phrase: a floor held every year.
  @Test func aYearlyFloorKeepsItsIndicator() {
    let document = parse(["二、“十五五”时期主要目标", "每年城镇新增就业60万人以上，年均新增城镇就业30万人。"])
    #expect(document.metrics.map(\.indicator) == [.urbanNewJobs, .urbanNewJobs])
  }

  // MARK: - From the tenth sample (Fixtures/answers/metric-sample-10)

  static func report(_ year: Int, _ lines: [String]) -> Document {
    GongwenParser().parse(text: (["政府工作报告", "——\(year)年6月15日在全国人民代表大会上"] + lines).joined(separator: "\n"))
  }

  /// 比較 (traditional 较) compares; 同年 is the year the sentence named last; 預計明年 dates its
  /// clause next year, a target.
  @Test func comparedYearsTheSameYearAndNextYear() {
    let document = Self.report(1954, [
      "一九五三年全國完成的工業基本建設投資總額比較一九五二年增加了百分之九十六。",
      "一九五三年工人的勞動生産率比一九五二年增長了百分之十三，同年中央五個工業部的産品成本降低了百分之三點二。",
      "農業生産合作社在今年八月已經發展到十萬個，預計明年春耕時將達五十萬個以上。",
    ])
    #expect(described(document, "百分之九十六") == "actual 1953")
    #expect(described(document, "百分之三點二") == "actual 1953")
    #expect(described(document, "五十萬個以上") == "target 1955")
  }

  /// 将要 may stand between an indicator's phrase and its figure.
  @Test func aFutureTenseKeepsTheIndicator() {
    let document = parse(["二、2026年工作安排", "如果没有特大的灾荒，粮食产量将要达到3989亿斤。"])
    #expect(document.metrics.first?.indicator == .grainOutput)
  }

  /// 计划完成 and 没有完成计划 say how much of a plan was done: no goal word. A statistics source
  /// and the sentence after it (但是…) state facts so far.
  @Test func planFulfilmentIsAFact() {
    let document = Self.report(1956, [
      "三、1956年的计划",
      "据国家统计局初步统计，本年1——5月份各工业部工业生产总值计划完成102.6%，比上年同期增长33.3%。但是有几项重要产品的产量没有完成计划：钢完成96.4%，钢材完成95%。",
      "钢的产量计划为450万吨。",
    ])
    for text in ["102.6%", "33.3%", "96.4%", "95%"] { #expect(described(document, text) == "actual 1956", "\(text)") }
    #expect(described(document, "450万吨") == "target 1956")
  }

  /// Examples (例如) of what a sentence states as done are facts; examples of a plan are not.
  @Test func examplesOfAFact() {
    let document = Self.report(1958, [
      "二、1958年的计划",
      "我们也已经开始能够自己设计和建设一些大型的工程，例如，年产一百五十万吨的钢铁联合企业，年产五万吨合成氨的氮肥厂。",
      "今年要新建一些大型的工程，例如，年产三十万吨的钢铁厂。",
    ])
    #expect(described(document, "一百五十万吨") == "actual 1958")
    #expect(described(document, "五万吨") == "actual 1958")
    #expect(described(document, "三十万吨") == "target 1958")
  }

  /// 第一个五年计划期间 is 1953–1957, its 期末 1957; a reckoning over it (以…计算) dates its
  /// sentence. The plan's name alone is no time.
  @Test func ordinalFiveYearPlans() {
    let folded = "第一个五年计划期间".foldedScalars
    #expect(TimeScope.planPeriod(folded, at: 0, limit: folded.count) == .span(first: 1953, last: 1957))
    let second = "第二个五年计划时期".foldedScalars
    #expect(TimeScope.planPeriod(second, at: 0, limit: second.count) == .span(first: 1958, last: 1962))
    let end = "第一個五年計劃期末".foldedScalars
    #expect(TimeScope.planPeriod(end, at: 0, limit: end.count) == .year(1957))
    let name = "第一个五年计划的任务".foldedScalars
    #expect(TimeScope.planPeriod(name, at: 0, limit: name.count) == nil)
    let document = Self.report(1958, [
      "二、1958年的计划",
      "但是，以第一个五年计划期间的总投资额计算，非生产性建设的投资比重，仍然占百分之二十三点四；共用投资一百一十亿元。",
    ])
    #expect(described(document, "百分之二十三点四") == "actual 1953-1957")
  }

  /// "在讨论今年计划草案的时候，…": the occasion's year opens a new topic for the sentences after.
  @Test func theTimeOfAnOccasion() {
    let document = Self.report(1958, [
      "二、1958年的计划",
      "去年秋季开始的生产高潮证明了这一点。在讨论今年计划草案的时候，也有许多动人的范例。拿京西矿务局来说，原定的煤炭产量的指标是二百八十五万吨。",
    ])
    #expect(described(document, "二百八十五万吨") == "target 1958")
  }

  /// A year opening an earlier clause dates the clauses after it, up to a semicolon or a
  /// clause with a period of its own (累计, 年均).
  @Test func aYearOpeningAnEarlierClause() {
    let document = Self.report(1958, [
      "二、1958年的计划",
      "如果仍然按照一九五二年的不变价格计算，一九五八年的工业总产值则为七百一十九亿六千万元，农业和农副业总产值则为六百四十二亿五千万元。",
    ])
    #expect(described(document, "六百四十二亿五千万元") == "target 1958")
    let review = parse([
      "一、“十四五”时期工作回顾",
      "五年来，航运物流发展壮大，2025年运行集装箱班轮航线75条、境外航空客货运航线99条，快递业务量年均增长超21%。",
    ])
    #expect(described(review, "超21%") == "actual 2021-2025")
  }

  /// 两条道路 and 一二三次产业 are formulations; 两位数 is double-digit, no count.
  @Test(arguments: ["全国农村经过两条道路的大辩论。", "加快推动一二三次产业协调融合发展。", "工业投资保持两位数增长。"])
  func namesThatCountNothing(sentence: String) {
    #expect(GongwenParser().parse(text: "标题\n" + sentence).metrics.isEmpty, "\(sentence)")
  }

  @Test func twoPeopleStillCount() {
    #expect(GongwenParser().parse(text: "标题\n新增两院院士两位。").metrics.map(\.text) == ["两位"])
  }

  // MARK: - From the eleventh and twelfth samples (Fixtures/answers/metric-sample-11, -12)

  /// "一九五四年計劃的…": a year's plan is that year's; the compared year is not the figure's.
  @Test func aYearsPlanIsThatYears() {
    let document = Self.report(1954, [
      "一九五三年全國完成的工業基本建設投資總額比較一九五二年增加了百分之九十六，一九五四年計劃的工業基本建設投資總額又比一九五三年增加百分之二十八。",
    ])
    #expect(document.metrics.first { $0.text == "百分之二十八" }?.year == 1954)
    // 2009年到期的…: a verb phrase before 的 still makes an attribute.
    let attribute = parse(["一、2025年工作回顾", "2009年到期的政策延长一年，新增项目20个。"])
    #expect(attribute.metrics.first { $0.text == "20个" }?.year == 2025)
  }

  /// A starting value in a later clause starts where the sentence's named change starts.
  @Test func startingValuesOfAChangeTheSentenceNamed() {
    let document = Self.report(1954, [
      "財政支出中的國家機構經費所佔的比重，已從一九五〇年的百分之六十點八降低到一九五四年的百分之三十點七，其中國防費從百分之四十一點五降低到百分之二十一點一。",
    ])
    #expect(document.metrics.first { $0.text == "百分之四十一點五" }?.year == 1950)
    #expect(document.metrics.first { $0.text == "百分之六十點八" }?.year == 1950)
  }

  /// 从每人每月2375元提高到2423元: a rate's words between 从 and the starting value.
  @Test func aStartingValueAfterARatesWords() {
    let document = parse(["二、2026年工作安排", "城乡低保标准分别从每人每月2375元、1536元提高到2423元、1567元。"])
    #expect(described(document, "2375元") == "actual 2025")
    #expect(described(document, "2423元") == "target 2026")
  }

  /// 在 may stand between an indicator's phrase and its figure (赤字率在2%左右).
  @Test func theDeficitRateAt() {
    let document = parse(["二、2026年工作安排", "赤字率在2%左右。"])
    #expect(document.metrics.first?.indicator == .deficitRatio)
  }

  /// Years are a unit of a measure in years (受教育年限), never of a date or a term of work.
  @Test(arguments: [
    ("平均受教育年限从2020年的9.6年提升至2025年的10.2年左右。", ["9.6年", "10.2年左右"]),
    ("劳动年龄人口平均受教育年限达11年。", ["11年"]), ("经过5年努力，光荣在党50年。", [String]()),
  ])
  func measuresInYears(sentence: String, texts: [String]) {
    #expect(GongwenParser().parse(text: "标题\n" + sentence).metrics.map(\.text) == texts, "\(sentence)")
  }

  /// 辆（艘、架、列）次 counts crossings; 大约是 approximates; a congress's session is no count.
  @Test func crossingsApproximationsAndSessions() {
    let crossings = GongwenParser().parse(text: "标题\n抵离口岸的交通工具达2813.8万辆（艘、架、列）次。").metrics.first
    #expect(crossings?.unit == "万辆次" && crossings?.value == 2813.8)
    #expect(GongwenParser().parse(text: "标题\n这个比重大约是百分之十七。").metrics.first?.approximate == true)
    #expect(GongwenParser().parse(text: "标题\n市十六届人大三次会议审议通过。").metrics.isEmpty)
    #expect(GongwenParser().parse(text: "标题\n全年召开三次会议。").metrics.map(\.text) == ["三次"])
  }

  /// The nation's people as they are is no goal of a plan section: named (全国六亿人民, 14亿人的
  /// 粮食安全) it has no status, stated with 有 it is a fact; a count of people reached is not one.
  @Test func theNationsPeopleAsTheyAre() {
    let document = Self.report(1958, [
      "二、1958年的计划",
      "这是关系到全国六亿人民的事情。我国有2.9亿在校学生。要保障好14亿人的粮食安全。今年要新增就业1000万人。",
      "带动全国50万农民增收，吸纳全省300万农民工就业，解决了300万人的就业问题。",
    ])
    #expect(described(document, "六亿") == "- 1958")
    #expect(described(document, "2.9亿") == "actual 1958")
    #expect(described(document, "14亿人") == "- 1958")
    #expect(described(document, "1000万人") == "target 1958")
    // People reached, workers, and a province's people are no population statement.
    #expect(described(document, "50万") == "target 1958")
    #expect(described(document, "300万人") == "target 1958")
  }

  /// Over five years: a share as it stands is the last year's, unless held (稳定在); a flow
  /// verb before 超过 makes a sum.
  @Test func sharesAndFlowsOverFiveYears() {
    let document = parse([
      "一、“十四五”时期工作回顾",
      "五年来，三亚经济圈经济总量占全省比重超20%，衔接资金用于产业占比稳定在60%以上，城镇棚户区住房改造超过2100万套，粮食产量突破1300万吨。",
    ])
    #expect(described(document, "超20%") == "actual 2025")
    #expect(described(document, "60%以上") == "actual 2021-2025")
    #expect(described(document, "超过2100万套") == "actual 2021-2025")
    #expect(described(document, "突破1300万吨") == "actual 2025")
  }

  // MARK: - From the thirteenth and fourteenth samples (Fixtures/answers/metric-sample-13, -14)

  /// The later items of a list of starting values start too, and 从2020年的 names their year.
  @Test func listsOfStartingValues() {
    let plan = parse(["二、2026年工作安排", "重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。"])
    #expect(described(plan, "280元") == "actual 2025")
    #expect(described(plan, "290元") == "target 2026")
    let review = parse([
      "一、“十四五”时期工作回顾",
      "五年来，城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年。",
    ])
    #expect(described(review, "4318元/年") == "actual 2020")
    #expect(described(review, "7226元/年") == "actual 2025")
  }

  /// 但是 before a year: the year still opens the sentence.
  @Test func aYearAfterBut() {
    let document = Self.report(1954, [
      "從一九四九年到一九五二年，工業恢復得很快。但是一九五三年工業總產值仍然比一九五二年增加了百分之三十三。",
    ])
    #expect(document.metrics.first { $0.text == "百分之三十三" }?.year == 1953)
  }

  /// In a report with no headings, a paragraph that names no year and states a fact with 已
  /// speaks of the present; one that names its year, or states no such fact, keeps its topic.
  @Test func thePresentOfAReportWithoutHeadings() {
    let lines = [
      "各位代表：", "现在我代表中央人民政府作工作报告。", "一九五三年，全國工業總產值增長百分之三十。",
      "農業生產有了發展。交通運輸有了發展。商業也有了發展。文化教育事業有了發展。",
      "我國人民已在二十五個省建立了自己的政權。",
      "在少數民族地區已經有縣衞生院三百零九所。", "這一年修建了水庫十二座。",
      "一九五四年九月，第一屆全國人民代表大會召開。",
    ]
    // Counted in sentences, so the same speech on one line reads the same.
    for separator in ["\n\n", ""] {
      let document = GongwenParser().parse(text: lines.joined(separator: separator))
      #expect(described(document, "二十五個") == "actual 1954", "\(separator.debugDescription)")
      #expect(described(document, "三百零九所") == "actual 1954", "\(separator.debugDescription)")
      #expect(described(document, "十二座") == "actual 1953", "\(separator.debugDescription)")
    }
  }

  // MARK: - From the fifteenth and sixteenth samples (Fixtures/answers/metric-sample-15, -16)

  /// Over five years: the end of a change (由71所…为47所) and a year's amount (年营收) are the last
  /// year's; a growth multiple beside a level (达到…、增长2.4倍) is the period's.
  @Test func endsOfChangesAnnualAmountsAndGrowthMultiples() {
    let document = parse([
      "一、“十四五”时期工作回顾",
      "五年来，中职学校由71所优化整合为47所，江东新区年营收超5000亿元，新能源总装机达到8041.6万千瓦、增长2.4倍，城镇累计新增就业超700万人。",
    ])
    #expect(described(document, "71所") == "actual 2020")
    #expect(described(document, "47所") == "actual 2025")
    #expect(described(document, "超5000亿元") == "actual 2025")
    #expect(described(document, "8041.6万千瓦") == "actual 2025")
    #expect(described(document, "2.4倍") == "actual 2021-2025")
    #expect(described(document, "超700万人") == "actual 2021-2025")
  }

  /// 例如 before a year opens the sentence with it; 从2012年年底的 names a starting year.
  @Test func examplesOpeningWithAYearAndYearEndStarts() {
    let report = Self.report(1954, ["例如一九五三年中央六個工業部的基本建設計劃就只完成了百分之九十四點三。"])
    #expect(report.metrics.first { $0.text == "百分之九十四點三" }?.year == 1953)
    let speech = GongwenParser().parse(text: "标题\n贫困人口从2012年年底的9899万人减到2019年底的551万人，贫困发生率由10.2%降至0.6%。")
    #expect(speech.metrics.first { $0.text == "10.2%" }?.year == 2012)
  }

  @Test func theFivePrinciplesInTraditionalCharacters() {
    #expect(GongwenParser().parse(text: "标题\n上述和平共處的五項原則。").metrics.isEmpty)
  }

  /// A run of months (本年1——5月份) says how far the year has gone; 扩容至 reaches a level.
  @Test func runsOfMonthsAndExpansions() {
    let plan = Self.report(1956, ["三、1956年的计划", "今年1——5月份铁道货运量计划完成105%，江海货运量计划完成104%。今年铁道货运量计划为2亿吨。"])
    #expect(described(plan, "105%") == "actual 1956")
    #expect(described(plan, "104%") == "actual 1956")
    #expect(described(plan, "2亿吨") == "target 1956")
    let review = parse(["一、“十四五”时期工作回顾", "五年来，跨境电商综试区扩容至7个。"])
    #expect(described(review, "7个") == "actual 2025")
  }

  /// 累计达 sums over the years; a phase after a quoted name is no count.
  @Test func cumulativeLevelsAndQuotedPhases() {
    let review = parse(["一、“十四五”时期工作回顾", "五年来，技术合同成交额累计达260亿元，粮食产量达到1300万吨。"])
    #expect(described(review, "260亿元") == "actual 2021-2025")
    #expect(described(review, "1300万吨") == "actual 2025")
    #expect(GongwenParser().parse(text: "标题\n加快“三医联动一张网”二期建设。").metrics.isEmpty)
    #expect(GongwenParser().parse(text: "标题\n“深海一号”获评智能工厂、二期工程投产。").metrics.isEmpty)
    #expect(GongwenParser().parse(text: "标题\n举办三期培训班。").metrics.map(\.text) == ["三期"])
  }

  // MARK: - From the nineteenth and twentieth samples (Fixtures/answers/metric-sample-19, -20)

  /// A restated target keeps its indicator (把…控制在, 目标定为).
  @Test func restatedTargets() {
    let document = parse(["二、2026年工作安排", "今年的经济增长目标定为7.5%左右。要把居民消费价格涨幅控制在3.5%左右。"])
    #expect(document.metrics.map(\.indicator) == [.gdpGrowth, .cpi])
  }

  /// 节约 saves, 约 alone approximates.
  @Test(arguments: [("節約二千八百億元。", false), ("节约资金2亿元。", false), ("約二千八百億元。", true), ("大约300人。", true)])
  func yueInsideAWord(sentence: String, approximate: Bool) {
    #expect(GongwenParser().parse(text: "标题\n" + sentence).metrics.first?.approximate == approximate, "\(sentence)")
  }
}

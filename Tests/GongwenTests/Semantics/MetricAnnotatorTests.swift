import Testing
@testable import Gongwen

/// Indicator, status and year of a metric from the words around it (issue 17, parts 5–6).
/// Sentences are from the development corpus's reports; the frame around them is a 2026
/// provincial report laid out as they are.
@Suite("Metric indicator, status and year")
struct MetricAnnotatorTests {
  static let frame = (
    title: "2026年某省政府工作报告",
    dateline: "——2026年1月27日在某省第十四届人民代表大会第四次会议上"
  )

  /// A 2026 report with `review` in its 2025 review section and `plan` in its 2026 section.
  func report(review: [String] = [], plan: [String] = [], extra: [String] = []) -> Document {
    let lines = [Self.frame.title, Self.frame.dateline, "各位代表：", "一、2025年工作回顾"] + review
      + ["二、2026年重点工作"] + plan + extra
    return GongwenParser().parse(text: lines.joined(separator: "\n"))
  }

  func metric(_ document: Document, _ text: String, occurrence: Int = 0) -> Metric? {
    let found = document.metrics.filter { $0.text == text }
    return occurrence < found.count ? found[occurrence] : nil
  }

  // MARK: - Indicators

  @Test(arguments: [
    ("地区生产总值增长5.8%，增速居全国第2位。", "5.8%", Indicator.gdpGrowth),
    ("全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点。", "5.2万亿元", .gdp),
    ("全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点。", "5.4%", .gdpGrowth),
    ("国内生产总值达到114万亿元，增长8.1%。", "114万亿元", .gdp),
    ("国内生产总值达到114万亿元，增长8.1%。", "8.1%", .gdpGrowth),
    ("城镇新增就业1186万人，年末全国城镇调查失业率降到5.2％。", "1186万人", .urbanNewJobs),
    ("城镇新增就业1186万人，年末全国城镇调查失业率降到5.2％。", "5.2％", .urbanUnemployment),
    ("一般公共预算收入增长4.8%，城镇调查失业率4.1%。", "4.8%", .budgetRevenueGrowth),
    ("居民人均可支配收入提高到5.4万元、增长4.3%。", "5.4万元", .perCapitaIncome),
    ("居民人均可支配收入提高到5.4万元、增长4.3%。", "4.3%", .incomeGrowth),
    ("粮食产量1.37万亿斤，连续7年稳定在1.3万亿斤以上。", "1.37万亿斤", .grainOutput),
    ("规上工业增加值增长6.2%，固定资产投资增长3.1%。", "6.2%", .industrialValueAddedGrowth),
    ("规上工业增加值增长6.2%，固定资产投资增长3.1%。", "3.1%", .fixedAssetInvestmentGrowth),
    ("社会消费品零售总额增长4.6%，常住人口城镇化率提高到58%。", "4.6%", .retailSalesGrowth),
    ("社会消费品零售总额增长4.6%，常住人口城镇化率提高到58%。", "58%", .urbanizationRate),
    ("CPI微降0.1%。", "0.1%", .cpi),
    ("实际利用外商直接投资900亿美元。", "900亿美元", .foreignInvestment),
    ("财政赤字占国内生产总值的比重从2.8%降到1.5%左右。", "1.5%左右", .deficitRatio),
  ])
  func indicatorOfTheClauseSubject(sentence: String, text: String, indicator: Indicator) throws {
    let document = report(review: [sentence])
    let found = try #require(metric(document, text), "\(text) in \(document.metrics.map(\.text))")
    #expect(found.indicator == indicator, "\(sentence): \(text)")
  }

  /// "分别" gives each item its own key; a clause with no subject goes on with the clauses
  /// before it, in order.
  @Test func pairsAndSubjectsCarriedOver() throws {
    let pair = report(plan: ["城乡居民人均可支配收入分别增长5%、6.5%左右。"])
    #expect(pair.metrics.map(\.indicator) == [.urbanIncomeGrowth, .ruralIncomeGrowth])
    let carried = report(review: ["城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。"])
    #expect(
      carried.metrics.map(\.indicator) == [.urbanPerCapitaIncome, .ruralPerCapitaIncome, .urbanIncomeGrowth, .ruralIncomeGrowth])
    let elliptical = report(review: ["实现粮食播种面积3320万亩、产量1285万吨以上。"])
    #expect(elliptical.metrics.map(\.indicator) == [nil, .grainOutput])
  }

  /// A sector's, a sub-region's or a neighbour's figure is not the region's indicator.
  @Test(arguments: [
    "研发经费投入相当于生产总值的2.6%。",
    "战略性新兴产业占规上工业增加值比重超过25%。",
    "南疆五地州地区生产总值增长7%。",
    "兰州新区经济总量500亿元。",
    "工业对全省经济增长的贡献率36.1%。",
    "其中一二三产增加值分别增长3.5%左右、6%左右、5%左右。",
    "规模以上工业企业从1832户增加到3382户。",
    "高于全国0.4个百分点。",
  ])
  func notTheRegionsIndicator(sentence: String) {
    let document = report(review: ["地区生产总值增长5.8%。", sentence])
    let claims = document.metrics.dropFirst().filter { $0.indicator != nil }
    #expect(claims.isEmpty, "\(sentence): \(claims.map { "\($0.text) \($0.indicator!.rawValue)" })")
  }

  // MARK: - Status and year

  @Test func reviewedYearIsActualAndTheDocumentsYearATarget() throws {
    let document = report(
      review: ["地区生产总值增长5.8%。"],
      plan: ["今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；居民消费价格涨幅2%左右。"])
    let actual = try #require(metric(document, "5.8%"))
    #expect(actual.status == .actual)
    #expect(actual.year == 2025)
    let target = try #require(metric(document, "5.5%左右"))
    #expect(target.status == .target)
    #expect(target.year == 2026)
    #expect(metric(document, "2%左右")?.indicator == .cpi)
  }

  /// The time a paragraph opens with holds for it and the paragraphs after it in its part:
  /// a level the period reached is its last year's, a rate over it the period's.
  @Test func fiveYearPassages() throws {
    let document = report(review: [
      "过去五年，我们坚持稳中求进。一般公共预算收入从874.6亿元增加到1112.4亿元，全体居民人均可支配收入年均增长6.8%。",
      "粮食总产量突破1300万吨，创历史新高。城镇新增就业超过160万人。",
      "刚刚过去的2025年，全省上下顶压前行。地区生产总值增长5.8%。",
    ])
    let end = try #require(metric(document, "1112.4亿元"))
    #expect(end.indicator == .budgetRevenue)
    #expect(end.status == .actual)
    #expect(end.year == 2025)
    let start = try #require(metric(document, "874.6亿元"))
    #expect(start.year == 2020)
    let average = try #require(metric(document, "6.8%"))
    #expect(average.indicator == .incomeGrowth)
    #expect(average.year == nil)
    #expect(average.years == YearSpan(first: 2021, last: 2025))
    #expect(metric(document, "突破1300万吨")?.year == 2025)
    // Jobs over five years are their sum, not 2025's.
    let jobs = try #require(metric(document, "超过160万人"))
    #expect(jobs.year == nil)
    #expect(jobs.years == YearSpan(first: 2021, last: 2025))
    #expect(metric(document, "5.8%")?.year == 2025)
  }

  @Test func aPlanPeriodIsTheTargetOfItsYears() throws {
    let document = report(extra: [
      "三、“十五五”时期主要目标任务", "“十五五”时期，地区生产总值年均增长5%以上，研发经费投入强度达到2.8%。",
    ])
    let average = try #require(metric(document, "5%以上"))
    #expect(average.status == .target)
    #expect(average.years == YearSpan(first: 2026, last: 2030))
    #expect(average.year == nil)
    #expect(metric(document, "2.8%")?.indicator == .rndIntensity)
  }

  /// A report with no dateline speaks in the year after the last year it reviews.
  @Test func aReportWithoutADatelineCountsFromItsReviewedYear() throws {
    let document = GongwenParser().parse(
      text: [
        "各位代表：", "现在，我代表国务院，向大会报告政府工作，请予审议。", "一、过去五年工作回顾",
        "2012年，在世界各大经济体增长全面减速的情况下，全面实现年初确定的主要目标，国内生产总值增长7.8%，城镇新增就业1266万人。",
        "二、今年经济社会发展的总体要求、主要预期目标和宏观经济政策",
        "今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右，城镇新增就业900万人以上。",
      ].joined(separator: "\n"))
    #expect(metric(document, "7.8%").map { [$0.status?.rawValue, $0.year.map(String.init)] } == ["actual", "2012"])
    #expect(metric(document, "7.5%左右").map { [$0.status?.rawValue, $0.year.map(String.init)] } == ["target", "2013"])
    #expect(metric(document, "900万人以上")?.indicator == .urbanNewJobs)
  }

  /// A heading with the document's own year plans, whatever its words say ("2026年主要工作").
  @Test func aHeadingOfTheDocumentsYearPlans() throws {
    let document = GongwenParser().parse(
      text: [Self.frame.title, Self.frame.dateline, "一、2025年和“十四五”时期工作回顾", "地区生产总值增长4%。", "三、2026年主要工作",
        "地区生产总值增长6%左右。"].joined(separator: "\n"))
    #expect(metric(document, "4%").map { "\($0.status!.rawValue) \($0.year!)" } == "actual 2025")
    #expect(metric(document, "6%左右").map { "\($0.status!.rawValue) \($0.year!)" } == "target 2026")
  }

  /// A summary's figures are its year's actuals; a plan's its year's targets.
  @Test func summariesAndPlans() throws {
    let summary = GongwenParser().parse(text: "X县委办公室2021年工作总结\n一、主要工作\n全年编辑出版信息12期。")
    #expect(summary.metrics.first.map { "\($0.status!.rawValue) \($0.year!)" } == "actual 2021")
    let plan = GongwenParser().parse(text: "X县委办公室2022年工作要点\n一、重点任务\n全年编辑出版信息12期以上。")
    #expect(plan.metrics.first.map { "\($0.status!.rawValue) \($0.year!)" } == "target 2022")
  }
}

/// The year written beside a figure, and figures that are no year's (issue 17, hand-read sample).
@Suite("Metric years beside the figure")
struct MetricOwnYearTests {
  func parse(_ lines: [String]) -> Document {
    GongwenParser().parse(text: ([MetricAnnotatorTests.frame.title, MetricAnnotatorTests.frame.dateline] + lines).joined(separator: "\n"))
  }

  @Test func aYearBesideTheFigureIsItsOwn() throws {
    let document = parse([
      "一、过去五年工作回顾",
      "企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元。",
      "农业人口占比由２０１４年的３３％上升到３４％。",
      "中央财政赤字率降到去年的1.5%左右。",
      "地区生产总值比2020年增长28%。",
    ])
    #expect(document.metrics.first { $0.text.hasSuffix("700元") }?.year == 2004)
    #expect(document.metrics.first { $0.text == "３３％" }?.year == 2014)
    #expect(document.metrics.first { $0.text.hasPrefix("1.5%") }?.year == 2025)
    // The year compared with is not the figure's: a rate over the five years.
    let growth = try #require(document.metrics.first { $0.text == "28%" })
    #expect(growth.year == nil)
    #expect(growth.years == YearSpan(first: 2021, last: 2025))
  }

  /// "2013年至2019年，…" opens a span: a rate over it is the span's, a level reached its last
  /// year's, and a starting value its first year's (6079元 is 2013's, the first of the NBS series;
  /// the fourth hand-read sample reads "2020年到2025年，…从17.9%提升到35.5%" the same way).
  @Test func aSpanOfYearsOpeningASentence() throws {
    let document = parse([
      "一、2025年工作回顾",
      "2013年至2019年，832个贫困县农民人均可支配收入由6079元增加到11567元，年均增长9.7%。",
    ])
    #expect(document.metrics.first { $0.text == "11567元" }?.year == 2019)
    #expect(document.metrics.first { $0.text == "6079元" }?.year == 2013)
    #expect(document.metrics.first { $0.text == "9.7%" }?.years == YearSpan(first: 2013, last: 2019))
  }

  /// A sum over years named in the figure's clause is the span's; a rate reached is the
  /// period's last year's.
  @Test func sumsOverYearsAndRatesReached() throws {
    let document = parse([
      "一、过去五年工作回顾",
      "过去五年，财政收入五年累计7.79万亿元，從一九五〇年到一九五三年共有八萬億元。",
      "城镇化率由45.9%提高到52.6%，年均提高1.3个百分点。",
    ])
    #expect(document.metrics.first { $0.text == "7.79万亿元" }?.years == YearSpan(first: 2021, last: 2025))
    #expect(document.metrics.first { $0.text == "八萬億元" }?.years == YearSpan(first: 1950, last: 1953))
    let reached = try #require(document.metrics.first { $0.text == "52.6%" })
    #expect(reached.year == 2025)
    #expect(reached.indicator == .urbanizationRate)
  }

  @Test func streaksAreNoYearsFigure() throws {
    let document = parse(["一、“十四五”时期工作回顾", "黄河干流水质连续6年达到Ⅱ类，粮食产量连续三年居全国第一。"])
    for metric in document.metrics where metric.kind == .streak {
      #expect(metric.year == nil && metric.years == nil, "\(metric.text)")
    }
  }

  /// A report with neither dateline nor plan speaks in the latest year its parts are headed with.
  @Test func aBudgetReportSpeaksInItsBudgetYear() throws {
    let document = GongwenParser().parse(
      text: ["各位代表：", "我代表国务院向大会作关于１９５５年国家决算和１９５６年国家预算的报告。", "一、１９５５年国家决算",
        "１９５５年国家决算收入为２７２亿元。", "二、１９５６年的国家预算", "１９５６年国家预算收入为２９７亿元。"].joined(separator: "\n"))
    #expect(document.metrics.first { $0.text.hasPrefix("２７２") }.map { "\($0.status!.rawValue) \($0.year!)" } == "actual 1955")
    #expect(document.metrics.first { $0.text.hasPrefix("２９７") }.map { "\($0.status!.rawValue) \($0.year!)" } == "target 1956")
  }
}

/// Cases from the hand-read sample (Fixtures/answers/metric-sample).
@Suite("Metric annotation: cases from the hand-read sample")
struct MetricSampleCaseTests {
  func parse(_ lines: [String]) -> Document {
    GongwenParser().parse(text: ([MetricAnnotatorTests.frame.title, MetricAnnotatorTests.frame.dateline] + lines).joined(separator: "\n"))
  }

  @Test func aStartingValueAfter由() throws {
    let document = parse(["一、过去五年工作回顾", "城镇化率由45.9%提高到52.6%。"])
    let start = try #require(document.metrics.first { $0.text == "45.9%" })
    #expect(start.indicator == .urbanizationRate)
    #expect(start.year == 2020)
    #expect(document.metrics.first { $0.text == "52.6%" }?.indicator == .urbanizationRate)
  }

  @Test func aBareCountBeforeItsIndicator() {
    let document = parse(["一、2025年工作回顾", "年初剩余的551万农村贫困人口全部脱贫。"])
    #expect(document.metrics.first?.indicator == .povertyReduction)
  }

  /// 年均浓度 is a year's mean: the 2026 target keeps its year.
  @Test func anAnnualMeanIsAYearsFigure() {
    let document = parse(["二、2026年重点工作", "今年经济社会发展主要预期目标是：细颗粒物年均浓度控制在29微克/立方米左右。"])
    #expect(document.metrics.first.map { "\($0.status!.rawValue) \($0.year!)" } == "target 2026")
  }

  @Test(arguments: ["坚持四项基本原则。", "发挥红十字会作用。", "实现四个现代化。"])
  func formulationsAreNoMetrics(sentence: String) {
    #expect(parse(["一、2025年工作回顾", sentence]).metrics.isEmpty, "\(sentence)")
  }
}

/// The 1956 budget report: 本年 is the account's year, a year opening a sentence dates it,
/// and a fact of the current year so far is an actual.
@Suite("Metric status in a budget report")
struct BudgetReportStatusTests {
  static let report = [
    "各位代表：", "我代表国务院向大会作关于１９５５年国家决算和１９５６年国家预算草案的报告。", "一、１９５５年国家决算", "本年各类收入的情况如下：各项税收共收到１２，７４５，３９０，０００元，完成预算数的９２．４９％。",
    "二、１９５６年的国家预算", "１９５５年全国工业总产值完成了原定计划的１０１％，比１９５４年增长８％。",
    "在农业方面，据本年５月份的统计，参加农业生产合作社的农户已经占总农户的９０％以上。",
    "１９５６年国家预算收入为２９７亿元。",
  ].joined(separator: "\n")

  @Test func statusAndYear() throws {
    let document = GongwenParser().parse(text: Self.report)
    func described(_ text: String) -> String? {
      document.metrics.first { $0.text == text }.map { "\($0.status?.rawValue ?? "-") \($0.year.map(String.init) ?? "-")" }
    }
    #expect(described("１２，７４５，３９０，０００元") == "actual 1955")
    #expect(described("１０１％") == "actual 1955")
    // A fact so far is an actual; its year is the 1955 of the sentence before, since 本年 is
    // never read (in these statements it is most often the account's year).
    #expect(described("９０％以上")?.hasPrefix("actual") == true)
    #expect(described("２９７亿元") == "target 1956")
  }
}

/// Cases from the second hand-read sample (Fixtures/answers/metric-sample-2).
@Suite("Metrics: cases from the second hand-read sample")
struct MetricSecondSampleTests {
  /// The 1954 report writes its classifiers in traditional characters.
  @Test(arguments: [
    ("自治區、西藏地方、昌都地區、三個直轄市、二千一百一十六個縣和相當於縣的行政單位", "二千一百一十六個", 2116.0),
    ("已全部或者部分完工並投入生産的有十七項，包括鞍山鋼鐵公司的", "十七項", 17.0),
  ])
  func traditionalClassifiers(sentence: String, text: String, value: Double) {
    let metric = GongwenParser().parse(text: sentence).metrics.first { $0.text == text }
    #expect(metric?.value == value, "\(sentence)")
  }

  @Test func traditionalWordsAreNoClassifiers() {
    // 個體 (individual), 項目 (project) and 種植 (planting) start words.
    #expect(GongwenParser().parse(text: "發展三個體經濟的形式。").metrics.isEmpty)
    #expect(GongwenParser().parse(text: "完成五項目標。").metrics.isEmpty)
  }

  @Test func aMeasureOfPartOfAnIndicatorIsNotTheIndicator() {
    let document = GongwenParser().parse(
      text: [MetricAnnotatorTests.frame.title, MetricAnnotatorTests.frame.dateline, "一、2025年工作回顾",
        "固定资产投资增长3.1%，扣除房地产开发投资后，固定资产投资增长2.7%。"].joined(separator: "\n"))
    #expect(document.metrics.map(\.indicator) == [.fixedAssetInvestmentGrowth, nil])
  }

  /// 分别突破X、Y: the bound is said of both; without 分别 only of the first.
  @Test func aBoundSharedByTheItemsOf分别() {
    let shared = GongwenParser().parse(text: "全省地区生产总值和一般公共预算收入分别突破1.5万亿元、1.4万亿元。")
    #expect(shared.metrics.map(\.comparator) == [.greaterThan, .greaterThan])
    let single = GongwenParser().parse(text: "利用外资突破1.5万亿元、新增企业1.4万家。")
    #expect(single.metrics.map(\.comparator) == [.greaterThan, nil])
  }

  @Test(arguments: ["统筹用好国际国内两个市场两种资源。", "守住不发生规模性返贫和区域性风险两条底线。"])
  func formulations(sentence: String) {
    #expect(GongwenParser().parse(text: sentence).metrics.isEmpty, "\(sentence)")
  }
}

/// Remaining errors of the second hand-read sample: shares in words (八成, 一半), pairs (对),
/// starting values and facts in a plan.
@Suite("Metrics: shares in words, pairs, starting values and facts")
struct MetricSharesAndStartingValueTests {
  func described(_ sentence: String) -> [String] {
    GongwenParser().parse(text: "标题\n" + sentence).metrics.map { metric in
      let value = metric.normalizedValue.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? "-"
      var flags = metric.approximate ? "~" : ""
      if let comparator = metric.comparator { flags += comparator.rawValue }
      return "\(metric.text)=\(value)\(metric.normalizedUnit)\(flags)"
    }
  }

  /// 成 counts tenths: the value stays as written, the normalised value is the percentage.
  @Test(arguments: [
    ("中小微企业政府采购占比近八成，普惠小微企业贷款余额超万亿元。", ["近八成=80%~", "超万亿元=1000000000000元>"]),
    ("全市九成以上的行政村通5G网络。", ["九成以上=90%>="]),
    ("外贸企业订单恢复到7成左右，其中超两成的订单来自新兴市场。", ["7成左右=70%~", "超两成=20%>"]),
    ("规上工业企业七成多实现盈利。", ["七成多=70%~"]),
  ])
  func tenths(sentence: String, expected: [String]) {
    #expect(described(sentence) == expected, "\(sentence)")
  }

  /// 一半 after a word of share or bound is 50%; elsewhere it is no figure.
  @Test(arguments: [
    ("新增两院院士占全国近一半，科研城市排名全球第一。", ["近一半=50%~"]),
    ("民营经济贡献超过一半的税收。", ["超过一半=50%>"]),
  ])
  func half(sentence: String, expected: [String]) {
    #expect(described(sentence) == expected, "\(sentence)")
  }

  @Test(arguments: [
    "坚持一成不变的老办法不行。",
    "游客三五成群，建成一批美丽乡村。",
    "另一半资金由县级财政承担。",
    "一半是海水，一半是火焰。",
    "开展一对一帮扶，推动XX对台优惠政策落地，深化结对帮扶，对于5G网络。",
  ])
  func nearMisses(sentence: String) {
    #expect(described(sentence).isEmpty, "\(sentence): \(described(sentence))")
  }

  @Test func pairsAreCounted() {
    #expect(described("国际友城和外国驻穗总领馆分别增至214对和69家。") == ["214对=214对", "69家=69家"])
  }

  /// A starting value is where things stood: the year before a reviewed year or period, an
  /// actual even in a plan; 由 before a figure that starts no change is no starting value.
  @Test func startingValues() throws {
    let document = GongwenParser().parse(text: [
      MetricAnnotatorTests.frame.title, MetricAnnotatorTests.frame.dateline, "一、2025年工作回顾",
      "进口“零关税”商品税目比例由21%提升至74%。",
      "二、2026年重点工作",
      "推动县中托管帮扶从15个县扩大到57个县。由5名专家组成评审组。",
    ].joined(separator: "\n"))
    func described(_ text: String) -> String? {
      document.metrics.first { $0.text == text }.map { "\($0.status?.rawValue ?? "-") \($0.year.map(String.init) ?? "-")" }
    }
    #expect(described("21%") == "actual 2024")
    #expect(described("74%") == "actual 2025")
    #expect(described("15个") == "actual 2025")
    #expect(described("57个") == "target 2026")
    #expect(described("5名") == "target 2026")
  }

  /// "从2012年…到2019年…由10.2%降至0.6%": the span the clause names starts the first value
  /// and ends the second.
  @Test func aNamedSpanDatesBothEnds() throws {
    let document = GongwenParser().parse(text: [
      MetricAnnotatorTests.frame.title, MetricAnnotatorTests.frame.dateline, "一、过去五年工作回顾",
      "从2020年到2025年，科技进步贡献率从57.6%提升到65%。",
    ].joined(separator: "\n"))
    #expect(document.metrics.map { "\($0.text) \($0.year.map(String.init) ?? "-")" } == ["57.6% 2020", "65% 2025"])
  }

  /// A time opening a sentence holds for its section and the sections under it, not for a
  /// sibling's; a year in a noun's attribute ("2009年到期的…政策") dates no sentence.
  @Test func topicsStayInTheirSection() throws {
    let document = GongwenParser().parse(text: [
      "2010年政府工作报告", "——2010年3月5日在第十一届全国人民代表大会第三次会议上", "二、2010年主要任务",
      "（五）大力加强文化建设", "一年来，我们大力发展公益性文化事业，新建文化站2000个。",
      "（六）着力保障和改善民生", "2009年到期的就业扶持政策延长一年。", "建设保障性住房300万套。",
    ].joined(separator: "\n"))
    func described(_ text: String) -> String? {
      document.metrics.first { $0.text == text }.map { "\($0.status?.rawValue ?? "-") \($0.year.map(String.init) ?? "-")" }
    }
    #expect(described("2000个") == "actual 2009")
    #expect(described("300万套") == "target 2010")
  }

  /// "这五年，…", "回首这五年，…", "五年累计，…" open a five-year passage.
  @Test(arguments: ["这五年，", "回首这五年，", "五年来，"])
  func fiveYearOpenings(opening: String) throws {
    let document = GongwenParser().parse(text: [
      MetricAnnotatorTests.frame.title, MetricAnnotatorTests.frame.dateline, "一、过去五年工作回顾",
      "2025年，地区生产总值增长5%。", opening + "我们转移农村人口8463万人。",
    ].joined(separator: "\n"))
    let moved = try #require(document.metrics.first { $0.text == "8463万人" })
    #expect(moved.years == YearSpan(first: 2021, last: 2025), "\(opening)")
  }

  /// In a plan, a fact said of the figure (已经, before or after it) is an actual.
  @Test func aFactInAPlanIsAnActual() throws {
    let document = GongwenParser().parse(text: [
      "各位代表：", "我代表国务院向大会作关于１９５６年国家预算草案的报告。", "二、１９５６年的国家预算",
      "苏联为我国设计的１５６个重要项目中，１２个项目已经部分地投入生产，本年还将有１１个完工。",
    ].joined(separator: "\n"))
    #expect(document.metrics.first { $0.text == "１２个" }?.status == .actual)
    #expect(document.metrics.first { $0.text == "１１个" }?.status == .target)
  }
}

import Testing
@testable import Gongwen

/// Metrics, each rule with real sentences from the seeds and the near-misses it must not match.
@Suite("Metrics")
struct MetricExtractorTests {
  func metrics(_ sentence: String) -> [Metric] { GongwenParser().parse(text: sentence).metrics }

  func only(_ sentence: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Metric {
    let found = metrics(sentence)
    #expect(found.count == 1, "\(found.map(\.text))", sourceLocation: sourceLocation)
    return try #require(found.first, sourceLocation: sourceLocation)
  }

  // MARK: - Arabic numbers with units

  @Test func countWithSubjectBefore() throws {
    let metric = try only("在xx工作方面，我县按月向X市委xx研究室提供稿件，配合完成《X市大事摘编》的编纂工作，年内供稿信息233条；")
    #expect(metric.value == 233)
    #expect(metric.unit == "条")
    #expect(metric.subject == "供稿信息")
    #expect(metric.text == "233条")
  }

  @Test func ratePerYear() throws {
    let metric = try only("我县《XX县大事汇编》为季刊，每年编辑出版4期。")
    #expect(metric.value == 4)
    #expect(metric.unit == "期")
    #expect(metric.per?.rawValue == "年")
  }

  @Test func comparatorAfterTheUnit() throws {
    let found = metrics("积极推荐好XX经验，力争完成信息上报700条以上，采用率达到30％以上。加强信息调研，做好本级信息参谋服务，确保完成调研8次以上。")
    #expect(found.map(\.text) == ["700条以上", "30％以上", "8次以上"])
    #expect(found.map(\.comparator) == [.atLeast, .atLeast, .atLeast])
    #expect(found.map(\.unit) == ["条", "%", "次"])
    #expect(found[1].subject == "采用率")
    #expect(found[1].value == 30)
  }

  @Test func ranges() throws {
    let found = metrics("强化业务培训，开展1—2次党委信息工作培训班，选派1—2名优秀信息员到省市跟班学习。")
    #expect(found.map(\.text) == ["1—2次", "1—2名"])
    #expect(found.map(\.range) == [MetricRange(low: 1, high: 2), MetricRange(low: 1, high: 2)])
    #expect(found.allSatisfy { $0.value == nil })
    #expect(found.map(\.subject) == ["党委信息工作培训班", "优秀信息员"])
    #expect(metrics("每组1-2名，共3至5个，约1~2次").map(\.range) == [
      MetricRange(low: 1, high: 2), MetricRange(low: 3, high: 5), MetricRange(low: 1, high: 2),
    ])
  }

  @Test func decreaseWithComparator() throws {
    let metric = try only("确保2021年一般性支出总额在2020年的预算基数上压减12％以上。")
    #expect(metric.direction?.rawValue == "decrease")
    #expect(metric.comparator?.rawValue == ">=")
    #expect(metric.subject == "一般性支出总额")
  }

  @Test func percentagesInEveryForm() throws {
    #expect(metrics("增长30%").first?.unit == "%")
    #expect(metrics("增长30％").first?.direction?.rawValue == "increase")
    let words = try only("覆盖率达到百分之三十。")
    #expect(words.value == 30)
    #expect(words.unit == "%")
    let points = try only("城镇调查失业率下降5.3个百分点。")
    #expect(points.value == 5.3)
    #expect(points.unit == "percentage point")
    #expect(points.direction?.rawValue == "decrease")
  }

  @Test func durationsAndDecimals() throws {
    #expect(try only("严格落实领导干部在岗带班、值班员24小时坚守岗位要求。").unit == "小时")
    let money = try only("人均可支配收入提高到5.4万元。")
    #expect(money.value == 5.4)
    #expect(money.unit == "万元")
    #expect(try only("本年收入合计27,203,319,000元").value == 27_203_319_000)
    #expect(try only("收入合计２７，２０３，３１９，０００元").value == 27_203_319_000)
  }

  @Test func magnitudeGoesWithTheUnitForChineseNumeralsToo() throws {
    #expect(try only("投入三千五百万元").value == 3500)
    #expect(try only("投入三千五百万元").unit == "万元")
    #expect(try only("投入3500万元").unit == "万元")
  }

  @Test func ratesWrittenWithASlash() throws {
    let capacity = try only("危险废物利用处置能力提高到1459万吨/年。")
    #expect(capacity.per?.rawValue == "年")
    #expect(capacity.unit == "万吨")
    let productivity = try only("全员劳动生产率达58万元/人左右")
    #expect(productivity.per?.rawValue == "人")
    #expect(productivity.approximate)
  }

  @Test func directionIsSharedAcrossAList() {
    let found = metrics("城乡居民人均可支配收入分别增长3.9%和5.7%，事故起数分别下降27.3%、18.9%。")
    #expect(found.map(\.direction) == [.increase, .increase, .decrease, .decrease])
    #expect(found.first?.subject == "城乡居民人均可支配收入")
  }

  @Test func constructionPhasesAreNotCounts() {
    #expect(metrics("加快南沙港五期、马村港三期等建设").isEmpty)
    #expect(metrics("全年出版三期").map(\.text) == ["三期"])
  }

  @Test func sessionNumbersAreNotCounts() {
    #expect(metrics("深入学习贯彻省委十三届八次全会部署").isEmpty)
  }

  @Test func exactDecimals() throws {
    #expect(metrics("居民收入从1.29万亿元提高到1.39万亿元").map(\.value) == [1.29, 1.39])
    #expect(try only("占全體代表的百分之十七點三一").value == 17.31)
    #expect(try only("国内生产总值增长到一百一十四万亿元").unit == "万亿元")
    let total = try only("总产值预计达到六百二十八亿一千万元")
    #expect(total.value == 62_810_000_000)
    #expect(total.unit == "元")
  }

  @Test func zeroStartsAWordNotANumber() {
    #expect(metrics("加强原材料、关键零部件等供给保障，零容忍").isEmpty)
  }

  // MARK: - Chinese numerals

  @Test func chineseNumerals() throws {
    let tasks = try only("明确了2021年度机关基层党建十八项重点任务和项目化推进措施。")
    #expect(tasks.value == 18)
    #expect(tasks.unit == "项")
    #expect(tasks.subject == "重点任务")
    let study = try only("结合党课、“主题党日”等，组织开展四次专题学习和“四史”学习")
    #expect(study.value == 4)
    #expect(study.subject == "专题学习")
    let people = try only("参加培训两千余人")
    #expect(people.value == 2000)
    #expect(people.approximate)
    #expect(try only("建成三百二十一个").value == 321)
    #expect(try only("开展十余次").approximate)
  }

  @Test("A lone 一 before a measure word is an article, not a count", arguments: [
    "工委明确了一名专职人员，认真做好管理应用。", "力争拿出一批高质量的调研报告。", "发放一次性补助。",
    "每月确定一个主题、参加一个支部、开展一次支部联盟活动",
  ])
  func loneYiIsNotAMetric(sentence: String) {
    #expect(metrics(sentence).isEmpty)
  }

  // MARK: - Qualifiers

  @Test func approximations() throws {
    #expect(try only("累计培训党员XXX余人次").approximate)
    #expect(try only("约300人").approximate)
    #expect(try only("近千人参加").approximate)
    #expect(try only("持续24小时左右").approximate)
    // 超 is a lower bound, not an approximation.
    #expect(try only("开展补贴性职业技能培训超30万人次").comparator == .greaterThan)
    #expect(try only("开展补贴性职业技能培训超30万人次").approximate == false)
    #expect(try only("4000多人").approximate)
  }

  @Test func boundsBeforeTheNumber() throws {
    #expect(try only("每年培训不少于2次").comparator?.rawValue == ">=")
    #expect(try only("会议时间不超过30分钟").comparator?.rawValue == "<=")
    #expect(try only("人数控制在50人以内").comparator?.rawValue == "<=")
    #expect(try only("人均在X 次以上").comparator?.rawValue == ">=")
    // 超过 leaves the number out (《民法典》第一千二百五十九条), 以上 keeps it in.
    #expect(try only("单次培训超过1000人").comparator?.rawValue == ">")
    #expect(try only("结对帮扶不低于三十户").comparator?.rawValue == ">=")
  }

  // MARK: - Numerals read whole (dev corpus)

  @Test func approximateNumeralsHandTheirMagnitudeToTheUnit() throws {
    // 十四亿多人民群众 is a bare count (人 is part of 人民); 十四亿多人 counts 人.
    let found = metrics("十四亿多人民群众，十四亿多人团结奋斗")
    #expect(found.map(\.unit) == ["亿", "亿人"])
    #expect(found.map(\.kind) == [.count, .quantity])
    #expect(found.map(\.subject) == ["人民群众", "团结奋斗"])
    let people = try #require(found.last)
    #expect(people.value == 14)
    #expect(people.approximate)
    let farmland = try only("累计建成高标准农田一亿一千七百多万亩")
    #expect(farmland.value == 117_000_000)
    #expect(farmland.unit == "亩")
    #expect(farmland.approximate)
  }

  @Test func traditionalMagnitudesReadLikeSimplified() throws {
    let money = try only("財政收入二千八百億元")
    #expect(money.value == 2800)
    #expect(money.unit == "亿元")
    #expect(try only("全國人口四百六十萬件").unit == "万件")
  }

  @Test func unitsThatOpenWithANumeral() throws {
    #expect(try only("新增装机25兆瓦").unit == "兆瓦")
    let power = try only("发电能力七万二千五百千瓦")
    #expect(power.value == 72_500)
    #expect(power.unit == "千瓦")
    let plant = try only("建成五万千瓦电站")
    #expect(plant.value == 5)
    #expect(plant.unit == "万千瓦")
  }

  @Test func aTwoAfterAMagnitudeStartsANewCount() {
    // 经济总量连续迈上4万亿、5万亿两个台阶: 两个 is a count of its own, not 5.2万亿.
    let found = metrics("经济总量连续迈上4万亿元、5万亿元两个台阶")
    #expect(found.map(\.value) == [4, 5, 2])
    #expect(found.map(\.unit) == ["万亿元", "万亿元", "个"])
  }

  @Test func mixedArabicAndChineseMagnitudes() throws {
    let metric = try only("投资3万4000元")
    #expect(metric.value == 34_000)
    #expect(metric.unit == "元")
  }

  // MARK: - Masks and breakdowns

  @Test func maskedValuesLinkTheirPlaceholders() throws {
    let document = GongwenParser().parse(text: "开展“七·一”走访慰问XX人、发放慰问金XX万元；")
    #expect(document.metrics.map(\.text) == ["XX人", "XX万元"])
    #expect(document.metrics.allSatisfy { $0.masked && $0.value == nil })
    let ids = document.metrics.flatMap(\.placeholderIds)
    #expect(ids == document.placeholders.map(\.id))
    #expect(document.placeholders.map(\.kind) == [.number, .number])
  }

  @Test func maskedDecimal() throws {
    let document = GongwenParser().parse(text: "“方志**”新媒体矩阵关注人数**万人，阅读量*.**亿人次；")
    let reading = try #require(document.metrics.last)
    #expect(reading.text == "*.**亿人次")
    #expect(reading.unit == "亿人次")
    #expect(reading.masked)
    #expect(reading.subject == "阅读量")
    let placeholder = try #require(document.placeholders.first { $0.id == reading.placeholderIds.first })
    #expect(placeholder.text == "*.**")
    #expect(placeholder.kind == .number)
  }

  @Test func breakdownPartsPointToTheirTotal() throws {
    let found = metrics("全县各机关基层党组织XXX个（机关党委XX个、总支部XX个、支部XX个），在职党员XXX余名")
    #expect(found.map(\.text) == ["XXX个", "XX个", "XX个", "XX个", "XXX余名"])
    #expect(found.map(\.partOf) == [nil, found[0].id, found[0].id, found[0].id, nil])
    #expect(found[1...3].map(\.subject) == ["机关党委", "总支部", "支部"])
  }

  // MARK: - What is not a metric

  @Test("Near-misses from the seeds", arguments: [
    "认真学习党的十九大及十九届二中、三中、四中、五中全会精神",
    "积极对接2021年第16届台商联谊合作项目。",
    "紧紧围绕县委“326”发展思路和各项决策部署",
    "2021年，我办以习近平新时代中国特色社会主义思想为指导",
    "确保于2022年11月底出版发行。",
    "《XX县志（1988—2005）》于2020年印刷完毕",
    "按照自治区党委xx研究室桂史发〔2020〕29号，以及系列活动方案（鹿学组〔2021〕2号）",
    "争当“三表率一模范”，增强“四个意识”，推进“两学一做”常态化",
    "申报发放“光荣在党50年”纪念章",
    "开展“七·一”走访慰问",
    "落实“一岗双责”和三重一大，深化运用监督执纪四种形态",
    "严格落实中央八项规定精神",
    "获得完整版资料咨询唯一指定QQ206157060",
    "一是建立机制；二是制定方案；第一责任人；第一议题",
    "按照**省第**次党代会、**省第十二次党代会精神",
    "一是在2017、2018、2019、2020、2021年年鉴基础上",
    "内容包含大革命时期至2021年6月期间的大事",
    "PM2.5浓度下降，5G基站建成",
    "被评为全国政务专辑人气类前十名",
    "省方志馆（1978.12—2012.12）编纂",
    // An appendix label run into its title when line breaks are lost (Guangdong 2026).
    "更好满足群众高品质、多样化出行服务需求。附件2名词解释1.“四上”企业",
  ])
  func nearMisses(sentence: String) {
    #expect(metrics(sentence).map(\.text) == [])
  }

  @Test func numbersInsideTitlesAreNotMetrics() {
    #expect(metrics("编纂《XX年鉴（2021）》和《第3卷》").isEmpty)
  }

  @Test func metricsCarryTheirSectionAndSpan() throws {
    let document = try Fixtures.seed("003")
    let metric = try #require(document.metrics.first { $0.text == "24小时" })
    #expect(metric.section.sectionId == "4.4")
    #expect(metric.section.sectionPath == ["严格规范管理，切实提升综合协调水平", "严格做好值班值守"])
    let scalars = Array(try Fixtures.text(Fixtures.seeds["003"]!).unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[metric.span.start..<metric.span.end])) == "24小时")
    #expect(metric.span.line == 23)
  }
}

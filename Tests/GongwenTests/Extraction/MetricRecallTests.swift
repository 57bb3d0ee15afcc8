import Testing
@testable import Gongwen

/// Issue 17, parts 1–4: recall, ranges, bounds and normalised values, each rule with real
/// sentences from the dev corpus and the seeds (return periods, which the corpus lacks, in
/// the wording of flood-control plans), and the near-misses that must stay non-metrics.
///
/// Each metric is described as `text|value|unit|flags`: the value is `low..high` for a range
/// and `X` when masked; flags are the kind (when not `quantity`), the comparator, `~` when
/// approximate and `part` when the metric is a part of another.
@Suite("Metric recall, ranges and bounds")
struct MetricRecallTests {
  static func described(_ sentence: String) -> [String] {
    GongwenParser().parse(text: sentence).metrics.map { metric in
      func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
      }
      let value = metric.range.map { "\(number($0.low))..\(number($0.high))" } ?? (metric.masked ? "X" : number(metric.value))
      var flags: [String] = []
      if metric.kind != .quantity { flags.append(metric.kind.rawValue) }
      if let comparator = metric.comparator { flags.append(comparator.rawValue) }
      if metric.approximate { flags.append("~") }
      if metric.partOf != nil { flags.append("part") }
      return ([metric.text, value, metric.unit] + (flags.isEmpty ? [] : [flags.joined(separator: ",")])).joined(separator: "|")
    }
  }


  @Test("Units the table lacked: 斤, 吨标准煤, 千伏, 英寸, 标箱, 列, 款, 艘, 架次, 吨级, 千瓦时, older measures", arguments: RecallExamples.units)
  func units(_ example: RecallCase) {
    #expect(Self.described(example.sentence) == example.expected)
  }


  @Test("Bare counts: a magnitude and the noun it counts, before or after it", arguments: RecallExamples.bareCounts)
  func bareCounts(_ example: RecallCase) {
    #expect(Self.described(example.sentence) == example.expected)
  }


  @Test("Ranges in every written form, one metric with the unit once", arguments: RecallExamples.ranges)
  func ranges(_ example: RecallCase) {
    #expect(Self.described(example.sentence) == example.expected)
  }


  @Test("Bounds: 以上/不少于/不低于 (>=), 超/突破/逾 (>), 以内/内/控制在 (<=), thresholds (亿元以上)", arguments: RecallExamples.bounds)
  func bounds(_ example: RecallCase) {
    #expect(Self.described(example.sentence) == example.expected)
  }


  @Test("Streaks (连续N年), ratio series and return periods", arguments: RecallExamples.streaksRatiosReturnPeriods)
  func streaksRatiosReturnPeriods(_ example: RecallCase) {
    #expect(Self.described(example.sentence) == example.expected)
  }


  @Test("Near-misses that stay non-metrics", arguments: RecallExamples.nearMisses)
  func nearMisses(_ example: RecallCase) {
    #expect(Self.described(example.sentence) == example.expected)
  }
  // MARK: - Normalised values

  @Test("Magnitudes applied, the value kept as written", arguments: [
    ("市国家级高新技术企业数量突破3万家", 3.0, 30_000.0, "万家", "家"),
    ("国内生产总值达到114万亿元", 114, 114e12, "万亿元", "元"),
    ("国内生产总值67.7万亿元", 67.7, 67.7e12, "万亿元", "元"),
    ("粮食产量1.37万亿斤，创历史新高", 1.37, 1.37e12, "万亿斤", "斤"),
    ("粮食综合生产能力保持在1.3万亿斤以上", 1.3, 1.3e12, "万亿斤", "斤"),
    ("粮食总产量连续9年稳定在1300亿斤以上", 1300, 1300e8, "亿斤", "斤"),
    ("地区生产总值增长5.9%", 5.9, 5.9, "%", "%"),
    ("城镇调查失业率下降0.3个百分点", 0.3, 0.3, "percentage point", "percentage point"),
    ("加快建设750千伏河西走廊北通道工程", 750, 750, "千伏", "千伏"),
    ("发电能力6,000千瓦", 6000, 6000, "千瓦", "千瓦"),
    ("建成五万千瓦电站", 5, 50_000, "万千瓦", "千瓦"),
    ("惠及1.77亿农民", 1.77, 1.77e8, "亿", "count"),
    ("年投资亿元以上项目新开工", 1, 1e8, "亿元", "元"),
    ("投入三千五百万元", 3500, 35_000_000, "万元", "元"),
    ("总产值预计达到六百二十八亿一千万元", 62_810_000_000, 62_810_000_000, "元", "元"),
  ])
  func normalizedValue(sentence: String, value: Double, normalized: Double, unit: String, normalizedUnit: String) throws {
    let metric = try #require(GongwenParser().parse(text: sentence).metrics.last)
    #expect(metric.value == value)
    #expect(metric.normalizedValue == normalized)
    #expect(metric.unit == unit)
    #expect(metric.normalizedUnit == normalizedUnit)
  }

  @Test func aRangeIsNormalizedAtBothEnds() throws {
    let metric = try #require(GongwenParser().parse(text: "对年应纳税所得额100万元至300万元的部分").metrics.first)
    #expect(metric.range == MetricRange(low: 100, high: 300))
    #expect(metric.normalizedRange == MetricRange(low: 1_000_000, high: 3_000_000))
    #expect(metric.value == nil && metric.normalizedValue == nil)
    #expect(metric.normalizedUnit == "元")
  }

  @Test func aMaskedValueHasNoNormalizedValueButAUnit() throws {
    let metric = try #require(GongwenParser().parse(text: "发放慰问金XX万元；").metrics.first)
    #expect(metric.normalizedValue == nil)
    #expect(metric.normalizedUnit == "元")
  }

  @Test func ratioPartsPointToTheirSeries() throws {
    let metrics = GongwenParser().parse(text: "全省生产总值三次产业比重为4.0∶37.7∶58.3，第一产业").metrics
    #expect(metrics.map(\.kind) == [.ratio, .quantity, .quantity, .quantity])
    #expect(metrics.dropFirst().allSatisfy { $0.partOf == metrics[0].id })
    #expect(metrics[0].subject == "生产总值三次产业比重")
    #expect(metrics[0].value == nil)
    #expect(metrics.dropFirst().map(\.value) == [4, 37.7, 58.3])
  }

  @Test func aBareCountNamesWhatItCounts() {
    let subjects = ["惠及1.77亿农民", "新增留渝来渝青年40.8万。", "受益纳税人6600多万，"].map {
      GongwenParser().parse(text: $0).metrics.first?.subject
    }
    #expect(subjects == ["农民", "留渝来渝青年", "受益纳税人"])
  }

  // MARK: - Public enums keep the JSON strings

  @Test func enumsWriteTheSameStringsAsBefore() throws {
    #expect(Metric.Comparator.allCases.map(\.rawValue) == [">=", ">", "<=", "<"])
    #expect(Metric.Direction.allCases.map(\.rawValue) == ["increase", "decrease"])
    let json = String(decoding: GongwenParser().parse(text: "城镇新增就业超过1100万人，增长5%，每年编辑出版4期").jsonBytes(), as: UTF8.self)
    #expect(json.contains(#""comparator":">""#))
    #expect(json.contains(#""direction":"increase""#))
    #expect(json.contains(#""per":"年""#))
    #expect(json.contains(#""kind":"quantity""#))
    #expect(json.contains(#""normalizedUnit":"人""#))
    #expect(json.contains(#""normalizedValue":11000000"#))
  }
}

/// A sentence and the metrics it states.
struct RecallCase: Sendable, CustomTestStringConvertible {
  var sentence: String
  var expected: [String]
  init(_ sentence: String, _ expected: [String]) {
    self.sentence = sentence
    self.expected = expected
  }
  var testDescription: String { sentence }
}

/// The real sentences of ``MetricRecallTests``, by rule.
enum RecallExamples {
  /// Units the table lacked: 斤, 吨标准煤, 千伏, 英寸, 标箱, 列, 款, 艘, 架次, 吨级, 千瓦时, older measures.
  static let units: [RecallCase] = [
    RecallCase("粮食综合生产能力保持在1.3万亿斤以上", ["1.3万亿斤以上|1.3|万亿斤|>="]),
    RecallCase("粮食产量1.37万亿斤，创历史新高", ["1.37万亿斤|1.37|万亿斤"]),
    RecallCase("粮食总产量连续9年稳定在1300亿斤以上", ["9年|9|年|streak", "1300亿斤以上|1300|亿斤|>="]),
    RecallCase("粮食产量1350.97亿斤，主要指标增速", ["1350.97亿斤|1350.97|亿斤"]),
    RecallCase("粮食综合生产能力达到1400亿斤，把农业建成", ["1400亿斤|1400|亿斤"]),
    RecallCase("粮食总产量连续6年稳定在万亿斤以上并逐年增加。", ["6年|6|年|streak", "万亿斤以上|1|万亿斤|>="]),
    RecallCase("去年粮食增产五十亿斤，达到三千七百亿斤", ["五十亿斤|50|亿斤", "三千七百亿斤|3700|亿斤"]),
    RecallCase("每亩产量要求达到四百斤、五百斤、八百斤", ["四百斤|400|斤", "五百斤|500|斤", "八百斤|800|斤"]),
    RecallCase("今年要新增8000万吨标准煤的节能能力", ["8000万吨标准煤|8000|万吨标准煤"]),
    RecallCase("综合生产能力达2.3亿吨标准煤左右", ["2.3亿吨标准煤左右|2.3|亿吨标准煤|~"]),
    RecallCase("加快建设750千伏河西走廊北通道工程", ["750千伏|750|千伏"]),
    RecallCase("华润微电子12英寸产线", ["12英寸|12|英寸"]),
    RecallCase("港口集装箱吞吐量达8097万标箱、增长", ["8097万标箱|8097|万标箱"]),
    RecallCase("中欧班列累计开行1.7万列", ["1.7万列|1.7|万列"]),
    RecallCase("登记在册国际船舶82艘、总吨", ["82艘|82|艘"]),
    RecallCase("落地540款特许药械", ["540款|540|款"]),
    RecallCase("飞行规模达2061万架次", ["2061万架次|2061|万架次"]),
    RecallCase("洋浦港20万吨级泊位", ["20万吨级|20|万吨级"]),
    RecallCase("外调绿电规模达450亿千瓦时", ["450亿千瓦时|450|亿千瓦时"]),
    RecallCase("制定修订行政法规37部", ["37部|37|部"]),
    RecallCase("新增医疗机构床位超7000张", ["超7000张|7000|张|>"]),
    RecallCase("木材增产了约五百二十万立方公尺。", ["约五百二十万立方公尺|520|万立方公尺|~"]),
    RecallCase("甘蔗增加了三千零九十二万担", ["三千零九十二万担|3092|万担"]),
    RecallCase("已经完成十六亿多土方", ["十六亿多土方|16|亿土方|~"]),
    RecallCase("发电能力6,000千瓦", ["6,000千瓦|6000|千瓦"]),
  ]

  /// Bare counts: a magnitude and the noun it counts, before or after it.
  static let bareCounts: [RecallCase] = [
    RecallCase("农村饮水安全工程使6069万农民受益", ["6069万|6069|万|count"]),
    RecallCase("惠及1.6亿学生", ["1.6亿|1.6|亿|count"]),
    RecallCase("让13.07万户46万群众远离了危险", ["13.07万户|13.07|万户", "46万|46|万|count"]),
    RecallCase("我国有14亿人口", ["14亿|14|亿|count"]),
    RecallCase("职工医保参保人数突破5100万，", ["突破5100万|5100|万|count,>"]),
    RecallCase("新增旅居人口100万。", ["100万|100|万|count"]),
    RecallCase("2025年医疗旅游人次86.5万、", ["86.5万|86.5|万|count"]),
    RecallCase("目前在岗91.8万，", ["91.8万|91.8|万|count"]),
    RecallCase("惠及1.77亿农民", ["1.77亿|1.77|亿|count"]),
    RecallCase("新增留渝来渝青年40.8万。", ["40.8万|40.8|万|count"]),
    RecallCase("受益纳税人6600多万，", ["6600多万|6600|万|count,~"]),
    RecallCase("3700多万学生受益。", ["3700多万|3700|万|count,~"]),
    RecallCase("转移农村人口8463万人", ["8463万人|8463|万人"]),
    RecallCase("每10万人口高等教育在学人数", []),
    RecallCase("十四亿多人民群众", ["十四亿多|14|亿|count,~"]),
    RecallCase("算力规模突破15万P", ["突破15万P|15|万P|>"]),
    RecallCase("把14亿多中国人的饭碗牢牢端在自己手中", ["14亿多|14|亿|count,~"]),
    RecallCase("分别惠及3500万、2300万人次", ["3500万|3500|万人次", "2300万人次|2300|万人次"]),
    RecallCase("达到一九四九年的九倍多", ["九倍多|9|倍|~"]),
    RecallCase("锻造更多千亿元级、万亿元级新兴产业集群", []),
  ]

  /// Ranges in every written form, one metric with the unit once.
  static let ranges: [RecallCase] = [
    RecallCase("是：地区生产总值增长4.5%—5%，在实际工作中", ["4.5%—5%|4.5..5|%"]),
    RecallCase("地区生产总值年均增速4.5%-5%、努力争取更好结果", ["4.5%-5%|4.5..5|%"]),
    RecallCase("国内生产总值增长5%—5.5%", ["5%—5.5%|5..5.5|%"]),
    RecallCase("国内生产总值增长6.5%－7%", ["6.5%－7%|6.5..7|%"]),
    RecallCase("国内生产总值增长6%－6.5%", ["6%－6.5%|6..6.5|%"]),
    RecallCase("地区生产总值增长5%～5.5%", ["5%～5.5%|5..5.5|%"]),
    RecallCase("国内生产总值增长5—5.5%", ["5—5.5%|5..5.5|%"]),
    RecallCase("地区生产总值增长4.5-5%", ["4.5-5%|4.5..5|%"]),
    RecallCase("年要求节约总投资额的百分之七至百分之十，用于扩大", ["百分之七至百分之十|7..10|%"]),
    RecallCase("小麦、稻谷最低收购价累计提高41.7%到86.7%。", ["41.7%到86.7%|41.7..86.7|%"]),
    RecallCase("每亩增产六百吨到八百五十吨", ["六百吨到八百五十吨|600..850|吨"]),
    RecallCase("对年应纳税所得额100万元至300万元的部分", ["100万元至300万元|100..300|万元"]),
    RecallCase("开展1—2次党委信息工作培训班", ["1—2次|1..2|次"]),
    RecallCase("共3至5个", ["3至5个|3..5|个"]),
    RecallCase("城乡居民收入比从2.50:1缩小至2.27:1。", ["2.50:1|2.5|ratio|ratio", "2.27:1|2.27|ratio|ratio"]),
    RecallCase("会议于10:30开始，以3:2通过。", []),
    RecallCase("城乡居民收入比收窄至2：1以内", ["2：1以内|2|ratio|ratio,<="]),
    RecallCase("农产品加工业总产值与农业总产值之比突破1：1", ["突破1：1|1|ratio|ratio,>"]),
    RecallCase("新能源电池产能达55GWh，全省算力规模突破160Eflops", ["55GWh|55|GWh", "突破160Eflops|160|Eflops|>"]),
    RecallCase("5G基站数达到12.5万个，建成500kV变电站3座", ["12.5万个|12.5|万个", "500kV|500|kV", "3座|3|座"]),
    RecallCase("实施规划期为2021—2025年", []),
  ]

  /// Bounds: 以上/不少于/不低于 (>=), 超/突破/逾 (>), 以内/内/控制在 (<=), thresholds (亿元以上).
  static let bounds: [RecallCase] = [
    RecallCase("市国家级高新技术企业数量突破3万家", ["突破3万家|3|万家|>"]),
    RecallCase("上市公司达288家、总市值超8600亿元", ["288家|288|家", "超8600亿元|8600|亿元|>"]),
    RecallCase("新能源汽车保有量超130万辆", ["超130万辆|130|万辆|>"]),
    RecallCase("优良天数比例首次突破80%", ["突破80%|80|%|>"]),
    RecallCase("全国财政收入突破20万亿元", ["突破20万亿元|20|万亿元|>"]),
    RecallCase("人均国内生产总值已经突破1万美元", ["突破1万美元|1|万美元|>"]),
    RecallCase("逾百家企业参展", ["逾百家|100|家|>"]),
    RecallCase("城镇新增就业1100万人以上", ["1100万人以上|1100|万人|>="]),
    RecallCase("城镇新增就业不少于28万人", ["不少于28万人|28|万人|>="]),
    RecallCase("城镇调查失业率控制在5.5%以内", ["控制在5.5%以内|5.5|%|<="]),
    RecallCase("城镇登记失业率控制在4.6％以内", ["控制在4.6％以内|4.6|%|<="]),
    RecallCase("圾收运体系村民小组覆盖率不低于98%", ["不低于98%|98|%|>="]),
    RecallCase("学生每天综合体育活动时间不低于2小时", ["不低于2小时|2|小时|>="]),
    RecallCase("确保完成调研8次以上", ["8次以上|8|次|>="]),
    RecallCase("政务服务事项48小时内办结", ["48小时内|48|小时|<="]),
    RecallCase("企业开办时间压缩至1个工作日内", ["1个工作日内|1|个工作日|<="]),
    RecallCase("新增机构编制，XX个内设机构", ["XX个|X|个"]),
    RecallCase("约300人", ["约300人|300|人|~"]),
    RecallCase("近千人参加", ["近千人|1000|人|~"]),
    RecallCase("把居民消费价格涨幅控制在3.5%左右", ["控制在3.5%左右|3.5|%|~"]),
    RecallCase("65岁及以上老年人", ["65岁及以上|65|岁|>="]),
    RecallCase("15岁以上人口平均受教育年限", ["15岁以上|15|岁|>="]),
    RecallCase("年投资亿元以上项目新开工400个", ["亿元以上|1|亿元|>=", "400个|400|个"]),
    RecallCase("23个投资额百亿元以上重大工业项目", ["23个|23|个", "百亿元以上|1|百亿元|>="]),
    RecallCase("年实际使用外资保持在千亿元以上。", ["千亿元以上|1|千亿元|>="]),
  ]

  /// Streaks (连续N年), ratio series and return periods.
  static let streaksRatiosReturnPeriods: [RecallCase] = [
    RecallCase("粮食生产再获丰收，实现连续6年增产；城镇新增就业", ["6年|6|年|streak"]),
    RecallCase("企业退休人员基本养老金连续5年增加，去年又提高10%", ["5年|5|年|streak", "10%|10|%"]),
    RecallCase("北京连续9年稳居自然指数全球科研城市首位", ["9年|9|年|streak"]),
    RecallCase("居民收入增速连续8年快于城镇居民", ["8年|8|年|streak"]),
    RecallCase("连续三年获国家污染防治攻坚战成效考核优秀等次", ["三年|3|年|streak"]),
    RecallCase("地区生产总值增长5.9%、总量连续37年居全国首位。", ["5.9%|5.9|%", "37年|37|年|streak"]),
    RecallCase("区域创新能力连续9年全国第一", ["9年|9|年|streak"]),
    RecallCase("连续3年大规模开展水利设施建设", ["3年|3|年|streak"]),
    RecallCase("连续两年获评全国营商环境评价标杆", ["两年|2|年|streak"]),
    RecallCase("全省生产总值三次产业比重为4.0∶37.7∶58.3，第一产业", ["4.0∶37.7∶58.3||ratio|ratio", "4.0|4|%|part", "37.7|37.7|%|part", "58.3|58.3|%|part"]),
    RecallCase("三次产业结构8.3∶41.4∶50.3", ["8.3∶41.4∶50.3||ratio|ratio", "8.3|8.3|%|part", "41.4|41.4|%|part", "50.3|50.3|%|part"]),
    RecallCase("三次产业结构调整为8.3:41.4:50.3", ["8.3:41.4:50.3||ratio|ratio", "8.3|8.3|%|part", "41.4|41.4|%|part", "50.3|50.3|%|part"]),
    RecallCase("防洪标准达到五年一遇", ["五年一遇|5|年|returnPeriod"]),
    RecallCase("城区防洪能力提升到百年一遇", ["百年一遇|100|年|returnPeriod"]),
    RecallCase("重点城市排涝标准达到20年一遇", ["20年一遇|20|年|returnPeriod"]),
  ]

  /// Near-misses that stay non-metrics.
  static let nearMisses: [RecallCase] = [
    RecallCase("认真学习党的十九大及十九届二中、三中、四中、五中全会精神", []),
    RecallCase("积极对接2021年第16届台商联谊合作项目。", []),
    RecallCase("紧紧围绕县委“326”发展思路和各项决策部署", []),
    RecallCase("申报发放“光荣在党50年”纪念章", []),
    RecallCase("光荣在党50年的老党员", []),
    RecallCase("2021年，我办以习近平新时代中国特色社会主义思想为指导", []),
    RecallCase("力争拿出一批高质量的调研报告。", []),
    RecallCase("按照自治区党委xx研究室桂史发〔2020〕29号", []),
    RecallCase("落实“三个一”工作要求", []),
    RecallCase("PM2.5浓度下降，5G基站建成", []),
    RecallCase("确保于2022年11月底出版发行。", []),
    RecallCase("编制“十四五”规划和二〇三五年远景目标，实施五年规划", []),
    RecallCase("十四届全国人大一次会议", []),
    RecallCase("经过5年努力", []),
    RecallCase("过去五年，我们", []),
    RecallCase("近五年来", []),
    RecallCase("2050年全面建成", []),
    RecallCase("计划用3年时间", []),
    RecallCase("持续深入打好蓝天、碧水、净土保卫战，连续", []),
    RecallCase("第三次产业增加值", []),
    RecallCase("千亿元级、万亿元级产业集群", []),
    RecallCase("十万火急", []),
    RecallCase("每10万人口拥有执业医师", []),
  ]
}

/// The phrases that name a headline indicator as the subject of a figure, and the words that
/// may stand around them. Documented in `Docs/Indicators.md`; keep them general: a phrase
/// belongs here because reports of any region or year name the indicator that way.
enum IndicatorWords {
  /// One indicator family: the phrases that name it, the key for a rate or growth in % and
  /// the key for an amount (money, people, mass).
  struct Family: Sendable {
    var phrases: [String]
    var rate: Indicator?
    var amount: Indicator?
    /// For 城乡居民人均可支配收入分别增长5%、6.5%: the keys of the first and second figure.
    var pair: (first: Indicator, second: Indicator)? = nil
  }

  static let families: [Family] = [
    Family(phrases: ["地区生产总值", "国内生产总值", "生产总值", "GDP", "经济总量", "经济增长", "经济增速"], rate: .gdpGrowth, amount: .gdp),
    Family(phrases: ["人均地区生产总值", "人均国内生产总值", "人均生产总值", "人均GDP"], rate: nil, amount: .gdpPerCapita),
    Family(phrases: ["居民消费价格", "消费价格", "CPI"], rate: .cpi, amount: nil),
    Family(phrases: ["城镇新增就业", "新增城镇就业"], rate: nil, amount: .urbanNewJobs),
    Family(phrases: ["城镇调查失业率", "调查失业率"], rate: .urbanUnemployment, amount: nil),
    Family(phrases: ["城镇登记失业率", "登记失业率"], rate: .urbanRegisteredUnemployment, amount: nil),
    Family(
      phrases: ["一般公共预算收入", "地方一般公共预算收入", "公共财政收入", "全国财政收入", "地方财政收入", "财政收入", "地方级收入"],
      rate: .budgetRevenueGrowth, amount: .budgetRevenue),
    Family(
      phrases: ["一般公共预算支出", "地方一般公共预算支出", "公共财政支出", "全国财政支出", "财政支出"],
      rate: .budgetExpenditureGrowth, amount: .budgetExpenditure),
    Family(
      phrases: ["居民人均可支配收入", "全体居民人均可支配收入", "全省居民人均可支配收入", "常住居民人均可支配收入", "人均可支配收入"],
      rate: .incomeGrowth, amount: .perCapitaIncome),
    Family(
      phrases: ["城镇居民人均可支配收入", "城镇常住居民人均可支配收入", "城市居民人均可支配收入"],
      rate: .urbanIncomeGrowth, amount: .urbanPerCapitaIncome),
    Family(
      phrases: ["农村居民人均可支配收入", "农村常住居民人均可支配收入", "农民人均可支配收入", "农村居民人均纯收入", "农民人均纯收入"],
      rate: .ruralIncomeGrowth, amount: .ruralPerCapitaIncome),
    Family(
      phrases: [
        "城乡居民人均可支配收入", "城镇和农村居民人均可支配收入", "城镇和农村常住居民人均可支配收入", "城镇、农村居民人均可支配收入",
        "城乡居民收入",
      ],
      rate: nil, amount: nil, pair: (.urbanIncomeGrowth, .ruralIncomeGrowth)),
    Family(phrases: ["粮食总产量", "粮食产量", "粮食生产"], rate: nil, amount: .grainOutput),
    Family(phrases: ["固定资产投资", "全社会固定资产投资"], rate: .fixedAssetInvestmentGrowth, amount: .fixedAssetInvestment),
    Family(phrases: ["社会消费品零售总额", "社会消费品零售额"], rate: .retailSalesGrowth, amount: .retailSales),
    Family(
      phrases: ["外贸进出口", "货物进出口", "进出口总额", "进出口总值", "外贸进出口总额", "外贸进出口总值", "货物贸易进出口"],
      rate: .foreignTradeGrowth, amount: .foreignTrade),
    Family(phrases: ["规模以上工业增加值", "规上工业增加值"], rate: .industrialValueAddedGrowth, amount: nil),
    Family(
      phrases: ["研发经费投入强度", "研究与试验发展经费投入强度", "R&D经费投入强度", "全社会研发经费投入强度", "研发投入强度"],
      rate: .rndIntensity, amount: nil),
    Family(
      phrases: ["单位地区生产总值能耗", "单位国内生产总值能耗", "单位生产总值能耗", "单位GDP能耗"],
      rate: .energyIntensityReduction, amount: nil),
    Family(phrases: ["常住人口城镇化率", "城镇化率"], rate: .urbanizationRate, amount: nil),
    Family(
      phrases: ["实际使用外资", "实际利用外资", "实际使用外商直接投资", "实际利用外商直接投资"], rate: nil,
      amount: .foreignInvestment),
    Family(
      phrases: ["赤字率", "财政赤字占国内生产总值的比重", "财政赤字占国内生产总值比重", "赤字占国内生产总值的比重"],
      rate: .deficitRatio, amount: nil),
    Family(phrases: ["地方政府专项债券", "专项债券"], rate: nil, amount: .specialBonds),
    Family(phrases: ["森林覆盖率"], rate: .forestCoverage, amount: nil),
    Family(phrases: ["空气质量优良天数比例", "优良天数比例", "空气质量优良天数比率"], rate: .goodAirDaysRatio, amount: nil),
    Family(phrases: ["农村贫困人口"], rate: nil, amount: .povertyReduction),
  ]

  /// Indicators whose figure for several years is their sum (五年城镇新增就业超过6000万人),
  /// never the last year's level.
  static let cumulative: Set<Indicator> = [.urbanNewJobs, .povertyReduction, .specialBonds, .foreignInvestment]

  /// The amount keys (gdp, retail_sales, grain_output …) but the cumulative ones: their figure
  /// in a passage about several years is a year's level, the last year's.
  static let levelAmounts: Set<Indicator> = Set(families.compactMap(\.amount)).subtracting(cumulative)

  /// Every phrase with the index of its family, for longest-match lookup.
  static let phraseTable = WordTable(families.flatMap(\.phrases))
  static let familyOfPhrase: [[UInt32]: Int] = {
    var map: [[UInt32]: Int] = [:]
    for (index, family) in families.enumerated() {
      for phrase in family.phrases { map[phrase.foldedScalars] = index }
    }
    return map
  }()

  /// Words that may open a clause before the indicator's phrase and keep it the whole
  /// region's: 全省, 全年, 今年, 预计 … (a place name or a sector there makes it a part's figure).
  static let scopePrefixes = WordTable([
    "全省", "全市", "全区", "全县", "全州", "全国", "全盟", "我省", "我市", "我区", "我县", "我国", "全年", "今年", "去年",
    "明年", "上年", "预计", "初步核算", "经初步核算", "其中", "实现", "完成", "力争", "确保", "争取", "同时", "并", "和", "与",
    "主要预期目标是", "主要预期目标", "预期目标", "目标", "是", "为", "全省全体", "全体", "刚刚过去的一年", "过去一年", "一年来",
    "年末", "年底", "年末全国", "计划", "每年", "年均", "把", "要", "今年的", "累计", "五年累计", "五年来累计", "五年来", "五年", "拟安排", "安排", "拟", "发行",
  ])

  /// Words that keep a figure in its subject's clause between the phrase and the number, or
  /// open a clause that goes on with the subject before it (，增长8.1%): verbs of change and
  /// level, comparisons with the year before, and qualifiers of the rate.
  static let predicateWords = WordTable([
    "增长", "增速", "增幅", "涨幅", "上涨", "下降", "降低", "回落", "回升", "提高", "提升", "增加", "减少", "降", "降到",
    "降至", "回落到", "提高到", "提升到", "增加到", "增长到", "达到", "达", "为", "是", "实现", "完成", "突破", "超过", "保持在",
    "稳定在", "控制在", "分别", "实际", "名义", "同比", "比上年", "较上年", "比去年", "年均", "平均", "平均为", "平均值为",
    "全年", "总量", "总额", "规模", "同口径", "可比价", "按可比价格计算", "微降", "微涨", "左右", "以上", "以内", "从",
    "稳定", "保持", "增", "和", "、", "及", "以及", "约", "近", "超", "逾", "首次", "累计", "预计", "力争", "确保",
    "不少于", "不低于", "至少", "不超过", "低于", "小于", "大于", "多于", "由", "拟按", "按", "拟", "迈上", "站上", "跃上", "跨上", "登上", "接连", "连续", "五年", "五年来", "十年", "提升至", "提高至", "增至",
    "增长至", "上升至", "上升到", "下降至", "下降到", "扩大至", "扩大到", "减少至", "减少到", "降低到", "降低至",
    "将", "将要", "將", "將要", "在", "目标定为", "目标设定为", "预期目标定为", "预期目标设定为",
  ])

  /// Words in the gap that tie the figure to something else: "相当于生产总值的4.6%",
  /// "占地区生产总值比重": the figure is not the indicator's.
  static let detachingWords = WordTable(["的", "占", "相当于", "比重", "贡献率", "拉动", "高于", "低于全国", "快于", "慢于"])
}

/// Words that say when a figure is for and whether it is a goal, for ``MetricAnnotator``.
/// Documented in `Docs/Indicators.md`.
enum MetricTimeWords {
  /// Words that may stand before the time that opens a sentence: "刚刚过去的2025年，".
  static let topicIntroducers = WordTable(["刚刚过去的", "过去的", "在", "回顾", "回首", "到", "截至", "截止", "预计", "預計", "但是", "但", "例如", "比如"])

  /// Relative years that open a sentence, by years after the document's own year. Not 本年
  /// (an account's own year in a budget statement: "本年各类收入的情况如下") nor 上年 (the base
  /// of a comparison).
  static let relativeYears: [(word: String, offset: Int)] = [
    ("今年", 0), ("明年", 1), ("去年", -1), ("过去一年", -1), ("过去的一年", -1), ("一年来", -1),
  ]
  static let relativeYearTable = WordTable(relativeYears.map(\.word))

  /// Spans of years before the document's own, by their length: "过去五年", "五年来".
  static let pastSpans: [(word: String, years: Int)] = [
    ("过去五年", 5), ("过去的五年", 5), ("五年来", 5), ("近五年", 5), ("近五年来", 5), ("过去十年", 10), ("十年来", 10),
    ("这五年", 5), ("这五年来", 5), ("五年间", 5), ("五年累计", 5), ("这十年", 10), ("这十年来", 10),
    // traditional characters (the 1954 report)
    ("五年來", 5), ("過去五年", 5), ("這五年", 5), ("近五年來", 5), ("十年來", 10), ("過去十年", 10),
  ]
  static let pastSpanTable = WordTable(pastSpans.map(\.word))

  /// What follows a span that runs to the document's year: "…会议以来的五年，".
  static let sinceSpans: [(word: String, years: Int)] = [("以来的五年", 5), ("以来的十年", 10)]

  /// Words before a figure that make it a goal, whatever section it stands in (unless its
  /// year is past): "主要预期目标是：…", "力争…", "确保…".
  static let targetCues = WordTable([
    "预期目标", "目标是", "目标为", "力争", "确保", "争取", "计划", "预计", "要达到", "将达到", "目标任务是",
  ])

  /// Verbs of a level reached, before a figure in a passage about several years: the figure
  /// is the last year's ("突破1300万吨", "提高到1.39万亿元", "达到23562亿元").
  static let reachingWords = WordTable([
    "达到", "突破", "提高到", "提升到", "增加到", "增长到", "扩大到", "跃升到", "跃升至", "升至", "达", "超过", "迈上", "站上",
    "增至", "增长至", "提高至", "提升至", "扩大至", "上升到", "上升至", "降至", "降到", "下降到", "下降至", "减少到", "减少至",
    "降低到", "降低至", "缩小至", "缩小到", "收窄至", "收窄到", "扩容至", "扩容到",
  ])

  /// Words of a share right before a `%` figure in a passage over several years: the share is
  /// the last year's ("经济总量占全省比重超20%").
  static let shareLevels = WordTable(["比重", "占比"])
  /// A year's amount, named before a figure in a passage over several years: the figure is the
  /// last year's ("江东新区年营收超5000亿元").
  static let annualAmounts = WordTable(["年营收", "年营业收入", "年产值", "年销售额", "年收入", "年产量", "年吞吐量", "年运量"])
  /// Words that hold a figure over the years, not reach it once: 稳定在60%以上.
  static let holdingWords = WordTable(["稳定在", "保持在", "维持在", "稳定", "保持"])

  /// Verbs of flow that make the level word after them a sum over the years: 改造超过, 新增突破.
  static let flowVerbs = WordTable(["改造", "新增", "新建", "建成", "完成", "开工", "培训", "搬迁", "转移", "帮助", "减少", "累计", "累計"])

  /// Sums over the years before the document's, right before a figure: "五年累计7.79万亿元".
  static let sumSpanYears: [String: Int] = ["五年累计": 5, "五年来累计": 5, "五年共": 5, "十年累计": 10, "三年累计": 3]
  static let sumSpans = WordTable(Array(sumSpanYears.keys))

  /// Words before a year that make it the year compared with: 比2020年增长, 较2020年, 与2020年相比.
  static let comparisonWords: Set<UInt32> = Set("比较較与與同".unicodeScalars.map(\.value))

  /// Relative years that say whose figure follows inside a clause ("降到去年的1.5%左右");
  /// 比上年 and 较上年 compare and are never read.
  static let clauseYears: [(word: String, offset: Int)] = [
    ("去年的", -1), ("今年的", 0), ("明年的", 1), ("上年的", -1), ("去年底的", -1), ("去年年底的", -1), ("去年末的", -1),
    ("上年末的", -1), ("今年底的", 0),
  ]

  /// Words of a fact as it stands, in a figure's clause, that date a paragraph with no year of
  /// its own to the present in a report without headings: "我國人民已在二十五個省…".
  static let presentFactCues = WordTable(["已在", "已經有", "已经有", "已有", "現有", "现有"])

  /// Words of the present anywhere in a figure's clause: the figure is the document's year's
  /// ("目前…已佔百分之八十左右", "提高到现在的1721元"). Not 现在 alone (从现在起到2035年) nor
  /// 当前 (当前和今后一个时期).
  static let presentWords = WordTable(["目前", "现在的", "現在的", "最近"])

  /// Words before a figure of the document's own year that state a fact so far, not a goal:
  /// "据本年５月份的统计，…已经占总农户的６０％左右", "今年以来已完成…".
  static let factCues = WordTable([
    "已经", "已达到", "已达", "已完成", "已有", "已在", "据统计", "的统计", "统计显示", "截至", "目前", "现有", "已經", "目前已", "现在的", "現在的", "已占", "已佔", "最近",
  ])

  /// Words anywhere before a figure in its sentence that say how far this year has gone: the
  /// figure is a fact so far ("到５月份为止，…完成年计划２７％", "在第一季度就有７种…").
  /// The months of this year gone by count too, the figure being their own: "在过去五个月中没有完成".
  static let soFarCues = WordTable(
    ["为止", "為止", "月份的", "第一季度", "一季度就", "两月份", "比去年同期", "比上年同期", "过去几个月", "過去幾個月",
     "据统计", "據統計", "初步统计", "初步統計"]
      + "两二三四五六七八九十".map { "过去\($0)个月" } + "兩二三四五六七八九十".map { "過去\($0)個月" })

  /// Words that say how much of a plan was carried out, a fact however 计划 reads: "工业生产总值
  /// 计划完成１０２．６％", "没有完成计划：钢完成９６．４％".
  static let fulfilmentWords = WordTable([
    "计划完成", "完成计划", "完成年计划", "完成了计划", "完成了年计划", "完成年度计划", "計劃完成", "完成計劃", "完成了計劃",
  ])

  /// What opens a sentence that goes on with the one before it, so that the time the one
  /// before has gone to holds: "…本年１——５月份…计划完成１０２．６％。但是有几项重要产品…：钢完成９６．４％".
  static let continuingOpeners = WordTable(["但是", "但", "其中", "同时", "此外", "另外"])

  /// Words that bring in examples of what their sentence said before them: a fact said there
  /// ("已经开始能够自己设计…的工程，例如，年产一百五十万吨的钢铁联合企业") holds for the examples.
  static let exampleOpeners = WordTable(["例如", "比如", "譬如", "诸如", "諸如"])

  /// The whole nation, before a count of its people ("全国六亿人民", "我国有2.9亿…").
  static let wholeScopes = WordTable(["全国", "全國", "我国", "我國"])
  /// Verbs before a count of people that make it people reached, not the population.
  static let reachingVerbsOfPeople = WordTable(["带动", "惠及", "帮助", "吸纳", "脱贫", "覆盖", "使", "让", "组织", "动员"])
  /// The people a population count counts.
  static let populationNouns = WordTable(["人民", "人口", "农民", "農民", "群众", "羣眾", "在校学生", "居民", "中国人", "中國人"])
  /// What belongs to the people in "14亿人的粮食安全", "14亿人的吃饭问题".
  static let possessedNouns = WordTable(["粮食安全", "吃饭问题", "饭碗", "美好生活"])

  /// What follows a figure that is the level of a year named before it: "稳定在１９５２年…
  /// ３８８亿斤细粮的水平上".
  static let levelOfAYear = WordTable(["的水平"])

  /// Words of a clause that sets part of an indicator aside before its figure: "扣除房地产开发
  /// 投资后，固定资产投资增长2.7%" is not the headline investment growth.
  static let exclusionWords = WordTable(["扣除", "剔除", "不含", "不包括", "除去"])

  /// Words in a figure's clause that give it a period of its own, which a year opening an
  /// earlier clause does not set: "…，2025年运行集装箱班轮航线75条…，快递业务量年均增长超21%".
  static let ownPeriodWords = WordTable(["年均", "年平均", "平均每年", "累计", "累計", "五年", "十年"])

  /// Words right before a figure that make it an average over several years.
  static let averageCues = WordTable(["年均", "年平均", "平均每年", "每年平均"])

  /// What stands before a starting value: "从874.6亿元增加到1112.4亿元", "由45.9%提高到52.6%".
  static let fromWords: Set<UInt32> = [0x4ECE, 0x7531, 0x5F9E]  // 从 由 從
  /// Words of a rate that may stand between 从 and a starting value: "从每人每月2375元提高到…".
  static let rateLeads = WordTable(["每人每月", "每人每年", "每月", "每年", "人均", "每人", "每亩"])
  /// What ends the change a starting value begins: 提高到, 降至, 变为.
  static let changeEnds: Set<UInt32> = [0x5230, 0x81F3, 0x4E3A, 0x70BA]  // 到 至 为 為
}

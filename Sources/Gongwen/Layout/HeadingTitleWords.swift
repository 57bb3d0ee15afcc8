/// The word tables behind ``RunInHeadingTitle``: general words of Chinese official writing
/// that mark where a heading's title may end and where a body sentence may begin.
///
/// Every table is documented in `Docs/HeadingTitles.md`. Keep them general: a word belongs
/// here because reports of any province or year use it that way, never because one
/// document's heading needs it.
enum HeadingTitleWords {
  /// Nouns that close a heading's title: "2025年工作回顾", "存在问题及不足", "履职尽责方面".
  ///
  /// On their own they never cut (they occur inside titles too: "提升地方志工作影响力"); a
  /// cut needs them together with a sign that a sentence starts after them.
  static let finalNouns = WordTable([
    "工作", "回顾", "总结", "任务", "安排", "计划", "问题", "情况", "方面", "过程", "框架",
    "成就", "成效", "成绩", "进展", "要求", "目标", "措施", "举措", "建设", "体系", "机制",
    "制度", "战略", "格局", "水平", "能力", "活力", "潜力", "动力", "影响力", "竞争力", "凝聚力",
    "品质", "底线", "防线", "屏障", "思路", "意见", "建议", "说明", "考虑", "不足", "经验",
    "体会", "做法", "形势", "势头", "效应", "挑战", "部署", "决算", "预算", "政策", "取向",
    "保障", "支撑", "发展", "改革", "开放", "变革", "领导", "作风", "队伍", "环境", "治理",
    "安全", "稳定", "民生", "福祉", "样板", "结构", "基础", "布局", "路径", "方向", "原则",
    "方针", "大局", "新局面", "新境界", "力度", "空间", "振兴", "转型", "风险", "市场",
  ])

  /// Final nouns that also modify a following noun ("发展方式", "建设规划", "安全生产"):
  /// they close a title only when a sentence opener follows, never on length alone.
  static let modifyingNouns = WordTable([
    "发展", "建设", "改革", "开放", "安全", "环境", "治理", "政策", "领导", "保障", "稳定",
    "民生", "基础", "能力", "水平", "市场",
  ])

  /// Modifiers that end in a final noun but precede the head: "高水平|推进…",
  /// "高质量发展": a final noun inside one of these does not close a title.
  static let modifiers = WordTable([
    "高水平", "高质量", "高标准", "高素质", "高效能", "新发展",
  ])

  /// Verbs, adverbs and prepositions that open a body sentence in reports: "按照县委要求",
  /// "认真贯彻落实", "推动自由贸易港政策红利加速释放".
  ///
  /// Titles open with the same words, so they count only right after a final noun, where a
  /// title rarely runs on without a comma.
  static let sentenceOpeners = WordTable([
    "按照", "根据", "围绕", "坚持", "认真", "积极", "深入", "持续", "大力", "着力",
    "切实", "扎实", "不断", "进一步", "加强", "加快", "加大", "推动", "推进", "促进", "实施",
    "落实", "完善", "健全", "强化", "提升", "提高", "优化", "打造", "构建", "保持", "办好",
    "做好", "抓好", "壮大", "聚焦", "紧扣", "对照", "通过", "为了", "针对", "结合", "立足",
    "依托", "面对", "随着", "经过", "严格", "统筹", "巩固", "扩大", "深化", "发挥", "开展",
    "组织", "制定", "完成", "启动", "参与", "始终", "突出", "构筑", "筑牢", "夯实", "以", "在",
    "必须",
  ])

  /// Subjects that open a body sentence: "我国是工人阶级领导的…", "我办支部坚持…".
  static let subjectOpeners = WordTable([
    "我们", "我国", "我省", "我市", "我县", "我区", "我办", "我局", "我委", "我部", "我院",
    "全省", "全市", "全县", "全区", "各级", "各地",
  ])

  /// Time words that open a body sentence: "今年是…", "过去一年，…", "当前，…".
  ///
  /// Followed by a comma, 是 or 以来 they cut on their own; otherwise only after a final noun.
  static let timeOpeners = WordTable([
    "今年", "去年", "明年", "上年", "本年", "过去一年", "过去五年", "过去的一年", "过去的五年",
    "过去十年", "一年来", "五年来", "近年来", "近几年来", "多年来", "长期以来", "当前", "目前",
    "上半年", "下半年", "前三季度", "近期", "从现在起", "新时代以来", "刚刚过去的", "刚刚过去",
  ])

  /// What follows "2021年" when the year opens a sentence ("2021年上半年，…", "2021年底，…",
  /// "2021年我办…"), beside the comma, 是 and 以来 checked in code. A year in a title is
  /// followed by a noun or 的 instead: "1956年的国家预算", "2025年工作回顾".
  static let yearFollowers = WordTable([
    "上半年", "下半年", "全年", "前三季度", "初", "底", "末", "以来", "在", "我", "全省", "全市", "全县",
    "全区", "全国",
  ])

  /// Words that open an enumeration in a body: "一是按照…", "第一，…", "首先，…".
  static let enumerationOpeners = WordTable([
    "一是", "一要", "一方面", "首先", "其一", "第一,",
  ])

  /// Words a title never ends with: function words ("…和", "关于"), adverbs and modal
  /// verbs that need a verb after them ("必须大力|开展…", "更|加强大", "要继续|实施…").
  static let danglingEnds = WordTable([
    "的", "和", "与", "及", "或", "对", "在", "为", "把", "将", "向", "从", "以", "同", "并",
    "于", "被", "让", "使", "之", "关于", "围绕", "按照", "根据", "通过",
    "更", "最", "也", "都", "再", "又", "还", "就", "才", "不", "很", "更加", "大力", "积极",
    "切实", "认真", "不断", "进一步", "着力", "持续", "深入", "全面", "要", "应", "应当", "必须",
    "需要", "继续", "会", "能", "可", "可以",
  ])

  /// Words a body sentence never starts with: they continue the phrase before them
  /// ("为实现…预算|而努力", "…战略|上奋起直追"), unless an opener word is longer there
  /// ("上半年，…").
  static let continuations = WordTable([
    "的", "和", "与", "及", "或", "等", "之", "了", "着", "得", "而", "上", "下", "中",
  ])

  /// Words that end an unnumbered part heading run into the text ("“十四五”时期工作回顾",
  /// "2026年重点工作", "名词解释"): the parts a report falls into, what it reviews and what it
  /// plans, never a topic heading ("加强政府自身建设"), which has a marker.
  static let partHeadingEnds = WordTable([
    "工作回顾", "工作总结", "主要工作", "主要成绩", "工作成效", "重点工作", "工作安排", "工作计划",
    "工作要点", "工作打算", "工作思路", "目标任务", "主要任务", "重点任务", "总体要求", "预期目标",
    "主要目标", "下步打算", "名词解释", "结束语",
  ])

  /// Units that follow a number: "1956|年" must not be cut between the number and its unit.
  static let numberUnits = WordTable([
    "年", "月", "日", "号", "个", "项", "条", "次", "万", "亿", "元", "倍", "多", "余", "家",
    "名", "人", "位", "周", "天", "岁", "届", "期", "%", "部分", "章",
  ])
}

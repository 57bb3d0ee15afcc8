/// The units a metric may have, and the words that look like a unit but are not one.
/// Docs/Metrics.md lists them; edit the tables, not the extractor.
enum MetricUnits {
  /// Units that follow a number directly (个, 人次, 万元 is 万 + 元).
  static let base = WordTable([
    // counts of things and people
    "个", "项", "次", "人", "人次", "名", "位", "条", "篇", "期", "本", "册", "张", "件", "户", "家", "所", "座",
    "场", "场次", "批", "套", "份", "部", "台", "辆", "架", "艘", "株", "棵", "头", "只", "处", "支", "队",
    "门", "类", "种", "组", "卷", "集", "篇次", "件次", "户次", "颗", "枚", "盏", "根", "栋", "幢", "层", "笔",
    "宗", "起", "例", "间", "字", "页", "家次", "班次", "架次", "车次", "人日", "标准间", "批次", "个次",
    "列", "款", "块", "台套", "首", "剂", "剂次", "趟", "艘次", "辆次", "对",
    // money
    "元", "美元", "欧元", "港元",
    // time spans (years are dates, never a metric unit: 2021年, 光荣在党50年)
    "天", "小时", "分钟", "秒", "周", "个月", "个季度", "个工作日", "工作日", "日历天",
    // measures
    "亩", "公顷", "吨", "公里", "千米", "米", "平方米", "平方公里", "立方米", "千瓦", "千瓦时", "兆瓦", "瓦",
    "度", "千克", "公斤", "克", "升", "毫升", "岁", "周岁", "标准箱", "微克/立方米", "毫克",
    "斤", "吨标准煤", "吨标煤", "吨级", "英寸", "千伏", "千伏安", "兆瓦时", "吉瓦", "吉瓦时", "标箱", "海里",
    "毫米", "厘米", "纳米", "平方千米", "马力", "尺", "市尺", "匹",
    // Latin units of energy, power and computing (55GWh, 160Eflops), whole words only
    "kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "kV", "EFLOPS", "Eflops", "EFlops", "PFLOPS", "Pflops", "PFlops",
    "TB", "PB", "Gbps", "Mbps", "km", "kg", "P",
    // 2个多百分点, 3个多月: 多 inside the unit (``approximateForms``)
    "个多百分点", "个多月", "个多小时", "倍多",
    // older and traditional measures (1950s reports): 担 (100 斤), 公尺 (metre), 公方 and 土方 (m³)
    "担", "市斤", "公尺", "平方公尺", "立方公尺", "公方", "土方", "噸", "畝", "公裏",
    // traditional forms of the classifiers (the 1954 report): 個 項 條 張 戶 …
    "個", "項", "條", "張", "戶", "場", "臺", "輛", "處", "隊", "類", "種", "組", "顆", "層", "筆", "間", "頁",
    "冊", "塊", "雙", "個月", "個季度", "個百分點", "百分點", "擔", "萬元", "平方公裏",
    // ratios
    "倍", "%", "‰", "个百分点", "百分点",
  ])

  /// Classifiers (量词): a noun right after one of these is the thing counted (XX个党组织,
  /// 十八项重点任务). After other units (%, 万元, 小时) the subject comes before the number.
  static let classifiers: Set<String> = [
    "个", "项", "次", "人", "人次", "名", "位", "条", "篇", "期", "本", "册", "张", "件", "户", "家", "所", "座", "场",
    "场次", "批", "套", "份", "部", "台", "辆", "架", "艘", "株", "棵", "头", "只", "处", "支", "队", "门",
    "类", "种", "组", "卷", "集", "篇次", "件次", "户次", "颗", "枚", "盏", "根", "栋", "幢", "层", "笔", "宗",
    "起", "例", "间", "列", "款", "块", "台套", "首", "剂", "趟", "对",
    "個", "項", "條", "張", "戶", "場", "臺", "輛", "處", "隊", "類", "種", "組", "顆", "層", "筆", "間", "冊", "塊",
  ]

  /// 成 counts tenths (近八成 is about 80%) after a digit of at most ten, when a
  /// ``shareEnds`` scalar (punctuation as folded), or nothing, comes after it: 一成不变, 三五成群 and 建成
  /// are words. The same scalars end 一半 as a share (占全国近一半，).
  static let tenths: UInt32 = 0x6210  // 成
  static let shareEnds: Set<UInt32> = Set("。、,;:)!?以左多的和及或".unicodeScalars.map(\.value))

  /// Units written with 多 inside, and the unit they are about as many of.
  static let approximateForms: [String: String] = ["个多百分点": "个百分点", "个多月": "个月", "个多小时": "小时", "倍多": "倍"]

  /// Orders of magnitude between a number and its unit: 12.5万元, 8.2亿人次, 6.66万亿元.
  static let magnitudes = WordTable([
    "万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万", "亿", "万", "千", "百", "萬億", "億", "萬",
  ])

  /// The powers of ten of the magnitudes, which ``Metric/normalizedValue`` applies.
  static let magnitudeExponents: [String: Int] = [
    "万亿": 12, "千亿": 11, "百亿": 10, "十亿": 9, "亿": 8, "千万": 7, "百万": 6, "十万": 5, "万": 4, "千": 3, "百": 2,
    "萬億": 12, "億": 8, "萬": 4,
  ]

  /// Time spans that 连续 before the number makes a streak (连续4年, 连续3个月); 年 is a unit
  /// only there and in a return period (五年一遇).
  static let streakSpans: Set<String> = ["年", "个月", "个季度", "天", "周", "日"]

  /// Units after which 内 bounds the number (48小时内, 30天内, 3公里内); after other units 内
  /// starts a word (XX个内设机构).
  static let withinSpans: Set<String> = [
    "天", "小时", "分钟", "秒", "周", "个月", "个季度", "个工作日", "工作日", "日历天", "年", "日", "公里", "千米", "米",
  ]

  /// A bare count's magnitude is followed by none of these: 2万亿级 is a class, 5000万年 an age.
  static let notCountedAfterMagnitude: Set<UInt32> = Set("级年月日倍".unicodeScalars.map(\.value))

  /// A unit followed by one of these scalars is the start of a word, not a unit:
  /// 期间, 项目, 篇章, 本地, 条件, 名单, 场所, 家庭, 人员 …
  static let wordContinuations: [String: String] = [
    "期": "间末初刊", "项": "目", "篇": "章幅", "本": "地级身着来单届次", "条": "件例款", "名": "单义额称", "场": "所景地",
    "家": "庭乡园长", "人": "员民才口大士制", "次": "序要", "件": "事", "部": "门署分份", "处": "理置", "段": "落",
    "支": "部持撑援", "门": "户类槛峡", "类": "型", "种": "植类", "组": "织", "个": "体性别", "所": "有在以属谓",
    "台": "湾", "位": "于置", "天": "然下", "起": "来步", "间": "接", "元": "素旦", "度": "过", "周": "边围期年",
    "倍": "增", "份": "额", "列": "入举席", "款": "项式", "首": "都次先批位要创发府", "剂": "量型", "块": "钱", "尺": "度寸子码", "匹": "配敌",
    // 214对友好城市 counts pairs; 对于, 对外, 对接, 一对一, XX对台 … are words.
    "对": "于外接象比口标话照策待应称手抗付齐岸面峙等立偶联内上下一1台华非美日俄欧港澳", "担": "任当保心子负忧起纲",
    "個": "體性別", "項": "目", "條": "件例款", "場": "所景地", "處": "理置", "類": "型", "種": "植類", "組": "織",
    "間": "接", "擔": "任當保心子負憂起綱", "臺": "灣", "塊": "錢",
  ]

  /// The length of the unit at `position`, unless the unit is the start of a longer word
  /// (XX部份, XX人民, **期刊).
  static func unitLength(in text: [UInt32], at position: Int, limit: Int) -> Int? {
    guard let length = base.longestMatch(in: text, at: position, limit: limit) else { return nil }
    let end = position + length
    // 55GWh, but not the start of a longer Latin word or code (5GWhx, 20kV3).
    if end < limit, MaskScanner.isLatinLetter(text[end - 1]), MaskScanner.isLatinLetter(text[end]) || Scalar.isDigit(text[end]) {
      return nil
    }
    // 200所以上: 所 before 以上, 以下, 以内 is the unit and a bound, not 所以 ("therefore").
    if end < limit, continuesWord(unit: Array(text[position..<end]), next: text[end]),
      BoundWords.suffix(at: end, in: text, limit: limit) == nil
    {
      return nil
    }
    return length
  }

  /// Units after which the scalars in `wordContinuations` make a different word.
  static func continuesWord(unit: [UInt32], next: UInt32) -> Bool {
    guard unit.count == 1, let scalar = Unicode.Scalar(unit[0]),
      let continuations = wordContinuations[String(scalar)]
    else { return false }
    return continuations.unicodeScalars.contains { $0.value == next }
  }

  /// The normalised name of a unit as written (％ → %, 个百分点 → percentage point).
  static func normalized(_ unit: String) -> String {
    switch unit {
    case "个百分点", "百分点", "個百分點", "百分點": return "percentage point"
    default: return unit
    }
  }
}

/// The words around a number that qualify it: approximation, bounds, direction and rate.
/// Docs/Metrics.md lists them.
enum MetricQualifiers {
  /// Between the number and its unit: 十余次, XXX余人次, 4000多人.
  static let approximateInfix = WordTable(["余", "多", "餘"])
  /// After the unit: 24小时左右.
  static let approximateSuffix = WordTable(["左右", "上下"])
  /// Before the number: 约300人, 近千人, 将近一半. 超, 逾 and 突破 are lower bounds (``BoundWords``):
  /// 超30万人次 is more than 300,000, not about as many.
  static let approximatePrefix = WordTable([
    "大约", "约", "近", "将近", "接近", "约有", "约为", "约占", "约达", "大约有", "大约为", "大约是", "约是",
    "大約", "約", "將近", "約有", "約為", "約佔", "約達", "大約是", "約是",  // traditional (the 1954 report)
  ])

  /// Words that end in 约 and mean nothing like "about": 节约二千八百亿元 saves 280 billion,
  /// exactly.
  static let wordsEndingInYue = WordTable([
    "节约", "節約", "制约", "制約", "预约", "預約", "签约", "簽約", "履约", "違約", "违约", "简约", "契约", "条约", "條約",
    "公约", "和约", "邀约", "赴约", "缔约", "締約", "相约", "婚约", "失约", "集约", "特约", "合约", "解约", "守约",
  ])

  /// Words of an approximate share that may stand before the base it is a share of:
  /// "約佔全國農田十分之一", "约占全省的三成".
  static let approximateShareLeads = WordTable(["约占", "大约占", "約佔", "大約佔"])

  /// Whether an approximate share word (``approximateShareLeads``) stands before the base
  /// that ends at `start`: at most ten scalars of the base's name, no digit or punctuation
  /// among them.
  static func approximatesAcrossBase(before start: Int, in text: [UInt32], limit: Int) -> Bool {
    var end = start
    while end > max(limit, start - 10) {
      guard text[end - 1] >= 0x3400 else { return false }
      end -= 1
      if approximateShareLeads.longestMatch(in: text, endingAt: end, limit: limit) != nil { return true }
    }
    return false
  }

  /// 一半 is half (50%) only as a share, after one of these: 占全国近一半, 超过一半;
  /// 另一半, 一半是… are not figures.
  static let halfShareLeads = WordTable(["占", "近", "将近", "接近", "约", "超过", "超", "逾", "过", "达", "达到", "不到", "不足"])
  static let half: UInt32 = 0x534A  // 半

  // Bounds (以上, 不少于, 超过 …) are ``BoundWords``, shared with ``NumberRangeRecognizer``.

  /// Verbs before the number that say which way a change went.
  static let increaseVerbs = WordTable(["增长", "增加", "提高", "上升", "提升", "扩大", "增", "同比增长"])
  static let decreaseVerbs = WordTable(["下降", "减少", "降低", "压减", "缩减", "回落", "下滑", "减", "同比下降", "微降"])

  /// Range separators: 1—2次, 1-2名, 1~2, 3至5个, 6.5%－7% (the full-width minus and tilde
  /// fold to - and ~).
  static let rangeSeparators = WordTable(["—", "–", "-", "~", "～", "至", "到", "——", "−", "〜"])

  /// 每 + one of these is a rate: 每年编辑出版4期 → per 年.
  static let ratePeriods = WordTable(["年", "季度", "季", "月", "周", "天", "日", "学期"])
}

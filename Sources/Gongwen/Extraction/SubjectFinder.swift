/// Finds the noun phrase a metric counts, best effort and rule-based. After a classifier the
/// noun that follows is the thing counted (开展四次专题学习 → 专题学习, XX个党组织 → 党组织);
/// otherwise, or when nothing follows, it is the words before the number in its clause
/// (年内供稿信息233条 → 供稿信息, 采用率达到30％以上 → 采用率).
enum SubjectFinder {
  /// Words stripped from the start of the clause before the number, repeatedly: time words,
  /// adverbs and light verbs that frame the count without being what is counted.
  static let leadingWords = WordTable([
    "全年", "年内", "今年", "去年", "当年", "上半年", "下半年", "目前", "截至目前", "同比", "其中", "累计", "共计",
    "共", "先后", "多形式", "通过", "组织", "开展", "召开", "完成", "力争", "确保", "实现", "积极", "认真", "及时",
    "对外", "聘请", "选派", "向上", "向", "对", "与", "为", "共同", "等", "分别", "每年", "每月", "每季度", "每周",
    "每天", "新增", "全县", "全市", "全省", "全国", "各", "已", "还", "又", "并", "再", "均", "都", "发放", "表彰",
    "申报", "吸收", "推荐", "调整", "推出", "赠阅", "赠送", "报送", "发布", "出版", "参加", "举办", "建成", "创建",
    "新设立", "设立", "撤销", "和", "及", "以及", "并且", "同时", "进一步", "此外", "另外", "大力", "扎实", "持续",
  ])
  /// Framing words that, met inside the clause, end what came before it: 工委表彰优秀党员 →
  /// 优秀党员, 规范…全年发展党员 → 发展党员.
  static let innerCutWords = WordTable([
    "表彰", "发放", "吸收", "推荐", "全年", "年内", "今年", "上半年", "下半年", "累计", "共计", "先后", "通过", "其中",
    "截至目前", "选派", "聘请", "召开", "开展", "赠送", "赠阅", "报送", "发布", "推出", "举办", "新增", "完成",
  ])

  /// Words stripped from the end of that clause: links between the subject and the number.
  static let trailingWords = WordTable([
    "达到了", "达到", "达", "为", "是", "共计", "共", "累计", "约", "近", "超过", "超", "不少于", "至少", "不超过",
    "同比增长", "同比下降", "增长", "下降", "提高到", "提高", "降低", "减少", "压减", "增加", "到", "至", "在",
    "有", "了", "的", "总计", "合计", "计", "突破", "超出", "分别", "连续", "逾",
  ])
  /// Scalars that end the words after a unit: 四次专题学习和… → 专题学习.
  static let followingStops: Set<UInt32> = Set("的和与及等到在中以上下左右为是了并或对向把将被，".unicodeScalars.map(\.value))
  /// Nouns that open with one of ``followingStops`` and are no stop: 14亿中国人 (中 "in" is).
  static let nounsOpeningWithAStop = WordTable(["中国", "中國", "中小", "中央", "中青年", "中学", "中老年"])
  /// Words that end the words after a unit: X名班子成员分别联系… → 班子成员.
  static let followingStopWords = WordTable(["分别", "进行", "开展", "参加", "参与", "共同", "先后", "累计", "全部", "均", "已"])
  /// Words after a unit that start a verb phrase, not a noun: 专题讨论*次深入学习贯彻… .
  static let followingVerbStarts = WordTable([
    "深入", "学习", "贯彻", "推动", "推进", "加强", "落实", "完成", "实现", "建立", "开展", "组织", "召开", "研究",
    "部署", "参加", "参与", "赴", "前往", "以", "用", "通过", "坚持", "着力", "切实", "不断", "全面", "共", "累计",
    "进行", "达到", "确保", "积极", "认真", "及时", "做好", "抓好", "被", "获", "入选", "上线", "播出",
  ])
  static let maxFollowingLength = 10
  static let maxPrecedingLength = 24

  static func subject(
    in text: SourceText, before start: Int, after end: Int, unit: Range<Int>, classifier: Bool
  ) -> String? {
    if classifier, let following = following(text, after: end, unit: unit) { return following }
    return preceding(text, before: start, unit: unit) ?? following(text, after: end, unit: unit)
  }

  private static func isPhraseScalar(_ value: UInt32) -> Bool {
    Scalar.isIdeograph(value) || MaskScanner.isMaskScalar(value) || Scalar.isDigit(value)
      || value == Scalar.leftDoubleQuote || value == Scalar.rightDoubleQuote || value == Scalar.leftTitle
      || value == Scalar.rightTitle
  }

  /// 2021年, XX月, 2022年11月底 at `position`: the length of a leading date.
  private static func leadingDate(_ folded: [UInt32], at position: Int, limit: Int) -> Int? {
    var cursor = position
    while cursor < limit, Scalar.isDigit(folded[cursor]) || MaskScanner.isMaskScalar(folded[cursor]) { cursor += 1 }
    guard cursor > position, cursor < limit else { return nil }
    guard [0x5E74, 0x6708, 0x65E5].contains(folded[cursor]) else { return nil }  // 年 月 日
    cursor += 1
    while cursor < limit, [0x5EA6, 0x5E95, 0x521D, 0x4EE5, 0x6765].contains(folded[cursor]) { cursor += 1 }  // 度 底 初 以 来
    return cursor - position
  }

  private static func preceding(_ text: SourceText, before start: Int, unit: Range<Int>) -> String? {
    let folded = text.folded
    var lower = start
    while lower > unit.lowerBound, isPhraseScalar(folded[lower - 1]), start - lower < maxPrecedingLength { lower -= 1 }
    var upper = start
    // A closing quote or title mark without its opening one: the phrase starts after it.
    if let close = (lower..<upper).last(where: { folded[$0] == Scalar.rightDoubleQuote || folded[$0] == Scalar.rightTitle }),
      !(lower..<close).contains(where: { folded[$0] == Scalar.leftDoubleQuote || folded[$0] == Scalar.leftTitle })
    {
      lower = close + 1
    }
    // 工委表彰优秀党员, 全年发展党员: what comes before the last framing word is the actor
    // or the time, not the thing counted.
    var position = upper - 3
    while position > lower {
      if let length = innerCutWords.longestMatch(in: folded, at: position, limit: upper), position + length < upper {
        lower = position
        break
      }
      position -= 1
    }
    // Strip links at the end, then framing words at the start, until neither applies.
    var changed = true
    while changed && lower < upper {
      changed = false
      if let length = trailingWords.longestMatch(in: folded, endingAt: upper, limit: lower) {
        upper -= length
        changed = true
      }
      // 一般性支出总额在2020年的预算基数上: a trailing 在…上 says where, not what.
      if upper - lower > 2, [0x4E0A, 0x4E2D, 0x5185, 0x4E0B].contains(folded[upper - 1]),  // 上 中 内 下
        let at = (lower..<upper - 1).last(where: { folded[$0] == 0x5728 }), at > lower  // 在
      {
        upper = at
        changed = true
      }
      if lower < upper, let length = leadingWords.longestMatch(in: folded, at: lower, limit: upper)
        ?? leadingDate(folded, at: lower, limit: upper)
      {
        lower += length
        changed = true
      }
    }
    guard upper - lower >= 2, (lower..<upper).contains(where: { Scalar.isIdeograph(folded[$0]) }) else { return nil }
    return text.string(lower..<upper)
  }

  private static func following(_ text: SourceText, after end: Int, unit: Range<Int>) -> String? {
    let folded = text.folded
    if followingVerbStarts.longestMatch(in: folded, at: end, limit: unit.upperBound) != nil { return nil }
    var upper = end
    while upper < unit.upperBound, upper - end < maxFollowingLength,
      Scalar.isIdeograph(folded[upper]) || folded[upper] == Scalar.leftDoubleQuote || folded[upper] == Scalar.rightDoubleQuote,
      !followingStops.contains(folded[upper]) || nounsOpeningWithAStop.longestMatch(in: folded, at: upper, limit: unit.upperBound) != nil,
      upper == end || followingStopWords.longestMatch(in: folded, at: upper, limit: unit.upperBound) == nil
    {
      upper += 1
    }
    guard upper - end >= 2 else { return nil }
    return text.string(end..<upper)
  }
}

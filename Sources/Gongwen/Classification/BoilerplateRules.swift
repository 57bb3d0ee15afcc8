/// The table of cues that mark a line as web boilerplate rather than report text: watermarks,
/// ads for document-sharing sites, contact lines, and the page controls of news sites.
///
/// Each rule is deliberately narrow; a report may well mention 会员 or 来源 in passing, so
/// the phrases are the ones only an ad or a page uses, and most rules apply to short lines
/// only. Docs/Boilerplate.md lists them with their limits.
enum BoilerplateRules {
  /// Phrases that mark a line of up to ``maxMarkedLineLength`` scalars as boilerplate.
  /// The tables are written as people type them and folded once, since lines are matched in
  /// their folded form.
  static let phrases: [String] = [
    "仅供学习", "仅供参考学习", "禁止外传", "严禁外传", "用后删除", "违者后果自负", "会员群", "会员资料",
    "会员材料", "QQ群", "版权所有", "资料均不完整", "唯一指定", "免费下载", "下载完整版", "获取完整版",
    "更多资料", "关注公众号", "扫码关注", "微信扫一扫", "转载请注明", "本文来源于", "订阅立享", "Copyright", "copyright",
    // The citation code a legal database stamps on every copy: 【法宝引证码】 CLI.12.4792728
    "法宝引证码",
    // A page's link to where it copied the text from, URL and all: 原文链接：http://…
    "原文链接：", "原文地址：",
  ].map(\.fullwidthFolded)

  /// A line longer than this is report text even if it contains a phrase above.
  static let maxMarkedLineLength = 120

  /// Whole lines that are controls of a web page (下载 打印 全屏 收藏 【字号： 加大 …).
  static let pageControls: Set<String> = Set([
    "下载", "打印", "全屏", "收藏", "分享", "关闭", "关闭窗口", "打印本页", "返回顶部", "返回列表", "【字号：",
    "字号：", "【字号", "加大", "还原", "减小", "大", "中", "小", "】", "【", "【打印】", "【关闭】", "[打印]",
    "[关闭]", "分享到：", "相关报道：", "相关阅读：", "扫一扫在手机打开当前页",
  ].map(\.fullwidthFolded))

  /// Prefixes of the metadata lines a news page puts above an article (来源：北京日报).
  static let metadataPrefixes: [String] = [
    "来源：", "时间：", "发布时间", "发布日期", "作者：", "责任编辑", "编辑：", "浏览次数", "阅读次数", "点击数",
    "点击量", "信息来源", "阅读量", "浏览量", "发布部门：", "效力级别：", "时效性：",
    "法规类别：",
  ].map(\.fullwidthFolded)

  /// Metadata lines are short: a longer line with the same prefix is text.
  static let maxMetadataLineLength = 40

  /// A photo credit ("本报记者 戴冰摄") is at most this long.
  static let maxPhotoCreditLength = 60

  /// A watermark (the site's name) repeated at the top and bottom is at most this long.
  static let maxWatermarkLength = 20

  /// The phrases above and the site notices of ``SiteNoticeWords/notices``, matched in one scan.
  static let phraseTable = WordTable(phrases + SiteNoticeWords.notices)
  static let shortNoticeTable = WordTable(SiteNoticeWords.shortNotices)

  /// A line holding one of ``SiteNoticeWords/shortNotices`` is a notice up to this length:
  /// "文档来源于网络，仅供参考" is 12 scalars, while a report sentence that says 仅供参考 runs
  /// longer ("该目录仅供参考，各地可结合实际制定本地区的参考标准。").
  static let maxShortNoticeLength = 20
  static let metadataTable = WordTable(metadataPrefixes)
  static let photoCreditWords = WordTable(["记者", "摄影"])
  static let photoCreditEnd: UInt32 = 0x6444  // 摄
  /// Page controls are short; longer lines are not looked up.
  static let maxPageControlLength = 16

  /// Whether the line at `range` of the folded text is boilerplate on its own, without
  /// context. Matching runs on scalars: this is called for every short line.
  static func isBoilerplate(_ text: [UInt32], _ range: Range<Int>) -> Bool {
    let length = range.count
    if length <= maxPageControlLength {
      var view = String.UnicodeScalarView()
      for index in range { if let scalar = Unicode.Scalar(text[index]) { view.append(scalar) } }
      if pageControls.contains(String(view)) { return true }
    }
    if length <= maxPageFooterLength, isPageFooter(text, range) { return true }
    if length <= maxShortNoticeLength, shortNoticeTable.occurs(in: text, range: range) { return true }
    if length <= maxMarkedLineLength {
      if phraseTable.occurs(in: text, range: range) || containsQQNumber(text, range) { return true }
    }
    if length <= maxMetadataLineLength, metadataTable.longestMatch(in: text, at: range.lowerBound, limit: range.upperBound) != nil {
      return true
    }
    if length <= maxTimestampLength, isTimestamp(text, range) { return true }
    if length <= maxPhotoCreditLength, let last = range.last, text[last] == photoCreditEnd,
      photoCreditWords.occurs(in: text, range: range)
    {
      return true
    }
    return false
  }

  /// "QQ206157060", "QQ：12345678" — a contact line.
  static func containsQQNumber(_ text: [UInt32], _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index + 1 < range.upperBound {
      if text[index] | 0x20 == 0x71, text[index + 1] | 0x20 == 0x71 {  // q
        var cursor = index + 2
        while cursor < range.upperBound, text[cursor] == Scalar.colon || text[cursor] == Scalar.space { cursor += 1 }
        let digitsStart = cursor
        while cursor < range.upperBound, Scalar.isDigit(text[cursor]) { cursor += 1 }
        if cursor - digitsStart >= 5 { return true }
      }
      index += 1
    }
    return false
  }

  // MARK: - Page timestamps

  /// A page timestamp is at most this long ("2026年02月10日 07时41分", "2026-02-10 07:41:05").
  static let maxTimestampLength = 24

  /// Whether the whole line is a date followed by a time of day, as news pages print when an
  /// article was posted: "2026年02月10日 07时41分", "2026-02-10 07:41". A date alone
  /// ("2021年10月11日", a date of signing) is not: the time is what only a page adds.
  static func isTimestamp(_ text: [UInt32], _ range: Range<Int>) -> Bool {
    var cursor = range.lowerBound
    let end = range.upperBound
    func digits(_ count: ClosedRange<Int>) -> Bool {
      let start = cursor
      while cursor < end, Scalar.isDigit(text[cursor]), cursor - start < count.upperBound { cursor += 1 }
      return count.contains(cursor - start)
    }
    func take(_ values: Set<UInt32>) -> Bool {
      guard cursor < end, values.contains(text[cursor]) else { return false }
      cursor += 1
      return true
    }
    // 年 - / . then 月 - / . then 日 (optional after a separator).
    guard digits(4...4), take([0x5E74, 0x2D, 0x2F, 0x2E]), digits(1...2), take([0x6708, 0x2D, 0x2F, 0x2E]),
      digits(1...2)
    else { return false }
    _ = take([0x65E5])
    cursor = Scalar.skippingSpaces(text, from: cursor, limit: end)
    // 07时41分, 07:41, 07:41:05
    guard digits(1...2), take([0x65F6, Scalar.colon]), digits(2...2) else { return false }
    _ = take([0x5206])
    if take([Scalar.colon]) { guard digits(2...2) else { return false } }
    _ = take([0x79D2])
    return Scalar.skippingSpaces(text, from: cursor, limit: end) == end
  }

  // MARK: - Page headers and footers

  /// A page header or footer is at most this long ("- 第 3 页 / 共 12 页 -" is 19).
  static let maxPageFooterLength = 30
  /// A page number has at most this many digits; a bare number between dashes at most
  /// ``maxBarePageNumberDigits``, so that "— 2021 —" (a year set off as a title) stays text.
  static let maxPageNumberDigits = 4
  static let maxBarePageNumberDigits = 3

  /// Whether the whole line is a page number as PDF copies and sharing sites print it:
  /// "第 3 页 共 12 页", "第3页/共12页", "共12页 第3页", "第3页", "- 3 -", "— 3 —", "3 / 12",
  /// "Page 3 of 12", with or without spaces and optionally between dashes.
  ///
  /// Only the whole line counts: "详见第3页。" and "2/3的乡镇" are text. Spaces are optional
  /// everywhere because layout recovery may or may not have removed them before this runs.
  static func isPageFooter(_ text: [UInt32], _ range: Range<Int>) -> Bool {
    var start = range.lowerBound
    var end = range.upperBound
    var leadingDashes = 0
    var trailingDashes = 0
    while start < end, isDash(text[start]) || text[start] == Scalar.space {
      if isDash(text[start]) { leadingDashes += 1 }
      start += 1
    }
    while end > start, isDash(text[end - 1]) || text[end - 1] == Scalar.space {
      if isDash(text[end - 1]) { trailingDashes += 1 }
      end -= 1
    }
    guard start < end else { return false }
    var reader = PageNumberReader(text: text, cursor: start, end: end)
    // - 3 -: a bare number only between dashes on both sides, or "-3" (a negative number in
    // a table) and "12" (a cell) would be taken.
    if leadingDashes > 0, trailingDashes > 0, let number = reader.number(maxDigits: maxBarePageNumberDigits),
      number > 0, reader.atEnd
    {
      return true
    }
    reader.cursor = start
    return reader.readChinese() || reader.readFraction() || reader.readEnglish()
  }

  /// The dashes that frame a page number: - ‐ ‒ – — ― ─ ﹣ (the full-width － folds to -).
  @inline(__always)
  static func isDash(_ value: UInt32) -> Bool {
    value == 0x2D || (0x2010...0x2015).contains(value) || value == 0x2500 || value == 0xFE63
  }
}

/// A cursor over the core of a page-number line (dashes and outer spaces already dropped).
/// Each `read…` consumes the whole core or reports false.
private struct PageNumberReader {
  let text: [UInt32]
  var cursor: Int
  let end: Int

  static let di: UInt32 = 0x7B2C  // 第
  static let ye: UInt32 = 0x9875  // 页
  static let gong: UInt32 = 0x5171  // 共
  static let slash: UInt32 = 0x2F

  var atEnd: Bool { cursor == end }

  mutating func skipSpaces() {
    while cursor < end, text[cursor] == Scalar.space { cursor += 1 }
  }

  /// Spaces and at most one joining mark between the two halves: / , 、 ; |
  mutating func skipSeparator() {
    skipSpaces()
    if cursor < end {
      switch text[cursor] {
      case Self.slash, 0x2C, Scalar.ideographicComma, Scalar.semicolon, 0x7C: cursor += 1
      default: break
      }
    }
    skipSpaces()
  }

  mutating func take(_ value: UInt32) -> Bool {
    guard cursor < end, text[cursor] == value else { return false }
    cursor += 1
    return true
  }

  /// A run of 1…`maxDigits` ASCII digits (spaces around it skipped) and its value.
  mutating func number(maxDigits: Int = BoilerplateRules.maxPageNumberDigits) -> Int? {
    skipSpaces()
    let digitsStart = cursor
    var value = 0
    while cursor < end, Scalar.isDigit(text[cursor]) {
      value = value * 10 + Int(text[cursor] - 0x30)
      cursor += 1
    }
    guard cursor > digitsStart, cursor - digitsStart <= maxDigits else { return nil }
    skipSpaces()
    return value
  }

  /// `mark` number 页: "第 3 页", "共12页".
  mutating func counted(_ mark: UInt32) -> Int? {
    guard take(mark), let value = number(), take(Self.ye) else { return nil }
    return value
  }

  /// 第N页, 第N页共M页, 共M页第N页 (with any of the separators), N ≤ M.
  mutating func readChinese() -> Bool {
    let start = cursor
    if let page = counted(Self.di) {
      skipSeparator()
      if atEnd { return page > 0 }
      guard let total = counted(Self.gong) else { return false }
      skipSpaces()
      return atEnd && 0 < page && page <= total
    }
    cursor = start
    guard let total = counted(Self.gong) else { return false }
    skipSeparator()
    guard let page = counted(Self.di) else { return false }
    skipSpaces()
    return atEnd && 0 < page && page <= total
  }

  /// N / M with N ≤ M: "3 / 12", "3/12". A date cell "2021/12" fails N ≤ M.
  mutating func readFraction() -> Bool {
    guard let page = number(), take(Self.slash), let total = number() else { return false }
    return atEnd && 0 < page && page <= total
  }

  /// Page N, Page N of M, Page N / M, in any letter case.
  mutating func readEnglish() -> Bool {
    guard word("page"), let page = number(), page > 0 else { return false }
    if atEnd { return true }
    guard word("of") || take(Self.slash), let total = number() else { return false }
    return atEnd && page <= total
  }

  /// An ASCII word in any case, followed by a space, a digit or the end.
  mutating func word(_ lowercase: StaticString) -> Bool {
    skipSpaces()
    var offset = cursor
    var matched = true
    lowercase.withUTF8Buffer { bytes in
      for byte in bytes {
        guard offset < end, text[offset] | 0x20 == UInt32(byte) else {
          matched = false
          return
        }
        offset += 1
      }
    }
    guard matched, offset == end || text[offset] == Scalar.space || Scalar.isDigit(text[offset]) else { return false }
    cursor = offset
    skipSpaces()
    return true
  }
}

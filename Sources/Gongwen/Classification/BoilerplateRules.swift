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
    "点击量", "信息来源",
  ].map(\.fullwidthFolded)

  /// Metadata lines are short: a longer line with the same prefix is text.
  static let maxMetadataLineLength = 40

  /// A photo credit ("本报记者 戴冰摄") is at most this long.
  static let maxPhotoCreditLength = 60

  /// A watermark (the site's name) repeated at the top and bottom is at most this long.
  static let maxWatermarkLength = 20

  static let phraseTable = WordTable(phrases)
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
    if length <= maxMarkedLineLength {
      if phraseTable.occurs(in: text, range: range) || containsQQNumber(text, range) { return true }
    }
    if length <= maxMetadataLineLength, metadataTable.longestMatch(in: text, at: range.lowerBound, limit: range.upperBound) != nil {
      return true
    }
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
}

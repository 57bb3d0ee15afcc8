/// Gives relative dates (``RelativeDate``) their year: 今年, 去年, 明年, 过去一年 and 过去五年
/// count from the document's own year (``ReferenceYear``); a part with no year of its own
/// (上半年, 全年, 年内, 年底, 一季度) takes the year its passage speaks of (``TimeContext``: a
/// "2025年工作回顾" section's 上半年 is 2025-H1 in a 2026 report) — unless a date earlier in
/// its sentence names one ("第一季度只完成全年计划", "今年…，全年的粮食…") — else the year the document
/// covers (`document.period`), else its own year. A part in a passage about several years
/// (过去五年，…) is left without one.
///
/// Runs on the logical text, after the tree has its roles, before positions are mapped back.
struct RelativeDateResolver {
  let text: SourceText
  let outline: Outline
  let context: TimeContext

  func resolve(_ dates: inout [DateMention]) {
    let folded = text.folded
    for index in dates.indices where dates[index].relative {
      let start = dates[index].span.start
      let end = min(dates[index].span.end, folded.count)
      guard let date = RelativeDate.read(folded, at: start, lower: start, limit: end) else { continue }
      var passageYear: Int?
      if case .passage = date.anchor {
        switch sentenceYear(before: index, in: dates) {
        case .year(let year)?: passageYear = year
        case .unknown?: passageYear = nil
        case nil:
          switch context.scope(at: start) {
          case .year(let year)?: passageYear = year
          case .span?: passageYear = nil
          case nil: passageYear = outline.period?.year ?? context.reference
          }
        }
      }
      let (value, precision) = date.value(reference: context.reference, passageYear: passageYear)
      dates[index].value = value
      dates[index].precision = precision
    }
  }

  private enum SentenceYear {
    case year(Int)
    /// A year is named (今年) but cannot be told.
    case unknown
  }

  /// The year the nearest date before `index` in the same sentence names, if it names one:
  /// `2026` of `2026-12`, of a resolved 今年 or 第一季度.
  private func sentenceYear(before index: Int, in dates: [DateMention]) -> SentenceYear? {
    guard index > 0 else { return nil }
    let previous = dates[index - 1]
    let start = dates[index].span.start
    guard previous.span.end <= start, start - previous.span.end <= TimeContext.maxSentence else { return nil }
    for position in previous.span.end..<start where TimeContext.endsSentence(text.folded[position]) { return nil }
    if previous.precision == "relative" { return previous.relative ? .unknown : nil }
    guard !previous.masked, previous.precision != "range", let value = previous.value, value.count >= 4,
      let year = Int(value.prefix(4))
    else { return nil }
    return .year(year)
  }
}

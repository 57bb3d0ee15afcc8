// The year or the span of years a figure is for: a level reached is its period's last year's,
// a rate, sum or average the period's, a starting value the year before it (Docs/Indicators.md,
// "Target or actual, and the year").
extension MetricAnnotator {
  /// The year a figure is for, or the years when it covers several: an average (年均), or a
  /// rate over a plan period; a level in a period is its last year's ("从874.6亿元增加到
  /// 1112.4亿元": the second is the period's end, the first the year before its start).
  ///
  /// - Parameters:
  ///   - named: whether the clause names `scope` itself ("从2012年到2019年，…由10.2%降至0.6%"),
  ///     whose first year is then a starting value's own; else `scope` is the passage's.
  func years(
    of metric: Metric, scope: TimeScope?, named: Bool, startsFrom: Bool, status: MetricStatus?, before: Range<Int>,
    sentenceStart: Int, listHead: Int, headingSpan: TimeScope?
  ) -> (Int?, YearSpan?) {
    let folded = text.folded
    let averaged = isAveraged(before: max(before.lowerBound, before.upperBound - 8)..<before.upperBound)
    // A starting value is where the period began: "过去五年…从874.6亿元增加到1112.4亿元" the
    // year before the five, "2025年…由45.9%提高到52.6%" the end of 2024.
    if startsFrom {
      if !named, let year = namedStartingYear(in: sentenceStart..<before.upperBound) { return (year, nil) }
      switch scope {
      case .span(let first, _)?: return (named ? first : first - 1, nil)
      case .year(let year)?: return (year - 1, nil)
      case nil: return (nil, nil)
      }
    }
    switch scope {
    case .year(let year)?:
      // 年均 under a single year's topic: the span the heading above names, if any.
      guard averaged else { return (year, nil) }
      if case .span(let first, let last)? = headingSpan { return (nil, YearSpan(first: first, last: last)) }
      return (nil, nil)
    case .span(let first, let last)?:
      // A level the period reached is its last year's ("粮食总产量突破1300万吨"); a rate or a
      // sum over the period is the period's (年均增长6.8%, 城镇新增就业超过6000万人).
      // The bound word may open the figure's own text ("突破1300万吨").
      // A rate is a level only when the verb stands right before it ("城镇化率提高到52.6%").
      // So is a multiple ("达到8041.6万千瓦、增长2.4倍": the 2.4倍 is the period's growth).
      let lower = metric.unit == "%" || metric.unit.hasSuffix("倍") ? max(before.lowerBound, before.upperBound - 4) : before.lowerBound
      let verbs = lower..<min(metric.span.end, before.upperBound + 2)
      // A later item of a list ("分别达56.2%、34.7%") has the verb before the list's first.
      let listVerbs = max(before.lowerBound, listHead - 4)..<max(before.lowerBound, listHead + 2)
      // A headline amount that is a year's level (地区生产总值6.66万亿元, 社会消费品零售总额
      // 2.9万亿元) is the last year's too, whatever its verb.
      // Not a bound held over the years (稳定在1300亿斤以上) nor a sum the clause names (五年累计).
      let level = !named && metric.comparator == nil && (metric.indicator.map(IndicatorWords.levelAmounts.contains) ?? false)
        // A year's amount (江东新区年营收超5000亿元) is the last year's.
        || MetricTimeWords.annualAmounts.occurs(in: folded, range: max(before.lowerBound, before.upperBound - 8)..<before.upperBound)
        // A share as it stands (占全省比重超20%) is a level too, unless held over the years (占比稳定在60%以上).
        || (metric.unit == "%" && MetricTimeWords.shareLevels.occurs(in: folded, range: max(before.lowerBound, before.upperBound - 6)..<before.upperBound)
          && !MetricTimeWords.holdingWords.occurs(in: folded, range: max(before.lowerBound, before.upperBound - 4)..<before.upperBound))
      if !averaged, !(metric.indicator.map(IndicatorWords.cumulative.contains) ?? false),
        level || reachesALevel(in: verbs) || endsAChange(before: before)
          || (listHead < before.upperBound && reachesALevel(in: listVerbs))
      {
        return (last, nil)
      }
      return (nil, YearSpan(first: first, last: last))
    case nil:
      guard !averaged else { return (nil, nil) }
      switch status {
      case .target?: return (outline.period?.plan?.year ?? (outline.docType == .plan ? outline.period?.year : nil) ?? reference, nil)
      case .actual?: return (outline.period?.year ?? reference.map { $0 - 1 }, nil)
      case nil: return (nil, nil)
      }
    }
  }

  /// Whether the figure is where a change its clause starts with 由 or 从 ends: "中职学校由
  /// 71所优化整合为47所" — 为, 到 or 至 right before it (after at most one scalar of verb).
  func endsAChange(before range: Range<Int>) -> Bool {
    let folded = text.folded
    guard range.count >= 2,
      MetricTimeWords.changeEnds.contains(folded[range.upperBound - 1])
        || (range.count >= 3 && MetricTimeWords.changeEnds.contains(folded[range.upperBound - 2]))
    else { return false }
    return (range.lowerBound..<range.upperBound - 1).contains { index in
      MetricTimeWords.fromWords.contains(folded[index]) && index + 1 < range.upperBound
        && (Scalar.isDigit(folded[index + 1]) || ChineseNumeral.isNumeral(folded[index + 1]))
    }
  }

  /// Whether a verb of a level reached (``MetricTimeWords/reachingWords``) stands in `range`,
  /// and not after a verb of flow that makes it a sum ("城镇棚户区住房改造超过2100万套": more
  /// than 21 million over the years, not a level).
  func reachesALevel(in range: Range<Int>) -> Bool {
    let folded = text.folded
    for index in range where MetricTimeWords.reachingWords.longestMatch(in: folded, at: index, limit: range.upperBound) != nil {
      if MetricTimeWords.flowVerbs.longestMatch(in: folded, endingAt: index, limit: max(0, index - 4)) == nil { return true }
    }
    return false
  }

  /// Whether `metric` is a starting value: 由 or 从 right before it, and a verb of change
  /// with 到, 至 or 为 after it in its clause ("由45.9%提高到52.6%"), so that "由5人组成" is not.
  func isStartingValue(at figureStart: Int, end: Int, from lower: Int, to clauseEnd: Int) -> Bool {
    let folded = text.folded
    var start = figureStart
    // 从每人每月2375元提高到2423元: a rate's words may stand between 从 and the figure.
    if start > lower, let length = MetricTimeWords.rateLeads.longestMatch(in: folded, endingAt: start, limit: lower) {
      start -= length
    }
    // 从2020年的645元/月…提高到: the year the change starts from may stand between.
    if start > lower, folded[start - 1] == 0x7684,  // 的
      let yearStart = (max(lower, start - 9)..<start - 1).first(where: { TimeScope.year(folded, at: $0, limit: start)?.1 == start - 1 })
    {
      start = yearStart
    }
    guard start > lower, MetricTimeWords.fromWords.contains(folded[start - 1]) else { return false }
    return (end..<clauseEnd).contains { MetricTimeWords.changeEnds.contains(folded[$0]) }
  }

  /// The year a sentence names as the start of a change before `end` ("已從一九五〇年的百分之
  /// 六十點八降低到…，其中國防費從百分之四十一點五降低到…": 1950), for the starting values
  /// of the clauses after it.
  func namedStartingYear(in range: Range<Int>) -> Int? {
    let folded = text.folded
    var index = range.lowerBound
    while index + 1 < range.upperBound {
      if MetricTimeWords.fromWords.contains(folded[index]), let (year, yearEnd) = TimeScope.year(folded, at: index + 1, limit: range.upperBound) {
        // 从2012年的, 从2012年年底的
        let end = yearEnd + (TimeScope.yearParts.longestMatch(in: folded, at: yearEnd, limit: range.upperBound) ?? 0)
        if end < range.upperBound, folded[end] == 0x7684 { return year }  // 的
      }
      index += 1
    }
    return nil
  }

  /// 年均 before a verb of change or level (年均增长6.8%, 年均超过70万人) averages over years;
  /// before a noun (细颗粒物年均浓度) it is a year's mean and says nothing of several years.
  func isAveraged(before range: Range<Int>) -> Bool {
    let folded = text.folded
    for index in range {
      guard let length = MetricTimeWords.averageCues.longestMatch(in: folded, at: index, limit: range.upperBound) else {
        continue
      }
      let next = index + length
      if next == range.upperBound || IndicatorWords.predicateWords.longestMatch(in: folded, at: next, limit: range.upperBound) != nil {
        return true
      }
    }
    return false
  }
}

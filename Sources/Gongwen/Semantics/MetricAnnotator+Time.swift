// Whether a figure is a target or an actual outcome (``MetricStatus``) and the year or years it
// is for (Docs/Indicators.md, "Target or actual, and the year").
extension MetricAnnotator {
  /// The status and the year (or years) of `metric`: its own time (a year beside it, a
  /// time-only clause before it), else its sentence's or paragraph's topic, else its heading's.
  func time(of metric: inout Metric, place: Place, listHead: Int) {
    let start = metric.span.start
    let (sentenceStart, clauseStart, passage) = (place.sentenceStart, place.clauseStart, place.passage)
    // Time: the topic of the sentence or of one before it in the paragraph, else the heading's.
    let topic = context.topicAndStart(before: start, in: passage)
    var scope = Self.period(of: topic?.scope, headingSpan: passage.headingSpan) ?? passage.headingScope
    // A report with no headings (the 1954 report) carries a year over many paragraphs; a
    // paragraph that names none and states a fact with 已 (已在二十五個省…建立了, 已經有縣衞生院
    // 三百零九所) speaks of the present.
    if outline.sections.isEmpty, let reference, let topic,
      sentences(from: topic.start, to: sentenceStart, atLeast: Self.sentencesOfACarriedTopic),
      MetricTimeWords.presentFactCues.occurs(in: text.folded, range: clauseStart..<start)
    {
      scope = .year(reference)
    }
    // A year written in the clause right before the figure is its own ("从2004年人均每月
    // 700元提高到…", "由１９５４年的３３％上升到…", "降到去年的1.5%左右").
    let clauseEnd = self.clauseEnd(after: metric.span.end, in: passage.range)
    let own = ownTime(
      in: max(clauseStart, place.previousEnd ?? clauseStart)..<start, multiple: metric.unit.hasSuffix("倍"),
      levelOfAYear: MetricTimeWords.levelOfAYear.occurs(in: text.folded, range: metric.span.end..<min(clauseEnd, metric.span.end + 8)))
      ?? clauseTime(clauseStart..<start, sentenceStart: sentenceStart)
      ?? timeClause(
        before: clauseStart, from: sentenceStart,
        ownPeriod: MetricTimeWords.ownPeriodWords.occurs(in: text.folded, range: clauseStart..<start))
    let lower = max(clauseStart, sentenceStart)
    // "分别从每人每月209元、280元提高到217元、290元": a later item of a list of starting values.
    let startsFrom = isStartingValue(at: metric.span.start, end: metric.span.end, from: lower, to: clauseEnd)
      || (listHead >= lower && listHead < start && isStartingValue(at: listHead, end: metric.span.end, from: lower, to: clauseEnd))
    // A starting value (由44个发展到60个) is where things stand, whatever the passage aims at.
    // A sentence that goes on with the one before (但是, 其中) keeps how far the year had gone.
    let previousSentence = MetricTimeWords.continuingOpeners.longestMatch(in: text.folded, at: sentenceStart, limit: start) != nil
      && sentenceStart > passage.range.lowerBound
      ? self.sentenceStart(before: sentenceStart - 1, in: passage.range) : sentenceStart
    metric.status = startsFrom ? .actual : status(
        scope: own ?? scope, role: passage.role, sentence: sentenceStart..<start, soFarFrom: previousSentence,
        through: metric.span.end,
        clause: clauseStart..<start, rest: metric.span.end..<clauseEnd)
    if metric.kind == .streak {
      // 连续6年增产 counts years gone by; a goal word makes one to keep up (力争连续…).
      metric.status = MetricTimeWords.targetCues.occurs(in: text.folded, range: sentenceStart..<start) ? .target : .actual
    }
    if let stated = populationStatement(metric) {
      // "关系到全国六亿人民的事情", "我国有2.9亿在校学生": the people of the nation as they are,
      // neither a goal nor an outcome of the passage's; "有" states it as a fact.
      metric.status = stated
      (metric.year, metric.years) = (reference, nil)
      return
    }
    if metric.kind == .streak || metric.kind == .returnPeriod {
      // A duration (连续4年, 五十年一遇) is not a figure of a year.
      (metric.year, metric.years) = (nil, nil)
    } else if case .year(let year)? = own {
      (metric.year, metric.years) = (year, nil)
    } else {
      (metric.year, metric.years) = years(
        of: metric, scope: own ?? scope, named: own != nil, startsFrom: startsFrom, status: metric.status,
        before: max(clauseStart, sentenceStart)..<start, sentenceStart: sentenceStart, listHead: listHead,
        headingSpan: passage.headingSpan)
    }
  }

  /// How many sentences a year must stand before a figure's, in a report without headings,
  /// for a fact with 已 to speak of the present rather than of it: counted in sentences, not
  /// paragraphs, so that the same text on one line reads the same.
  static let sentencesOfACarriedTopic = 4

  /// Whether at least `count` sentences end in `start..<end`.
  private func sentences(from start: Int, to end: Int, atLeast count: Int) -> Bool {
    var found = 0
    for index in start..<max(start, end) where Self.endsSentence(text.folded[index]) {
      found += 1
      if found >= count { return true }
    }
    return false
  }

  /// The period a topic speaks of. "2020年到2025年，…比重从17.9%提升到35.5%" under a heading of
  /// 2021–2025 (“十四五”时期) names the year before the period as the starting point: the
  /// flows of the period are the heading's five years.
  static func period(of topic: TimeScope?, headingSpan: TimeScope?) -> TimeScope? {
    if case .span(let first, let last)? = topic, case .span(let start, let end)? = headingSpan, start == first + 1, end == last {
      return headingSpan
    }
    return topic
  }

  /// Target or actual: the year the passage speaks of decides (a past year is actual, the
  /// document's own or a later one a target); a goal word in the sentence makes a target of
  /// a figure whose year is not past; else the section's role.
  private func status(
    scope: TimeScope?, role: SectionRole?, sentence: Range<Int>, soFarFrom: Int, through end: Int, clause: Range<Int>,
    rest: Range<Int>
  ) -> MetricStatus? {
    let goal = hasGoalWord(in: sentence)
    // "…的农户已经占总农户的６０％左右", "１２个项目已经部分地投入生产": a fact of this year so
    // far, said in the figure's clause, before or after it.
    // "到５月份为止，…完成年计划２７％": how far this year has gone, earlier in the sentence,
    // makes a fact even beside a goal word (年计划).
    // The figure may be the cue's own ("在过去五个月中没有完成").
    let fact = MetricTimeWords.soFarCues.occurs(in: text.folded, range: min(soFarFrom, sentence.lowerBound)..<end)
      || (!goal
        && (MetricTimeWords.factCues.occurs(in: text.folded, range: clause)
          || MetricTimeWords.factCues.occurs(in: text.folded, range: rest)
          || exampleOfAFact(in: sentence)))
    if let scope, let reference {
      switch scope {
      case .year(let year):
        if year < reference || fact { return .actual }
        // The document's own year in a report with no headings at all (the 1954 report): a
        // goal word makes a target; else it may be this year's outcome so far as well as its
        // goal, and is left unsaid.
        if year == reference, outline.sections.isEmpty, !goal { return nil }
        return .target
      case .span(let first, let last):
        if last < reference { return .actual }
        if first >= reference { return .target }
      }
    }
    if goal, !fact { return .target }
    switch role {
    case .achievements?, .problems?: return .actual
    case .plan?: return fact ? .actual : .target
    default: break
    }
    switch outline.docType {
    case .plan: return .target
    case .summary: return .actual
    default: return nil
    }
  }

  /// Whether the figure is one of the examples (例如, 比如) of a fact its sentence states before
  /// them ("我们也已经开始能够自己设计…的工程，例如，年产一百五十万吨的钢铁联合企业").
  private func exampleOfAFact(in sentence: Range<Int>) -> Bool {
    let folded = text.folded
    for index in sentence where MetricTimeWords.exampleOpeners.longestMatch(in: folded, at: index, limit: sentence.upperBound) != nil {
      return MetricTimeWords.factCues.occurs(in: folded, range: sentence.lowerBound..<index)
    }
    return false
  }

  /// Whether `metric` is the nation's people as they are ("全国六亿人民", "全国五亿多农民",
  /// "14亿人的粮食安全", "我国有2.9亿在校学生"): `.some(nil)` when it is named, `.some(.actual)`
  /// when 有 states it; `nil` when it is any other figure. The nation is 全国 or 我国 before the
  /// figure, or a figure of hundreds of millions; a verb of flow before it (带动全国50万农民增收)
  /// makes it a count of people reached.
  private func populationStatement(_ metric: Metric) -> MetricStatus?? {
    let folded = text.folded
    let (start, end) = (metric.span.start, metric.span.end)
    guard metric.kind == .count || metric.normalizedUnit == "人", metric.comparator == nil, metric.range == nil else { return nil }
    let scopeLength = MetricTimeWords.wholeScopes.longestMatch(in: folded, endingAt: start, limit: max(0, start - 2))
    let stated = scopeLength == nil && start > 0 && folded[start - 1] == 0x6709  // 有
      && MetricTimeWords.wholeScopes.longestMatch(in: folded, endingAt: start - 1, limit: max(0, start - 3)) != nil
    let phraseStart = start - (scopeLength ?? (stated ? 3 : 0))
    guard scopeLength != nil || stated || (metric.normalizedValue ?? 0) >= 1e8,
      MetricTimeWords.flowVerbs.longestMatch(in: folded, endingAt: phraseStart, limit: max(0, phraseStart - 4)) == nil
        && MetricTimeWords.reachingVerbsOfPeople.longestMatch(in: folded, endingAt: phraseStart, limit: max(0, phraseStart - 4)) == nil
    else { return nil }
    var nounEnd = end
    if metric.kind == .count {
      guard let noun = MetricTimeWords.populationNouns.longestMatch(in: folded, at: end, limit: min(folded.count, end + 4)),
        end + noun >= folded.count || folded[end + noun] != 0x5DE5  // 工: 农民工 are workers, not the farm population
      else { return nil }
      nounEnd = end + noun
    }
    // 14亿人的粮食安全, 把14亿多中国人的饭碗…: the owners of something; else named as a whole.
    let possessive = nounEnd < folded.count && folded[nounEnd] == 0x7684 && isPossessedNoun(after: nounEnd + 1)
    guard scopeLength != nil || stated || possessive else { return nil }
    return stated ? .some(.actual) : .some(nil)
  }

  private func isPossessedNoun(after position: Int) -> Bool {
    MetricTimeWords.possessedNouns.longestMatch(in: text.folded, at: position, limit: min(text.folded.count, position + 4)) != nil
  }

  /// Whether a goal word (``MetricTimeWords/targetCues``) stands in `range`, outside the words
  /// that say how much of a plan was carried out (计划完成, 没有完成计划).
  private func hasGoalWord(in range: Range<Int>) -> Bool {
    let folded = text.folded
    var index = range.lowerBound
    while index < range.upperBound {
      if let length = MetricTimeWords.fulfilmentWords.longestMatch(in: folded, at: index, limit: range.upperBound) {
        index += length
        continue
      }
      if MetricTimeWords.targetCues.longestMatch(in: folded, at: index, limit: range.upperBound) != nil { return true }
      index += 1
    }
    return false
  }

  /// The year a figure is for, or the years when it covers several: an average (年均), or a
  /// rate over a plan period; a level in a period is its last year's ("从874.6亿元增加到
  /// 1112.4亿元": the second is the period's end, the first the year before its start).
  ///
  /// - Parameters:
  ///   - named: whether the clause names `scope` itself ("从2012年到2019年，…由10.2%降至0.6%"),
  ///     whose first year is then a starting value's own; else `scope` is the passage's.
  private func years(
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
  private func endsAChange(before range: Range<Int>) -> Bool {
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
  private func reachesALevel(in range: Range<Int>) -> Bool {
    let folded = text.folded
    for index in range where MetricTimeWords.reachingWords.longestMatch(in: folded, at: index, limit: range.upperBound) != nil {
      if MetricTimeWords.flowVerbs.longestMatch(in: folded, endingAt: index, limit: max(0, index - 4)) == nil { return true }
    }
    return false
  }

  /// Whether `metric` is a starting value: 由 or 从 right before it, and a verb of change
  /// with 到, 至 or 为 after it in its clause ("由45.9%提高到52.6%"), so that "由5人组成" is not.
  private func isStartingValue(at figureStart: Int, end: Int, from lower: Int, to clauseEnd: Int) -> Bool {
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
  private func namedStartingYear(in range: Range<Int>) -> Int? {
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
  private func isAveraged(before range: Range<Int>) -> Bool {
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

  /// The time named in `range` close before a figure: "2004年" with at most six scalars
  /// between it and the figure, or "去年的"; a span the clause names for a sum
  /// ("從一九五〇年到一九五三年共有八萬億元", "五年累计7.79万亿元").
  /// The time of the last clause before the figure's in its sentence that is nothing but a
  /// time: "…：從一九五〇年到一九五四年，農民所繳納的稅款所佔的比重從百分之二十九點六…".
  ///
  /// A year that opens an earlier clause of the same stretch (up to a semicolon) dates the
  /// clauses after it too ("…计算，一九五八年的工业总产值则为…，农业和农副业总产值则为…"),
  /// unless the figure's clause or one between speaks of its own period (`ownPeriod`: 年均, 累计).
  private func timeClause(before clauseStart: Int, from sentenceStart: Int, ownPeriod: Bool) -> TimeScope? {
    let folded = text.folded
    guard clauseStart > sentenceStart else { return nil }
    var end = clauseStart - 1  // the clause mark before the figure's clause
    var sameStretch = !ownPeriod
    while end > sentenceStart {
      if folded[end] == Scalar.semicolon { sameStretch = false }
      var start = end
      while start > sentenceStart, !Self.endsClause(folded[start - 1]) { start -= 1 }
      if let scope = TimeScope.timeClause(folded, from: start, to: end) { return scope }
      // The first clause's year is the sentence's topic, read with the paragraph's.
      if sameStretch, start > sentenceStart, let (year, yearEnd) = TimeScope.year(folded, at: start, limit: end), yearEnd < end,
        !MetricTimeWords.comparisonWords.contains(folded[start]), TimeScope.topic(in: folded, at: start, limit: end, reference: reference) == .year(year)
      {
        return .year(year)
      }
      // A clause between with a period of its own (累计22种…) ends the stretch.
      if MetricTimeWords.ownPeriodWords.occurs(in: folded, range: start..<end) { sameStretch = false }
      end = start - 1
    }
    return nil
  }

  /// The time that opens the figure's clause when the clause does not open its sentence
  /// ("…，一九五三年全國公私企業的職工已經達到…"); a sentence's opening time is its topic.
  private func clauseTime(_ clause: Range<Int>, sentenceStart: Int) -> TimeScope? {
    let folded = text.folded
    if let reference, MetricTimeWords.presentWords.occurs(in: folded, range: clause) { return .year(reference) }
    guard clause.lowerBound > sentenceStart else { return nil }
    // "…比一九五二年增长了百分之十三，同年…": the year the sentence named last.
    if TimeScope.matches("同年", folded, at: Scalar.skippingSpaces(folded, from: clause.lowerBound, limit: clause.upperBound), limit: clause.upperBound) {
      return lastYear(in: sentenceStart..<clause.lowerBound)
    }
    return TimeScope.topic(in: folded, at: clause.lowerBound, limit: clause.upperBound, reference: reference)
  }

  /// The last year written in `range` that is not a compared one ("一九五三年…比一九五二年
  /// 增长…": 1953).
  private func lastYear(in range: Range<Int>) -> TimeScope? {
    let folded = text.folded
    var found: Int?
    var index = range.lowerBound
    while index < range.upperBound {
      if let (year, end) = TimeScope.year(folded, at: index, limit: range.upperBound) {
        if !(index > 0 && MetricTimeWords.comparisonWords.contains(folded[index - 1])) { found = year }
        index = end
      } else {
        index += 1
      }
    }
    return found.map(TimeScope.year)
  }

  ///
  /// - Parameters:
  ///   - multiple: the figure is a multiple (倍), whose "X年的" is the base it multiplies
  ///     ("等於一九四九年的二點五倍"), not its own year.
  ///   - levelOfAYear: the figure is followed by "的水平": a year after 在 names whose level it
  ///     is, across a longer name ("稳定在１９５２年夏征和秋征总额３８８亿斤细粮的水平上").
  private func ownTime(in range: Range<Int>, multiple: Bool = false, levelOfAYear: Bool = false) -> TimeScope? {
    let folded = text.folded
    // A span of two years anywhere in the clause.
    var cursor = range.lowerBound
    while cursor < range.upperBound {
      if let (first, end) = TimeScope.year(folded, at: cursor, limit: range.upperBound), end < range.upperBound,
        DateExtractor.rangeSeparators.contains(folded[end]) || folded[end] == 0x5230,  // 到
        let (last, _) = TimeScope.year(folded, at: end + 1, limit: range.upperBound), last > first
      {
        return .span(first: first, last: last)
      }
      cursor += 1
    }
    var index = max(range.lowerBound, range.upperBound - 12)
    while index < range.upperBound {
      if let reference, let length = MetricTimeWords.sumSpans.longestMatch(in: folded, at: index, limit: range.upperBound),
        range.upperBound - index - length <= 4
      {
        let word = String(decoding: folded[index..<index + length].map { $0 }, as: UTF32.self)
        if let years = MetricTimeWords.sumSpanYears[word] { return .span(first: reference - years, last: reference - 1) }
      }
      // 比2020年增长5%: the year compared with is not the figure's.
      let compared = index > 0 && MetricTimeWords.comparisonWords.contains(folded[index - 1])
      let reach = levelOfAYear && index > 0 && folded[index - 1] == 0x5728 ? 12 : 6  // 在
      if !compared, let (year, end) = TimeScope.year(folded, at: index, limit: range.upperBound), range.upperBound - end <= reach,
        end < folded.count, folded[end] != 0x5EA6, folded[end] != 0x4EE5,  // 年度, 以来
        !(multiple && folded[end] == 0x7684)  // 的
      {
        return .year(year)
      }
      if let reference {
        for (word, offset) in MetricTimeWords.clauseYears
        where TimeScope.matches(word, folded, at: index, limit: range.upperBound)
          && range.upperBound - index - word.unicodeScalars.count <= 2
        {
          return .year(reference + offset)
        }
      }
      index += 1
    }
    return nil
  }
}

/// Gives each metric what an analyst asks of it: which headline indicator it is
/// (``Indicator``), whether it is a target or an actual outcome (``MetricStatus``), and the
/// year it is for — from the words around it, the time its paragraph and its section speak
/// of, and the document's own year (``ReferenceYear``).
///
/// Runs on the logical text, after the tree has its roles, before positions are mapped back.
struct MetricAnnotator {
  let text: SourceText
  let outline: Outline
  /// The year the document speaks in: what its 今年 means.
  let reference: Int?

  /// The time each paragraph speaks of.
  let context: TimeContext

  init(text: SourceText, outline: Outline, context: TimeContext? = nil) {
    self.text = text
    self.outline = outline
    let context = context ?? TimeContext(text: text, outline: outline, reference: ReferenceYear.of(outline, text: text))
    self.context = context
    self.reference = context.reference
  }

  func annotate(_ metrics: inout [Metric]) {
    guard !metrics.isEmpty else { return }
    let passages = context.passages
    var passageIndex = 0
    var current: Int?
    // The indicator families of the clauses before, in the current sentence.
    var sentenceFamilies: [(family: Int, sentenceStart: Int, clauseStart: Int)] = []
    var previousInClause: (end: Int, clauseStart: Int, hadIndicator: Bool)?
    // Where the list a figure belongs to starts ("分别达56.2%、34.7%"): the words before its
    // first item are said of every item.
    var listHead = 0

    for index in metrics.indices {
      let start = metrics[index].span.start
      while passageIndex < passages.count, passages[passageIndex].range.upperBound <= start { passageIndex += 1 }
      guard passageIndex < passages.count, passages[passageIndex].range.contains(start) else { continue }
      let passage = passages[passageIndex]
      if current != passageIndex {
        current = passageIndex
        sentenceFamilies = []
        previousInClause = nil
      }
      let previousEnd = index > 0 && metrics[index - 1].span.end <= start ? metrics[index - 1].span.end : nil
      let sentenceStart = self.sentenceStart(before: start, in: passage.range)
      let clauseStart = self.clauseStart(before: start, in: passage.range)
      if let last = sentenceFamilies.last, last.sentenceStart != sentenceStart { sentenceFamilies = [] }
      if let previous = previousInClause, previous.clauseStart != clauseStart { previousInClause = nil }

      // Indicator.
      var metric = metrics[index]
      let isRate = metric.unit == "%"
      // 八成以上 is a share of something, never an indicator's amount.
      let isAmount = !isRate && metric.normalizedUnit != "%" && metric.unit != "percentage point" && metric.unit != "倍"
        && !metric.unit.isEmpty
      if metric.kind == .streak || metric.kind == .returnPeriod {
        // 粮食产量连续6年增产: a count of years is no indicator's figure.
      } else if excludesPart(sentenceStart..<clauseStart) {
        // "扣除房地产开发投资后，固定资产投资增长2.7%": a measure of part of the indicator.
      } else if let found = phrase(in: clauseStart..<start, skipping: metrics, before: index) {
        let family = IndicatorWords.families[found.family]
        let position = metricsBetween(found.end, start, metrics, before: index)
        // Of subjects listed with 分别, only the first figure is this phrase's.
        metric.indicator = found.listed && position > 0
          ? nil : indicator(family, isRate: isRate, isAmount: isAmount, position: position)
        sentenceFamilies.append((found.family, sentenceStart, clauseStart))
      } else if let topic = elliptical(clauseStart..<start) {
        metric.indicator = indicator(IndicatorWords.families[topic], isRate: isRate, isAmount: isAmount, position: 0)
      } else if metric.kind == .count, let family = phraseAfter(metric) {
        // A bare count before what it counts: "剩余的551万农村贫困人口全部脱贫".
        metric.indicator = IndicatorWords.families[family].amount
      } else if previousInClause.map({ !$0.hadIndicator }) ?? false {
        // The item before in this clause has no indicator ("税收收入年均分别增长4.5%、3%"):
        // neither has this one.
      } else if isContinuation(max(clauseStart, previousInClause?.end ?? clauseStart)..<start) {
        // "，增长8.1%" goes on with the subject of the clause before; "实际增长9.8%和8.5%"
        // with the subjects of the clauses before, in order.
        let position = metricsBetween(clauseStart, start, metrics, before: index)
        let clauseCount = 1 + metricsAfter(clauseEnd: clauseEnd(after: start, in: passage.range), metrics, from: index)
        let total = position + clauseCount
        let families = sentenceFamilies.filter { $0.clauseStart != clauseStart }
        if total >= 2, families.count >= total {
          let family = IndicatorWords.families[families[families.count - total + position].family]
          metric.indicator = indicator(family, isRate: isRate, isAmount: isAmount, position: 0)
        } else if let last = families.last ?? sentenceFamilies.last {
          metric.indicator = indicator(IndicatorWords.families[last.family], isRate: isRate, isAmount: isAmount, position: position)
        }
      }
      previousInClause = (metric.span.end, clauseStart, metric.indicator != nil)
      // Metrics may nest (a ratio series and its parts): only one ending before this one joins it.
      if !(index > 0 && metrics[index - 1].span.end <= start && joinsList(metrics[index - 1].span.end..<start)
        && metrics[index - 1].normalizedUnit == metric.normalizedUnit && listHead >= clauseStart)
      {
        listHead = start
      }

      // Time: the topic of the sentence or of one before it in the paragraph, else the heading's.
      let scope = context.topic(before: start, in: passage) ?? passage.headingScope
      // A year written in the clause right before the figure is its own ("从2004年人均每月
      // 700元提高到…", "由１９５４年的３３％上升到…", "降到去年的1.5%左右").
      let own = ownTime(in: max(clauseStart, previousEnd ?? clauseStart)..<start, multiple: metric.unit.hasSuffix("倍"))
        ?? clauseTime(clauseStart..<start, sentenceStart: sentenceStart)
        ?? timeClause(before: clauseStart, from: sentenceStart)
      let clauseEnd = self.clauseEnd(after: metric.span.end, in: passage.range)
      let startsFrom = isStartingValue(metric, from: max(clauseStart, sentenceStart), to: clauseEnd)
      // A starting value (由44个发展到60个) is where things stand, whatever the passage aims at.
      metric.status = startsFrom ? .actual : status(
          scope: own ?? scope, role: passage.role, sentence: sentenceStart..<start,
          clause: clauseStart..<start, rest: metric.span.end..<clauseEnd)
      if metric.kind == .streak {
        // 连续6年增产 counts years gone by; a goal word makes one to keep up (力争连续…).
        metric.status = MetricTimeWords.targetCues.occurs(in: text.folded, range: sentenceStart..<start) ? .target : .actual
      }
      if metric.kind == .streak || metric.kind == .returnPeriod {
        // A duration (连续4年, 五十年一遇) is not a figure of a year.
        (metric.year, metric.years) = (nil, nil)
      } else if case .year(let year)? = own {
        (metric.year, metric.years) = (year, nil)
      } else if let own {
        (metric.year, metric.years) = years(
          of: metric, scope: own, named: true, startsFrom: startsFrom, status: metric.status,
          before: max(clauseStart, sentenceStart)..<start, listHead: listHead, headingSpan: passage.headingSpan)
      } else {
        (metric.year, metric.years) = years(
          of: metric, scope: scope, named: false, startsFrom: startsFrom, status: metric.status,
          before: max(clauseStart, sentenceStart)..<start, listHead: listHead, headingSpan: passage.headingSpan)
      }
      metrics[index] = metric
    }
  }

  // MARK: - Indicator

  /// The key of `family` for a figure: the rate key for %, the amount key for an amount;
  /// the first or second key of a pair ("城乡居民人均可支配收入分别增长5%、6.5%").
  private func indicator(_ family: IndicatorWords.Family, isRate: Bool, isAmount: Bool, position: Int) -> Indicator? {
    if let pair = family.pair {
      guard isRate, position < 2 else { return nil }
      return position == 0 ? pair.first : pair.second
    }
    if isRate { return family.rate }
    if isAmount { return family.amount }
    return nil
  }

  /// The indicator phrase that is the subject of the clause: it opens the clause (after
  /// words that keep the figure the whole region's: 全省, 全年, 预计 …) and only words of
  /// change or level stand between it and the figure.
  private func phrase(
    in range: Range<Int>, skipping metrics: [Metric], before index: Int
  ) -> (family: Int, end: Int, listed: Bool)? {
    let folded = text.folded
    var cursor = range.lowerBound
    // Words allowed before the phrase.
    while cursor < range.upperBound {
      if Scalar.isSpace(folded[cursor]) || folded[cursor] == Scalar.leftDoubleQuote || folded[cursor] == Scalar.rightDoubleQuote {
        cursor += 1
        continue
      }
      if let (_, end) = TimeScope.year(folded, at: cursor, limit: range.upperBound) {
        cursor = end
        continue
      }
      if let length = IndicatorWords.phraseTable.longestMatch(in: folded, at: cursor, limit: range.upperBound) {
        guard let family = IndicatorWords.familyOfPhrase[Array(folded[cursor..<cursor + length])] else { return nil }
        let end = cursor + length
        if gapHolds(end..<range.upperBound, metrics: metrics, before: index) { return (family, end, false) }
        // "单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%": the first of the subjects
        // 分别 pairs with the figures is this phrase.
        return firstOfListedSubjects(end..<range.upperBound, metrics: metrics, before: index) ? (family, end, true) : nil
      }
      if let length = IndicatorWords.scopePrefixes.longestMatch(in: folded, at: cursor, limit: range.upperBound) {
        cursor += length
        continue
      }
      return nil
    }
    return nil
  }

  /// Whether `gap` joins a second subject to the phrase and hands the figures out with 分别:
  /// 和, 与, 及 or 、 first, then a short noun phrase, then 分别 and words of change.
  private func firstOfListedSubjects(_ gap: Range<Int>, metrics: [Metric], before index: Int) -> Bool {
    let folded = text.folded
    guard gap.count >= 4, Self.subjectJoiners.contains(folded[gap.lowerBound]) else { return false }
    var cursor = gap.lowerBound + 1
    while cursor + 1 < gap.upperBound, !(folded[cursor] == 0x5206 && folded[cursor + 1] == 0x522B) {  // 分别
      guard Scalar.isIdeograph(folded[cursor]), cursor - gap.lowerBound <= 12 else { return false }
      cursor += 1
    }
    guard cursor + 1 < gap.upperBound else { return false }
    return gapHolds(cursor..<gap.upperBound, metrics: metrics, before: index)
  }

  static let subjectJoiners: Set<UInt32> = [0x548C, 0x4E0E, 0x53CA, Scalar.ideographicComma]  // 和 与 及 、

  /// Whether only a list joiner (、 和 及 与, at most two scalars) stands in `gap`.
  private func joinsList(_ gap: Range<Int>) -> Bool {
    gap.count >= 1 && gap.count <= 2 && gap.allSatisfy { Self.subjectJoiners.contains(text.folded[$0]) }
  }

  /// Whether the clause before sets part of the indicator aside: "扣除…后，", "剔除…因素，",
  /// "不含…，".
  private func excludesPart(_ range: Range<Int>) -> Bool {
    guard range.count >= 2 else { return false }
    let lastClause = self.clauseStart(before: range.upperBound - 1, in: range)..<range.upperBound
    return MetricTimeWords.exclusionWords.occurs(in: text.folded, range: lastClause)
  }

  /// The indicator phrase right after a figure, for a bare count whose noun follows it.
  private func phraseAfter(_ metric: Metric) -> Int? {
    let folded = text.folded
    let end = metric.span.end
    guard let length = IndicatorWords.phraseTable.longestMatch(in: folded, at: end, limit: min(folded.count, end + 16)) else {
      return nil
    }
    return IndicatorWords.familyOfPhrase[Array(folded[end..<end + length])]
  }

  /// Whether only words of change or level (and other figures of the list) stand in `gap`.
  private func gapHolds(_ gap: Range<Int>, metrics: [Metric], before index: Int) -> Bool {
    var earlier = index - 1
    while earlier >= 0, metrics[earlier].span.start >= gap.lowerBound { earlier -= 1 }
    let others = metrics[(earlier + 1)..<index].map { $0.span.start..<$0.span.end }
    return onlyPredicates(gap, skipping: others, commas: false, detaching: true)
  }

  /// A clause with no subject of its own that goes on with the one before: only words of
  /// change or level before the figure ("，比上年增长8.7%", "、增长5.4%", "和").
  private func isContinuation(_ range: Range<Int>) -> Bool {
    onlyPredicates(range, skipping: [], commas: true, detaching: false)
  }

  /// Whether `range` holds nothing but words of change or level, spaces and 、 (and commas
  /// with `commas`), once the `skipping` ranges are passed over; with `detaching`, a word that
  /// ties the figure to something else (的, 占, 相当于) fails it.
  private func onlyPredicates(_ range: Range<Int>, skipping: [Range<Int>], commas: Bool, detaching: Bool) -> Bool {
    let folded = text.folded
    var cursor = range.lowerBound
    while cursor < range.upperBound {
      if let skipped = skipping.first(where: { $0.contains(cursor) }) {
        cursor = skipped.upperBound
        continue
      }
      let value = folded[cursor]
      if Scalar.isSpace(value) || value == Scalar.ideographicComma || (commas && value == 0x2C) {
        cursor += 1
        continue
      }
      // "城镇化率从2020年的53.2%": the year a figure is of, with its 底/末 and 的.
      if let (_, end) = TimeScope.year(folded, at: cursor, limit: range.upperBound) {
        cursor = end
        if cursor < range.upperBound, folded[cursor] == 0x5E95 || folded[cursor] == 0x672B { cursor += 1 }  // 底 末
        if cursor < range.upperBound, folded[cursor] == 0x7684 { cursor += 1 }  // 的
        continue
      }
      if detaching, IndicatorWords.detachingWords.longestMatch(in: folded, at: cursor, limit: range.upperBound) != nil {
        return false
      }
      if let length = IndicatorWords.predicateWords.longestMatch(in: folded, at: cursor, limit: range.upperBound) {
        cursor += length
        continue
      }
      return false
    }
    return true
  }

  /// "粮食播种面积3320万亩、产量1285万吨以上": an attribute (产量) of the topic that opens
  /// the clause (粮食).
  private func elliptical(_ range: Range<Int>) -> Int? {
    let folded = text.folded
    var opening = range.lowerBound
    while let length = IndicatorWords.scopePrefixes.longestMatch(in: folded, at: opening, limit: range.upperBound) {
      opening += length
    }
    for (topic, attributes, family) in Self.ellipticalTopics {
      guard TimeScope.matches(topic, folded, at: opening, limit: range.upperBound) else { continue }
      // The attribute right before the figure (and its words of change), after a 、 or ，.
      var cursor = range.upperBound
      while cursor > range.lowerBound,
        let length = IndicatorWords.predicateWords.longestMatch(in: folded, endingAt: cursor, limit: range.lowerBound)
      {
        cursor -= length
      }
      for attribute in attributes {
        let attributeStart = cursor - attribute.unicodeScalars.count
        if attributeStart > range.lowerBound, TimeScope.matches(attribute, folded, at: attributeStart, limit: cursor),
          folded[attributeStart - 1] == Scalar.ideographicComma
        {
          return family
        }
      }
    }
    return nil
  }

  static let ellipticalTopics: [(topic: String, attributes: [String], family: Int)] = {
    guard let grain = IndicatorWords.families.firstIndex(where: { $0.amount == .grainOutput }) else { return [] }
    return [("粮食", ["总产量", "产量"], grain)]
  }()

  /// How many metrics stand in `range` (other items of the same list).
  private func metricsBetween(_ lower: Int, _ upper: Int, _ metrics: [Metric], before index: Int) -> Int {
    var count = 0
    var earlier = index - 1
    while earlier >= 0, metrics[earlier].span.start >= lower {
      if metrics[earlier].span.start < upper { count += 1 }
      earlier -= 1
    }
    return count
  }

  private func metricsAfter(clauseEnd: Int, _ metrics: [Metric], from index: Int) -> Int {
    var count = 0
    var later = index + 1
    while later < metrics.count, metrics[later].span.start < clauseEnd {
      count += 1
      later += 1
    }
    return count
  }

  // MARK: - Time

  /// Target or actual: the year the passage speaks of decides (a past year is actual, the
  /// document's own or a later one a target); a goal word in the sentence makes a target of
  /// a figure whose year is not past; else the section's role.
  private func status(
    scope: TimeScope?, role: SectionRole?, sentence: Range<Int>, clause: Range<Int>, rest: Range<Int>
  ) -> MetricStatus? {
    let goal = MetricTimeWords.targetCues.occurs(in: text.folded, range: sentence)
    // "…的农户已经占总农户的６０％左右", "１２个项目已经部分地投入生产": a fact of this year so
    // far, said in the figure's clause, before or after it.
    // "到５月份为止，…完成年计划２７％": how far this year has gone, earlier in the sentence,
    // makes a fact even beside a goal word (年计划).
    let fact = MetricTimeWords.soFarCues.occurs(in: text.folded, range: sentence)
      || (!goal
        && (MetricTimeWords.factCues.occurs(in: text.folded, range: clause)
          || MetricTimeWords.factCues.occurs(in: text.folded, range: rest)))
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

  /// The year a figure is for, or the years when it covers several: an average (年均), or a
  /// rate over a plan period; a level in a period is its last year's ("从874.6亿元增加到
  /// 1112.4亿元": the second is the period's end, the first the year before its start).
  ///
  /// - Parameters:
  ///   - named: whether the clause names `scope` itself ("从2012年到2019年，…由10.2%降至0.6%"),
  ///     whose first year is then a starting value's own; else `scope` is the passage's.
  private func years(
    of metric: Metric, scope: TimeScope?, named: Bool, startsFrom: Bool, status: MetricStatus?, before: Range<Int>,
    listHead: Int, headingSpan: TimeScope?
  ) -> (Int?, YearSpan?) {
    let folded = text.folded
    let averaged = isAveraged(before: max(before.lowerBound, before.upperBound - 8)..<before.upperBound)
    // A starting value is where the period began: "过去五年…从874.6亿元增加到1112.4亿元" the
    // year before the five, "2025年…由45.9%提高到52.6%" the end of 2024.
    if startsFrom {
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
      let lower = metric.unit == "%" ? max(before.lowerBound, before.upperBound - 4) : before.lowerBound
      let verbs = lower..<min(metric.span.end, before.upperBound + 2)
      // A later item of a list ("分别达56.2%、34.7%") has the verb before the list's first.
      let listVerbs = max(before.lowerBound, listHead - 4)..<max(before.lowerBound, listHead + 2)
      // A headline amount that is a year's level (地区生产总值6.66万亿元, 社会消费品零售总额
      // 2.9万亿元) is the last year's too, whatever its verb.
      // Not a bound held over the years (稳定在1300亿斤以上) nor a sum the clause names (五年累计).
      let level = !named && metric.comparator == nil && (metric.indicator.map(IndicatorWords.levelAmounts.contains) ?? false)
      if !averaged, !(metric.indicator.map(IndicatorWords.cumulative.contains) ?? false),
        level || MetricTimeWords.reachingWords.occurs(in: folded, range: verbs)
          || (listHead < before.upperBound && MetricTimeWords.reachingWords.occurs(in: folded, range: listVerbs))
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

  /// Whether `metric` is a starting value: 由 or 从 right before it, and a verb of change
  /// with 到, 至 or 为 after it in its clause ("由45.9%提高到52.6%"), so that "由5人组成" is not.
  private func isStartingValue(_ metric: Metric, from lower: Int, to clauseEnd: Int) -> Bool {
    let folded = text.folded
    let start = metric.span.start
    guard start > lower, MetricTimeWords.fromWords.contains(folded[start - 1]) else { return false }
    return (metric.span.end..<clauseEnd).contains { MetricTimeWords.changeEnds.contains(folded[$0]) }
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
  private func timeClause(before clauseStart: Int, from sentenceStart: Int) -> TimeScope? {
    let folded = text.folded
    guard clauseStart > sentenceStart else { return nil }
    var end = clauseStart - 1  // the clause mark before the figure's clause
    while end > sentenceStart {
      var start = end
      while start > sentenceStart, !Self.endsClause(folded[start - 1]) { start -= 1 }
      if let scope = TimeScope.timeClause(folded, from: start, to: end) { return scope }
      end = start - 1
    }
    return nil
  }

  /// The time that opens the figure's clause when the clause does not open its sentence
  /// ("…，一九五三年全國公私企業的職工已經達到…"); a sentence's opening time is its topic.
  private func clauseTime(_ clause: Range<Int>, sentenceStart: Int) -> TimeScope? {
    let folded = text.folded
    if let reference {
      var index = clause.lowerBound
      while index < clause.upperBound {
        if MetricTimeWords.presentWords.longestMatch(in: folded, at: index, limit: clause.upperBound) != nil {
          return .year(reference)
        }
        index += 1
      }
    }
    guard clause.lowerBound > sentenceStart else { return nil }
    return TimeScope.topic(in: folded, at: clause.lowerBound, limit: clause.upperBound, reference: reference)
  }

  ///
  /// - Parameter multiple: the figure is a multiple (倍), whose "X年的" is the base it
  ///   multiplies ("等於一九四九年的二點五倍"), not its own year.
  private func ownTime(in range: Range<Int>, multiple: Bool = false) -> TimeScope? {
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
      if !compared, let (year, end) = TimeScope.year(folded, at: index, limit: range.upperBound), range.upperBound - end <= 6,
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

  // MARK: - Places

  private static func endsSentence(_ value: UInt32) -> Bool { TimeContext.endsSentence(value) }

  private static func endsClause(_ value: UInt32) -> Bool {
    endsSentence(value) || value == 0x2C || value == Scalar.semicolon || value == Scalar.colon
  }

  /// How far a sentence or clause is looked for around a figure: a sentence of official
  /// prose is far shorter, and the bound keeps a text without punctuation linear.
  static let maxSentence = 400
  static let maxClause = 120

  private func sentenceStart(before position: Int, in range: Range<Int>) -> Int {
    let floor = max(range.lowerBound, position - Self.maxSentence)
    var index = position
    while index > floor, !Self.endsSentence(text.folded[index - 1]) { index -= 1 }
    return index
  }

  private func clauseStart(before position: Int, in range: Range<Int>) -> Int {
    let floor = max(range.lowerBound, position - Self.maxClause)
    var index = position
    while index > floor, !Self.endsClause(text.folded[index - 1]) { index -= 1 }
    return index
  }

  private func clauseEnd(after position: Int, in range: Range<Int>) -> Int {
    let ceiling = min(range.upperBound, position + Self.maxClause)
    var index = position
    while index < ceiling, !Self.endsClause(text.folded[index]) { index += 1 }
    return index
  }
}

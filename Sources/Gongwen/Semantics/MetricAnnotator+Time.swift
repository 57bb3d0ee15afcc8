// When a figure is for: its own time (a year beside it, a time-only clause before it), else its
// sentence's or paragraph's topic, else its heading's — then its status (+Status) and its year
// or years (+Years). Docs/Indicators.md, "Target or actual, and the year".
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
      MetricTimeWords.presentFactCues.occurs(in: text.folded, range: clauseStart..<start),
      sentences(from: topic.start, to: sentenceStart, atLeast: Self.sentencesOfACarriedTopic)
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
    if let statement = populationStatement(metric) {
      // "关系到全国六亿人民的事情", "我国有2.9亿在校学生": the people of the nation as they are,
      // neither a goal nor an outcome of the passage's; "有" states it as a fact.
      metric.status = statement.status
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

  /// The time named in `range` close before a figure: "2004年" with at most six scalars
  /// between it and the figure, or "去年的"; a span the clause names for a sum
  /// ("從一九五〇年到一九五三年共有八萬億元", "五年累计7.79万亿元").
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

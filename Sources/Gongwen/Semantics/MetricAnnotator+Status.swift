// Target or actual (``MetricStatus``): the year the passage speaks of, the words of goals and
// of facts so far around the figure, and the section's role (Docs/Indicators.md, "Target or
// actual, and the year").
extension MetricAnnotator {
  /// Target or actual: the year the passage speaks of decides (a past year is actual, the
  /// document's own or a later one a target); a goal word in the sentence makes a target of
  /// a figure whose year is not past; else the section's role.
  func status(
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
      || namesMonthsSoFar(in: min(soFarFrom, sentence.lowerBound)..<end)
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
  func exampleOfAFact(in sentence: Range<Int>) -> Bool {
    let folded = text.folded
    for index in sentence where MetricTimeWords.exampleOpeners.longestMatch(in: folded, at: index, limit: sentence.upperBound) != nil {
      return MetricTimeWords.factCues.occurs(in: folded, range: sentence.lowerBound..<index)
    }
    return false
  }

  /// How a figure speaks of the nation's people as they are.
  enum PopulationStatement {
    /// Named as a whole or as the owners of something ("全国六亿人民", "14亿人的粮食安全"):
    /// neither a goal nor an outcome, no status.
    case named
    /// Stated with 有 ("我国有2.9亿在校学生"): a fact, `actual`.
    case stated

    var status: MetricStatus? { self == .stated ? .actual : nil }
  }

  /// Whether `metric` is the nation's people as they are ("全国六亿人民", "全国五亿多农民",
  /// "14亿人的粮食安全", "我国有2.9亿在校学生"), and how it says so; `nil` for any other figure.
  /// The nation is 全国 or 我国 before the figure, or a figure of hundreds of millions; a verb
  /// of flow before it (带动全国50万农民增收) makes it a count of people reached.
  func populationStatement(_ metric: Metric) -> PopulationStatement? {
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
    return stated ? .stated : .named
  }

  func isPossessedNoun(after position: Int) -> Bool {
    MetricTimeWords.possessedNouns.longestMatch(in: text.folded, at: position, limit: min(text.folded.count, position + 4)) != nil
  }

  /// Whether a goal word (``MetricTimeWords/targetCues``) stands in `range`, outside the words
  /// that say how much of a plan was carried out (计划完成, 没有完成计划).
  func hasGoalWord(in range: Range<Int>) -> Bool {
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

  /// Whether `range` names a run of months of the year ("本年１——５月份", "1—11月"): how far
  /// the year has gone, so the figures after it are facts so far.
  func namesMonthsSoFar(in range: Range<Int>) -> Bool {
    let folded = text.folded
    var index = range.lowerBound
    while index < range.upperBound {
      guard Scalar.isDigit(folded[index]) else {
        index += 1
        continue
      }
      var cursor = index
      while cursor < range.upperBound, Scalar.isDigit(folded[cursor]) { cursor += 1 }
      let separators = cursor
      while cursor < range.upperBound, DateExtractor.rangeSeparators.contains(folded[cursor]) { cursor += 1 }
      let second = cursor
      while cursor < range.upperBound, Scalar.isDigit(folded[cursor]) { cursor += 1 }
      if separators > index, second > separators, cursor > second, cursor - index <= 8, cursor < range.upperBound,
        folded[cursor] == 0x6708  // 月
      {
        return true
      }
      index = max(cursor, index + 1)
    }
    return false
  }
}

// The headline indicator of a figure (``Indicator``): the phrase of ``IndicatorWords`` that
// opens its clause, and the words that may stand around it (Docs/Indicators.md, "Which indicator").
extension MetricAnnotator {
  /// The headline indicator of the figure at `index`, from the phrase that opens its clause,
  /// an elliptical topic, the noun a bare count counts, or the subjects of the clauses before.
  func indicator(of metric: Metric, at index: Int, in metrics: [Metric], place: Place, walk: inout Walk) -> Indicator? {
    let start = metric.span.start
    let (sentenceStart, clauseStart) = (place.sentenceStart, place.clauseStart)
    let isRate = metric.unit == "%"
    // 八成以上 is a share of something, never an indicator's amount.
    let isAmount = !isRate && metric.normalizedUnit != "%" && metric.unit != "percentage point" && metric.unit != "倍"
      && !metric.unit.isEmpty
    if metric.kind == .streak || metric.kind == .returnPeriod {
      // 粮食产量连续6年增产: a count of years is no indicator's figure.
      return nil
    }
    if excludesPart(sentenceStart..<clauseStart) {
      // "扣除房地产开发投资后，固定资产投资增长2.7%": a measure of part of the indicator.
      return nil
    }
    if let found = phrase(in: clauseStart..<start, skipping: metrics, before: index) {
      let family = IndicatorWords.families[found.family]
      let position = metricsBetween(found.end, start, metrics, before: index)
      walk.sentenceFamilies.append((found.family, sentenceStart, clauseStart))
      // Of subjects listed with 分别, only the first figure is this phrase's.
      return found.listed && position > 0 ? nil : indicator(family, isRate: isRate, isAmount: isAmount, position: position)
    }
    if let topic = elliptical(clauseStart..<start) {
      return indicator(IndicatorWords.families[topic], isRate: isRate, isAmount: isAmount, position: 0)
    }
    if metric.kind == .count, let family = phraseAfter(metric) {
      // A bare count before what it counts: "剩余的551万农村贫困人口全部脱贫".
      return IndicatorWords.families[family].amount
    }
    if walk.previousInClause.map({ !$0.hadIndicator }) ?? false {
      // The item before in this clause has no indicator ("税收收入年均分别增长4.5%、3%"):
      // neither has this one.
      return nil
    }
    guard isContinuation(max(clauseStart, walk.previousInClause?.end ?? clauseStart)..<start) else { return nil }
    // "，增长8.1%" goes on with the subject of the clause before; "实际增长9.8%和8.5%"
    // with the subjects of the clauses before, in order.
    let position = metricsBetween(clauseStart, start, metrics, before: index)
    let clauseCount = 1 + metricsAfter(clauseEnd: clauseEnd(after: start, in: place.passage.range), metrics, from: index)
    let total = position + clauseCount
    let families = walk.sentenceFamilies.filter { $0.clauseStart != clauseStart }
    if total >= 2, families.count >= total {
      let family = IndicatorWords.families[families[families.count - total + position].family]
      return indicator(family, isRate: isRate, isAmount: isAmount, position: 0)
    }
    if let last = families.last ?? walk.sentenceFamilies.last {
      return indicator(IndicatorWords.families[last.family], isRate: isRate, isAmount: isAmount, position: position)
    }
    return nil
  }

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
  func joinsList(_ gap: Range<Int>) -> Bool {
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

}

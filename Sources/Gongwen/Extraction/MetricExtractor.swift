/// Finds the quantities a report states: a number (Arabic, Chinese, masked or 百分之…) with a
/// unit, and the words that qualify it.
///
/// Precision comes first: a number is a metric only with a unit from ``MetricUnits``, and
/// never inside 《》 titles, document numbers, short quotations (“326”, “光荣在党50年”) or
/// known formulations (八项规定), nor after 第 (ordinals) or a Latin letter (PM2.5, G20). A
/// lone 一 before a measure word is the indefinite article (一名专职人员, 一批), not a count.
struct MetricExtractor {
  let text: SourceText
  /// Every placeholder of the document, in text order.
  let placeholders: [Placeholder]
  /// Offsets of the mask characters of those placeholders.
  private let maskOffsets: OffsetSet

  init(text: SourceText, placeholders: [Placeholder]) {
    self.text = text
    self.placeholders = placeholders
    var offsets = OffsetSet(count: text.folded.count)
    for placeholder in placeholders {
      for offset in placeholder.span.start..<placeholder.span.end where MaskScanner.isMaskScalar(text.folded[offset]) {
        offsets.insert(offset)
      }
    }
    self.maskOffsets = offsets
  }

  /// Quotations up to this long are formulations or slogans, not statements of quantity.
  static let maxFormulationQuoteLength = 12
  static let rankPrefix: UInt32 = 0x524D  // 前
  static let appendix: (UInt32, UInt32) = (0x9644, 0x4EF6)  // 附件
  static let session: UInt32 = 0x5C4A  // 届
  /// Before 期 these make the number a construction phase, not a count: 南沙港五期, 机场三期.
  static let phaseHosts: Set<UInt32> = Set("港场园区线城厂站路桥馆院楼".unicodeScalars.map(\.value))
  /// A unit followed by / and one of these is a rate: 1459万吨/年, 58万元/人.
  static let perUnits = WordTable(["年", "月", "日", "天", "周", "人", "户", "亩", "平方米", "公里", "小时", "次"])
  /// What may stand between the items of a list of metrics: 、 和 及 与 ,
  static let listJoiners: Set<UInt32> = Set("、和及与,，".unicodeScalars.map(\.value))
  /// The names of the magnitudes a number hands to its unit.
  static let magnitudeNames: [Double: String] = [1e4: "万", 1e8: "亿", 1e12: "万亿"]

  /// The metrics of `units`, never inside the `excluded` ranges (titles, document numbers).
  func extract(from units: [TextUnit], excluded: [Range<Int>]) -> [Metric] {
    let folded = text.folded
    var metrics: [Metric] = []
    let sortedExcluded = excluded.sorted { $0.lowerBound < $1.lowerBound }
    for unit in units {
      let zones = (SortedRanges.ranges(sortedExcluded, overlapping: unit.range) + formulationZones(in: unit.range))
        .sorted { $0.lowerBound < $1.lowerBound }
      let firstInUnit = metrics.count
      var index = unit.range.lowerBound
      var zoneCursor = 0
      while index < unit.range.upperBound {
        while zoneCursor < zones.count, zones[zoneCursor].upperBound <= index { zoneCursor += 1 }
        if zoneCursor < zones.count, zones[zoneCursor].contains(index) {
          index = zones[zoneCursor].upperBound
          continue
        }
        guard NumberToken.mayStart(folded[index]),
          let token = NumberToken.read(folded, at: index, limit: unit.range.upperBound, masks: maskOffsets)
        else {
          index += 1
          continue
        }
        if var metric = metric(from: token, unit: unit) {
          metric.id = "m\(metrics.count + 1)"
          metrics.append(metric)
          index = metric.span.end
        } else {
          index = token.range.upperBound
        }
      }
      linkBreakdowns(&metrics, from: firstInUnit)
      shareDirectionAcrossLists(&metrics, from: firstInUnit)
    }
    return metrics
  }

  /// Short quotations and known formulations in `range`.
  private func formulationZones(in range: Range<Int>) -> [Range<Int>] {
    let folded = text.folded
    var zones: [Range<Int>] = []
    var index = range.lowerBound
    while index < range.upperBound {
      if folded[index] == Scalar.leftDoubleQuote,
        let close = (index + 1..<min(range.upperBound, index + 2 + Self.maxFormulationQuoteLength)).first(where: { folded[$0] == Scalar.rightDoubleQuote })
      {
        zones.append(index..<close + 1)
        index = close + 1
        continue
      }
      if let length = Formulations.table.longestMatch(in: folded, at: index, limit: range.upperBound) {
        zones.append(index..<index + length)
        index += length
        continue
      }
      index += 1
    }
    return zones
  }

  private func metric(from first: NumberToken, unit: TextUnit) -> Metric? {
    let folded = text.folded
    let limit = unit.range.upperBound
    let start = first.range.lowerBound
    if start > unit.range.lowerBound {
      let before = folded[start - 1]
      // 第十二次, 第16届: ordinals; 前十名: a rank. PM2.5, G20: codes.
      if before == PlaceholderKindRules.ordinalPrefix || before == Self.rankPrefix || MaskScanner.isLatinLetter(before) {
        return nil
      }
      // 省委十三届八次全会: a session number after 届.
      if before == Self.session { return nil }
      // 附件2名词解释: an appendix's number, whatever follows it.
      if start >= unit.range.lowerBound + 2, folded[start - 2] == Self.appendix.0, before == Self.appendix.1 { return nil }
      if first.form == .arabic, Scalar.isDigit(before) || before == Scalar.dot { return nil }
    }
    // 一名专职人员, 一批, 一次性: a lone 一 is an article, not a count.
    if first.form == .chinese, first.range.count == 1, first.value == 1 { return nil }

    var token = first
    var numberEnd = first.range.upperBound
    var range: MetricRange?
    // 1—2次, 3至5个: a second number after a separator makes a range.
    if let separator = MetricQualifiers.rangeSeparators.longestMatch(in: folded, at: numberEnd, limit: limit),
      numberEnd + separator < limit,
      let second = NumberToken.read(folded, at: numberEnd + separator, limit: limit, masks: maskOffsets),
      second.form == first.form || (second.form == .masked) == (first.form == .masked)
    {
      range = MetricRange(low: first.value, high: second.value)
      token = second
      numberEnd = second.range.upperBound
    }

    // 12.5万元, 三千五百万元, 五十四万亿元: the magnitude goes to the unit, so that 三千五百万元
    // and 3500万元 come out alike — unless a larger magnitude stands before it
    // (六百二十八亿一千万元 is 62,810,000,000 元, and has no magnitude here).
    var cursor = numberEnd
    var magnitude = ""
    if let split = token.magnitude, let name = Self.magnitudeNames[split.factor],
      range == nil || first.magnitude == nil || first.magnitude?.factor == split.factor
    {
      token.value = split.mantissa
      if var low = range?.low {
        low = first.magnitude?.mantissa ?? low
        range = MetricRange(low: low, high: split.mantissa)
      }
      magnitude = name
      numberEnd = split.mantissaEnd
    }

    var approximate = token.approximate || first.approximate
    func skipApproximateInfix() {
      if let length = MetricQualifiers.approximateInfix.longestMatch(in: folded, at: cursor, limit: limit),
        MetricUnits.unitLength(in: folded, at: cursor + length, limit: limit) != nil
          || MetricUnits.magnitudes.longestMatch(in: folded, at: cursor + length, limit: limit) != nil
      {
        approximate = true
        cursor += length
      }
    }
    skipApproximateInfix()
    if magnitude.isEmpty, let length = MetricUnits.magnitudes.longestMatch(in: folded, at: cursor, limit: limit) {
      magnitude = text.string(cursor..<cursor + length)
      cursor += length
      skipApproximateInfix()
    }
    if token.form == .masked, cursor < limit, folded[cursor] == Scalar.space { cursor += 1 }  // 人均在X 次以上

    var unitName: String
    var isClassifier = false
    if let length = MetricUnits.unitLength(in: folded, at: cursor, limit: limit) {
      unitName = text.string(cursor..<cursor + length)
      if unitName == "期", first.form == .chinese, start > unit.range.lowerBound, Self.phaseHosts.contains(folded[start - 1]) {
        return nil
      }
      // 八次全会 is the eighth plenary session, not eight sessions.
      if unitName == "次", first.form == .chinese, text.match("全会", at: cursor + length, limit: limit) != nil {
        return nil
      }
      isClassifier = magnitude.isEmpty && MetricUnits.classifiers.contains(unitName)
      cursor += length
    } else if first.isPercentWords {
      unitName = "%"
    } else {
      return nil
    }
    // A magnitude belongs to the unit (万元, 亿人次), a Chinese 万 too.
    unitName = MetricUnits.normalized(magnitude + unitName.fullwidthFolded)

    var per: String?
    if cursor + 1 < limit, folded[cursor] == 0x2F, let length = Self.perUnits.longestMatch(in: folded, at: cursor + 1, limit: limit) {
      per = text.string(cursor + 1..<cursor + 1 + length)
      cursor += 1 + length
    }
    var comparator: String?
    if let length = MetricQualifiers.approximateSuffix.longestMatch(in: folded, at: cursor, limit: limit) {
      approximate = true
      cursor += length
    }
    // 以上, 以下, 以内 after the unit; bounds that say "exactly" are not comparators.
    if let (length, bound) = BoundWords.suffix(at: cursor, in: folded, limit: limit), bound != .exactly {
      comparator = bound.comparator
      cursor += length
    }

    // Words before the number.
    var textStart = start
    if let (length, bound) = BoundWords.prefix(endingAt: start, in: folded, limit: unit.range.lowerBound), bound != .exactly {
      comparator = comparator ?? bound.comparator
      textStart = start - length
    }
    if textStart == start, let length = MetricQualifiers.approximatePrefix.longestMatch(in: folded, endingAt: start, limit: unit.range.lowerBound) {
      approximate = true
      textStart = start - length
    }
    var direction: String?
    // 增长12％, 降低了3.1%: the verb right before the number, or before 了.
    var verbEnd = textStart
    if verbEnd > unit.range.lowerBound, folded[verbEnd - 1] == 0x4E86 { verbEnd -= 1 }  // 了
    if MetricQualifiers.increaseVerbs.longestMatch(in: folded, endingAt: verbEnd, limit: unit.range.lowerBound) != nil {
      direction = "increase"
    } else if MetricQualifiers.decreaseVerbs.longestMatch(in: folded, endingAt: verbEnd, limit: unit.range.lowerBound) != nil {
      direction = "decrease"
    }

    let span = textStart..<cursor
    let numberRange = start..<numberEnd
    let masked = first.form == .masked || token.form == .masked
    let linked = SortedRanges.placeholders(placeholders, startingIn: numberRange).map(\.id)
    return Metric(
      id: "", text: text.string(span), value: range == nil ? token.value : nil, valueText: text.string(numberRange),
      unit: unitName, approximate: approximate, comparator: comparator, range: range, masked: masked,
      subject: SubjectFinder.subject(in: text, before: textStart, after: cursor, unit: unit.range, classifier: isClassifier),
      per: per ?? ratePeriod(before: textStart, unit: unit.range), direction: direction, partOf: nil,
      placeholderIds: linked, section: unit.section, span: self.text.span(span))
  }

  /// 每年编辑出版4期 → 年: 每 and a period earlier in the same clause.
  private func ratePeriod(before start: Int, unit: Range<Int>) -> String? {
    let folded = text.folded
    var index = start - 1
    while index >= unit.lowerBound, start - index <= 12, !Scalar.isClauseEnd(folded[index]) {
      if folded[index] == 0x6BCF,  // 每
        let length = MetricQualifiers.ratePeriods.longestMatch(in: folded, at: index + 1, limit: start)
      {
        return text.string(index + 1..<index + 1 + length)
      }
      index -= 1
    }
    return nil
  }

  /// 分别增长3.9%和5.7%, 下降27.3%、18.9%: the verb before the first item of a list says
  /// the direction of every item.
  private func shareDirectionAcrossLists(_ metrics: inout [Metric], from first: Int) {
    guard metrics.count - first >= 2 else { return }
    for index in first + 1..<metrics.count where metrics[index].direction == nil {
      let previous = metrics[index - 1]
      guard let direction = previous.direction, previous.unit == metrics[index].unit else { continue }
      let between = previous.span.end..<metrics[index].span.start
      if between.count <= 2, between.allSatisfy({ Self.listJoiners.contains(text.folded[$0]) }) {
        metrics[index].direction = direction
      }
    }
  }

  /// XXX个（机关党委XX个、总支部XX个、支部XX个）: metrics in brackets right after a metric
  /// are its parts.
  private func linkBreakdowns(_ metrics: inout [Metric], from first: Int) {
    let folded = text.folded
    for index in first..<metrics.count where metrics[index].partOf == nil {
      let end = metrics[index].span.end
      guard end < folded.count, folded[end] == Scalar.openParen,
        let close = (end..<min(folded.count, end + 200)).first(where: { folded[$0] == Scalar.closeParen })
      else { continue }
      // Metrics are in text order: look no further than the bracket's end, so that a
      // one-line report of thousands of metrics stays linear.
      var part = index + 1
      while part < metrics.count, metrics[part].span.start < close {
        if metrics[part].span.start > end, metrics[part].span.end <= close { metrics[part].partOf = metrics[index].id }
        part += 1
      }
    }
  }
}

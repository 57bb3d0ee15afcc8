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
  /// Before 期 these make the number a construction phase, not a count: 南沙港五期, 机场三期,
  /// and the quotation mark that closes a work's name: “三医联动一张网”二期.
  static let phaseHosts: Set<UInt32> = Set("港场园区线城厂站路桥馆院楼\u{201D}".unicodeScalars.map(\.value))
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
        guard NumberToken.mayStart(folded[index]) else {
          index += 1
          continue
        }
        guard let token = NumberToken.read(folded, at: index, limit: unit.range.upperBound, masks: maskOffsets) else {
          // 亿元以上项目, 稳定在万亿斤以上: a bare magnitude bounds a threshold of one of it.
          if var metric = threshold(at: index, unit: unit) {
            metric.id = "m\(metrics.count + 1)"
            metrics.append(metric)
            index = metric.span.end
          } else {
            index += 1
          }
          continue
        }
        if let series = ratioSeries(from: token, unit: unit) {
          let total = "m\(metrics.count + 1)"
          for var part in series {
            part.id = "m\(metrics.count + 1)"
            if part.kind != .ratio { part.partOf = total }
            metrics.append(part)
          }
          index = series[0].span.end
        } else if var metric = metric(from: token, unit: unit) {
          metric.id = "m\(metrics.count + 1)"
          metrics.append(metric)
          index = metric.span.end
        } else {
          index = token.range.upperBound
        }
      }
      linkBreakdowns(&metrics, from: firstInUnit)
      shareDirectionAcrossLists(&metrics, from: firstInUnit)
      shareApproximationAcrossLists(&metrics, from: firstInUnit)
      shareBoundAcrossLists(&metrics, from: firstInUnit)
      shareUnitBackAcrossLists(&metrics, from: firstInUnit)
    }
    return metrics
  }

  /// Short quotations and known formulations in `range`.
  private func formulationZones(in range: Range<Int>) -> [Range<Int>] {
    let folded = text.folded
    var zones: [Range<Int>] = []
    var index = range.lowerBound
    while index < range.upperBound {
      if let term = noteTerm(at: index, limit: range.upperBound) {
        zones.append(term)
        index = term.upperBound
        continue
      }
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

  /// The term a note entry explains, from its number to its colon: "［18］五张清单：…" names
  /// the five lists, it counts nothing. At most sixteen scalars, no clause mark among them.
  /// Looked for anywhere, so that notes run into one line keep it; a note mark in running
  /// text (“五张清单”［18］，完善…) is followed by no colon.
  private func noteTerm(at start: Int, limit: Int) -> Range<Int>? {
    let folded = text.folded
    guard start < limit, folded[start] == 0x5B else { return nil }  // [ (［ folded)
    var index = start + 1
    while index < limit, Scalar.isDigit(folded[index]) { index += 1 }
    guard index > start + 1, index < limit, folded[index] == 0x5D else { return nil }  // ]
    let termStart = index + 1
    for end in termStart..<min(limit, termStart + 17) {
      if folded[end] == Scalar.colon { return end > termStart ? termStart..<end : nil }
      if MetricAnnotator.endsClause(folded[end]) { return nil }
    }
    return nil
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
    // 一名专职人员, 一批, 一次性: a lone 一 is an article, not a count; but 占全国近一半 is half.
    let loneOne = first.form == .chinese && first.range.count == 1 && first.value == 1
    let isHalf = loneOne && isHalfShare(first, unit: unit)
    if loneOne, !isHalf { return nil }

    var token = first
    var numberEnd = first.range.upperBound
    var range: MetricRange?
    if let (second, _) = rangeEnd(after: first, at: numberEnd, limit: limit) {
      // 1—2次, 3至5个, 4.5-5%: a second number right after a separator makes a range.
      range = MetricRange(low: first.value, high: second.value)
      token = second
      numberEnd = second.range.upperBound
    } else if let unitLength = MetricUnits.unitLength(in: folded, at: numberEnd, limit: limit),
      let (second, unitAgain) = rangeEnd(after: first, at: numberEnd + unitLength, limit: limit),
      folded[numberEnd..<numberEnd + unitLength].elementsEqual(folded[unitAgain..<min(limit, unitAgain + unitLength)])
    {
      // 5%—5.5%, 6.5%－7%, 1—2次 written 1次—2次: the unit said twice is said once.
      range = MetricRange(low: first.value, high: second.value)
      token = second
      numberEnd = second.range.upperBound
    }

    // 三分之二, 十分之一: a share, written as the percentage it is.
    var isFraction = false
    if range == nil, let (share, end) = fractionShare(of: first, limit: limit) {
      token.value = share
      numberEnd = end
      isFraction = true
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
          || (!magnitude.isEmpty && bareCountMayFollow(at: cursor + length, limit: limit))
      {
        approximate = true
        cursor += length
      }
    }
    skipApproximateInfix()
    // 750千伏, 6,000千瓦: a unit that opens with 千 is the unit, not a magnitude.
    if magnitude.isEmpty, MetricUnits.unitLength(in: folded, at: cursor, limit: limit) == nil,
      let length = MetricUnits.magnitudes.longestMatch(in: folded, at: cursor, limit: limit)
    {
      magnitude = text.string(cursor..<cursor + length)
      cursor += length
      skipApproximateInfix()
    }
    if token.form == .masked, cursor < limit, folded[cursor] == Scalar.space { cursor += 1 }  // 人均在X 次以上

    var kind = Metric.Kind.quantity
    var unitName: String
    var baseUnit: String
    var isClassifier = false
    var isTenths = false
    if isHalf {
      // 占全国近一半: a share of one half, written as the percentage it is.
      unitName = "%"
      token.value = 50
      cursor += 1
    } else if isFraction {
      unitName = "%"
    } else if let length = MetricUnits.unitLength(in: folded, at: cursor, limit: limit) {
      unitName = text.string(cursor..<cursor + length)
      if unitName == "期", first.form == .chinese, start > unit.range.lowerBound, isPhase(first, unit: unit, after: cursor + length) {
        return nil
      }
      // 两位数增长: double-digit, a size of number and not two people.
      if unitName == "位", cursor + length < limit, folded[cursor + length] == 0x6570 { return nil }  // 数
      // 水质稳定保持二类, 二类水体: a class of water quality, a grade and not a count.
      if unitName == "类", isWaterQualityClass(before: start, after: cursor + length, unit: unit) { return nil }
      // 八次全会 is the eighth plenary session, not eight sessions; 市十六届人大三次会议 the
      // third session of a congress.
      if unitName == "次", first.form == .chinese,
        text.match("全会", at: cursor + length, limit: limit) != nil
          || (text.match("会议", at: cursor + length, limit: limit) != nil && isAfterACongressTerm(start, unit: unit))
      {
        return nil
      }
      isClassifier = magnitude.isEmpty && MetricUnits.classifiers.contains(unitName)
      cursor += length
      // 2813.8万辆（艘、架、列）次: the 次 after the bracket of other classifiers makes 辆次.
      if let end = timesAfterBracket(of: unitName, at: cursor, limit: limit) {
        unitName += "次"
        cursor = end
      }
      if let plain = MetricUnits.approximateForms[unitName] {
        unitName = plain
        approximate = true
      }
      // 六倍半: half a time more.
      if unitName == "倍", cursor < limit, folded[cursor] == MetricQualifiers.half, range == nil, let value = token.value {
        token.value = value + 0.5
        cursor += 1
      }
      if MetricUnits.streakSpans.contains(unitName), text.match("连续", endingAt: start, limit: unit.range.lowerBound) {
        kind = .streak
      }
    } else if folded[cursor..<limit].starts(with: Self.returnPeriodWords) {
      // 五年一遇, 百年一遇: a return period, in years.
      unitName = "年"
      kind = .returnPeriod
      cursor += Self.returnPeriodWords.count
    } else if cursor < limit, folded[cursor] == Self.year, text.match("连续", endingAt: start, limit: unit.range.lowerBound),
      range == nil, magnitude.isEmpty
    {
      // 连续4年, 连续三年: a streak; every other 年 is a date (2021年) or an age (光荣在党50年).
      unitName = "年"
      kind = .streak
      cursor += 1
    } else if cursor < limit, folded[cursor] == Self.year, magnitude.isEmpty, (token.value ?? 100) < 100,
      measuresYears(before: start, unit: unit)
    {
      // 平均受教育年限达11年, 从2020年的9.6年提升至2025年的10.2年左右: a measure in years.
      unitName = "年"
      cursor += 1
    } else if magnitude.isEmpty, range == nil, readsTenths(after: token, at: cursor, limit: limit) {
      // 近八成, 九成以上: tenths, normalised to a percentage.
      unitName = "成"
      isTenths = true
      cursor += 1
      if cursor < limit, folded[cursor] == 0x591A { approximate = true; cursor += 1 }  // 八成多
    } else if first.isPercentWords {
      unitName = "%"
    } else if !magnitude.isEmpty, isBareCount(first, token: token, magnitudeEnd: cursor, unit: unit) {
      // 惠及1.77亿农民, 新增青年40.8万: a count with no measure word; the magnitude is the unit.
      unitName = ""
      kind = .count
      isClassifier = true
    } else {
      return nil
    }
    baseUnit = isTenths ? "%" : MetricUnits.normalized(unitName.fullwidthFolded)
    // A magnitude belongs to the unit (万元, 亿人次), a Chinese 万 too.
    unitName = MetricUnits.normalized(magnitude + unitName.fullwidthFolded)

    var per: Metric.Per?
    if cursor + 1 < limit, folded[cursor] == 0x2F, let length = Self.perUnits.longestMatch(in: folded, at: cursor + 1, limit: limit) {
      per = Metric.Per(rawValue: text.string(cursor + 1..<cursor + 1 + length))
      cursor += 1 + length
    }
    var comparator: Metric.Comparator?
    if let length = MetricQualifiers.approximateSuffix.longestMatch(in: folded, at: cursor, limit: limit) {
      approximate = true
      cursor += length
    }
    // 以上, 以下, 以内 after the unit; bounds that say "exactly" are not comparators.
    if let (length, bound) = BoundWords.suffix(at: cursor, in: folded, limit: limit), let sign = bound.comparator {
      comparator = sign
      cursor += length
    } else if MetricUnits.withinSpans.contains(baseUnit), cursor < limit, folded[cursor] == BoundWords.within,
      !(cursor + 1 < limit && BoundWords.withinContinuations.contains(folded[cursor + 1]))
    {
      // 48小时内, 30个工作日内.
      comparator = .atMost
      cursor += 1
    }

    // Words before the number.
    var textStart = start
    // 超过了一千斤, 突破了1万亿元: 了 may stand between the bound word and its number.
    let boundEnd = start > unit.range.lowerBound && folded[start - 1] == 0x4E86 ? start - 1 : start  // 了
    if let (length, bound) = BoundWords.prefix(endingAt: boundEnd, in: folded, limit: unit.range.lowerBound),
      let sign = bound.comparator
    {
      // 控制在5.5%左右 holds a figure at about 5.5%: 左右 leaves no bound. 比原计划超过百分之四:
      // after 比 and what is compared, 超过 says by how much, not a bound.
      if !approximate, !(bound.isLower && exceedsAComparison(before: boundEnd - length, lower: unit.range.lowerBound)) {
        comparator = comparator ?? sign
      }
      textStart = boundEnd - length
    }
    if textStart == start, let length = MetricQualifiers.approximatePrefix.longestMatch(in: folded, endingAt: start, limit: unit.range.lowerBound),
      MetricQualifiers.wordsEndingInYue.longestMatch(in: folded, endingAt: start, limit: unit.range.lowerBound) == nil
    {
      approximate = true
      textStart = start - length
    } else if textStart == start, baseUnit == "%",
      MetricQualifiers.approximatesAcrossBase(before: start, in: folded, limit: unit.range.lowerBound)
    {
      approximate = true
    }
    // "最多不超过正税的２２％": the bound binds the share across its base.
    if textStart == start, comparator == nil, !approximate,
      let sign = BoundWords.acrossBase(before: start, in: folded, limit: unit.range.lowerBound)?.comparator
    {
      comparator = sign
    }
    var direction: Metric.Direction?
    // 增长12％, 降低了3.1%: the verb right before the number, or before 了.
    var verbEnd = textStart
    if verbEnd > unit.range.lowerBound, folded[verbEnd - 1] == 0x4E86 { verbEnd -= 1 }  // 了
    if MetricQualifiers.increaseVerbs.longestMatch(in: folded, endingAt: verbEnd, limit: unit.range.lowerBound) != nil {
      direction = .increase
    } else if MetricQualifiers.decreaseVerbs.longestMatch(in: folded, endingAt: verbEnd, limit: unit.range.lowerBound) != nil {
      direction = .decrease
    }

    let span = textStart..<cursor
    let numberRange = start..<numberEnd
    let masked = first.form == .masked || token.form == .masked
    let linked = SortedRanges.placeholders(placeholders, startingIn: numberRange).map(\.id)
    let exponent = (MetricUnits.magnitudeExponents[magnitude] ?? 0) + (isTenths ? 1 : 0)
    let value = range == nil ? token.value : nil
    let subject = SubjectFinder.subject(in: text, before: textStart, after: cursor, unit: unit.range, classifier: isClassifier)
    // A bare count needs the noun it counts, before or after it.
    if kind == .count, subject == nil { return nil }
    return Metric(
      id: "", kind: kind, text: text.string(span), value: value, valueText: text.string(numberRange), unit: unitName,
      normalizedValue: value.map { Self.scaled($0, byPowerOfTen: exponent) },
      normalizedUnit: kind == .count ? Self.countUnit : baseUnit, approximate: approximate, comparator: comparator,
      range: range,
      normalizedRange: range.map { MetricRange(low: $0.low.map { Self.scaled($0, byPowerOfTen: exponent) }, high: $0.high.map { Self.scaled($0, byPowerOfTen: exponent) }) },
      masked: masked, subject: subject,
      per: per ?? ratePeriod(before: textStart, unit: unit.range), direction: direction, partOf: nil,
      placeholderIds: linked, section: unit.section, span: self.text.span(span))
  }

  /// 一半 right after a word of share or bound (占, 近, 超过 …) and before nothing that makes
  /// a word of it: "新增两院院士占全国近一半", not "另一半" or "一半是…".
  private func isHalfShare(_ one: NumberToken, unit: TextUnit) -> Bool {
    let folded = text.folded
    let end = one.range.upperBound
    guard end < unit.range.upperBound, folded[end] == MetricQualifiers.half,
      end + 1 == unit.range.upperBound || MetricUnits.shareEnds.contains(folded[end + 1])
    else { return false }
    return MetricQualifiers.halfShareLeads.longestMatch(
      in: folded, endingAt: one.range.lowerBound, limit: unit.range.lowerBound) != nil
  }

  /// "三分之二", "十分之一": the share N分之M as a percentage (two decimals) and where it ends,
  /// for a denominator from 2 to 10 (百分之 and 千分之 are read as percentages elsewhere).
  private func fractionShare(of denominator: NumberToken, limit: Int) -> (Double, Int)? {
    let folded = text.folded
    let end = denominator.range.upperBound
    guard denominator.magnitude == nil, let n = denominator.value, n >= 2, n <= 10, end + 2 < limit,
      folded[end] == 0x5206, folded[end + 1] == 0x4E4B,  // 分之
      let numerator = NumberToken.read(folded, at: end + 2, limit: limit, masks: maskOffsets),
      let m = numerator.value, m > 0, m < n
    else { return nil }
    return ((m / n * 10_000).rounded() / 100, numerator.range.upperBound)
  }

  /// 成 after a number of at most ten, before punctuation, 以上, 左右, 多, 的 … or the end.
  private func readsTenths(after token: NumberToken, at position: Int, limit: Int) -> Bool {
    let folded = text.folded
    guard position < limit, folded[position] == MetricUnits.tenths, let value = token.value, value > 0, value <= 10 else {
      return false
    }
    return position + 1 == limit || MetricUnits.shareEnds.contains(folded[position + 1])
  }

  /// Whether 比 and the thing compared stand right before a bound word, with no verb of change
  /// between ("比原计划超过百分之四"; not "比上年增长超过10%").
  private func exceedsAComparison(before end: Int, lower: Int) -> Bool {
    let folded = text.folded
    var index = end
    while index > max(lower, end - 24) {
      index -= 1
      let scalar = folded[index]
      // 比, unless it is part of a noun (比重, 比例, 比率, 占比, 对比).
      if scalar == 0x6BD4 {
        return !Self.comparisonNouns.contains(folded[index + 1])
          && !(index > lower && Self.comparisonNounHeads.contains(folded[index - 1]))
      }
      // 比１９５５年的水平超过…, 比…原定１９５７年３，８５６亿斤的水平超过…: figures may stand in what
      // is compared.
      if Scalar.isDigit(scalar) || ((scalar == 0x2C || scalar == Scalar.dot) && index > lower && Scalar.isDigit(folded[index - 1])) {
        continue
      }
      if Scalar.isClauseEnd(scalar) || !Scalar.isIdeograph(scalar)
        || MetricQualifiers.increaseVerbs.longestMatch(in: folded, endingAt: index + 1, limit: lower) != nil
        || MetricQualifiers.decreaseVerbs.longestMatch(in: folded, endingAt: index + 1, limit: lower) != nil
      {
        return false
      }
    }
    return false
  }

  /// What makes a noun of 比: 比重, 比例, 比率, 比较, 比值.
  static let comparisonNouns: Set<UInt32> = Set("重例率较值".unicodeScalars.map(\.value))
  /// What makes a noun of 比 before it: 占比, 对比, 类比, 评比, 排比.
  static let comparisonNounHeads: Set<UInt32> = Set("占对类评排".unicodeScalars.map(\.value))

  /// 国家会议中心二期, 白云机场三期、…: a phase of a named work, not a count of sessions
  /// (举办三期培训班, 共出版两期): a one-character numeral after a name, or after a host word
  /// (港, 场, 园 …), and not before what sessions hold (培训, 班).
  private func isPhase(_ number: NumberToken, unit: TextUnit, after end: Int) -> Bool {
    let folded = text.folded
    let before = folded[number.range.lowerBound - 1]
    if Self.phaseHosts.contains(before) { return true }
    // 二期工程, 一期项目: a phase of a work, whatever stands before it (“深海一号”…、二期工程投产).
    if number.range.count == 1, Self.phaseWorks.longestMatch(in: folded, at: end, limit: unit.range.upperBound) != nil {
      return true
    }
    // 一期、二期: the next phase in a list of phases.
    if before == Scalar.ideographicComma, number.range.lowerBound >= 2, folded[number.range.lowerBound - 2] == 0x671F {  // 期
      return true
    }
    guard number.range.count == 1, Scalar.isIdeograph(before) || before == Scalar.openParen,
      !Self.sessionLeads.contains(before)
    else { return false }
    return !(end < unit.range.upperBound && Self.sessionFollowers.contains(folded[end]))
  }

  /// Where "（艘、架、列）次" ends after a classifier whose form with 次 is a unit (辆次): a
  /// bracket of at most twelve scalars, then 次.
  private func timesAfterBracket(of classifier: String, at start: Int, limit: Int) -> Int? {
    let folded = text.folded
    guard start < limit, folded[start] == Scalar.openParen else { return nil }
    let times = (classifier + "次").foldedScalars
    guard MetricUnits.base.longestMatch(in: times, at: 0, limit: times.count) == times.count else { return nil }
    guard let close = (start + 1..<min(limit, start + 14)).first(where: { folded[$0] == Scalar.closeParen }),
      close + 1 < limit, folded[close + 1] == 0x6B21  // 次
    else { return nil }
    return close + 2
  }

  /// Whether 届 stands in the eight scalars before `start` (十六届人大三次会议).
  private func isAfterACongressTerm(_ start: Int, unit: TextUnit) -> Bool {
    (max(unit.range.lowerBound, start - 8)..<start).contains { text.folded[$0] == Self.session }
  }

  /// Whether the figure's clause names a measure in years before it (平均受教育年限): its 年
  /// is then a unit, not a date or a duration of work.
  private func measuresYears(before start: Int, unit: TextUnit) -> Bool {
    Self.measuresInYears.occurs(in: text.folded, range: clause(before: start, within: 24, unit: unit))
  }
  static let measuresInYears = WordTable(["年限"])

  /// The clause before `start`, at most `length` scalars of it.
  private func clause(before start: Int, within length: Int, unit: TextUnit) -> Range<Int> {
    var index = start
    while index > max(unit.range.lowerBound, start - length), !MetricAnnotator.endsClause(text.folded[index - 1]) { index -= 1 }
    return index..<start
  }

  /// Whether a figure in 类 is a class of water quality: 水 right after it, or 水质 in the
  /// twenty scalars before it in its clause.
  private func isWaterQualityClass(before start: Int, after end: Int, unit: TextUnit) -> Bool {
    let folded = text.folded
    if end < unit.range.upperBound, folded[end] == 0x6C34 { return true }  // 水
    return Self.waterQuality.occurs(in: folded, range: clause(before: start, within: 20, unit: unit))
  }
  static let waterQuality = WordTable(["水质"])

  /// What follows a phase of a work: 二期工程, 一期项目.
  static let phaseWorks = WordTable(["工程", "项目", "項目"])

  /// Words before a count of sessions or issues (举办三期, 出版两期, 共五期).
  static let sessionLeads: Set<UInt32> = Set("办举开展出版共计达有了和及与约近超逾第每再连续分".unicodeScalars.map(\.value))
  /// What follows a count of sessions: 三期培训班, 两期学员.
  static let sessionFollowers: Set<UInt32> = Set("培训班学研讲".unicodeScalars.map(\.value))

  /// The normalised unit of a bare count (惠及1.77亿农民): it counts its subject.
  static let countUnit = "count"
  static let returnPeriodWords: [UInt32] = "年一遇".foldedScalars
  static let year: UInt32 = 0x5E74  // 年

  /// The second number of a range whose separator starts at `position`: 1—2, 3至5, 4.5-5,
  /// 百分之五到百分之六; `nil` unless the two read alike and the first is not the larger.
  private func rangeEnd(after first: NumberToken, at position: Int, limit: Int) -> (NumberToken, Int)? {
    let folded = text.folded
    guard let separator = MetricQualifiers.rangeSeparators.longestMatch(in: folded, at: position, limit: limit),
      position + separator < limit,
      let second = NumberToken.read(folded, at: position + separator, limit: limit, masks: maskOffsets),
      second.form == first.form || (second.form == .masked) == (first.form == .masked),
      second.isPercentWords == first.isPercentWords
    else { return nil }
    if let low = first.value, let high = second.value, low > high,
      first.magnitude?.factor == second.magnitude?.factor
    {
      return nil
    }
    return (second, second.range.upperBound)
  }

  /// `value` times 10^`exponent`, computed from its shortest decimal form so that 1.76万 is
  /// 17600 and 67.7万亿 is 67,700,000,000,000 exactly.
  static func scaled(_ value: Double, byPowerOfTen exponent: Int) -> Double {
    guard exponent != 0 else { return value }
    let written = value.description
    if !written.contains("e"), let exact = Double(written + "e\(exponent)") { return exact }
    var result = value
    for _ in 0..<exponent { result *= 10 }
    return result
  }

  /// Whether the scalar at `position` may follow the magnitude of a bare count: the end of the
  /// clause, a list joiner, a bound or approximation word, or the counted noun.
  private func bareCountMayFollow(at position: Int, limit: Int) -> Bool {
    let folded = text.folded
    guard position < limit else { return true }
    let next = folded[position]
    if Scalar.isClauseEnd(next) || Self.listJoiners.contains(next) || next == Scalar.closeParen || next == Scalar.openParen {
      return true
    }
    if BoundWords.suffix(at: position, in: folded, limit: limit) != nil
      || MetricQualifiers.approximateSuffix.longestMatch(in: folded, at: position, limit: limit) != nil
    {
      return true
    }
    return Scalar.isIdeograph(next) && !MetricUnits.notCountedAfterMagnitude.contains(next)
      && !ChineseNumeral.isNumeral(next)
      && SubjectFinder.followingVerbStarts.longestMatch(in: folded, at: position, limit: limit) == nil
  }

  /// 惠及1.77亿农民, 受益纳税人6600多万, 14亿多人民: a number with a magnitude and no unit
  /// counts the noun beside it. A Chinese numeral needs two characters before its magnitude
  /// (十万火急 is an idiom); what follows must be the end of the clause or the counted noun.
  private func isBareCount(_ first: NumberToken, token: NumberToken, magnitudeEnd: Int, unit: TextUnit) -> Bool {
    // 近千万家庭, 超百万: a bare 百/千 that 近, 超 or 逾 made a number, then a magnitude.
    let bareUnit = first.form == .chinese && first.range.count == 1 && (first.value ?? 0) >= 100
    // 十万火急 is an idiom; a one-character numeral before 亿 (六亿人民, 近一亿劳动力) counts.
    if first.form == .chinese, !bareUnit, let split = token.magnitude, split.mantissaEnd - first.range.lowerBound < 2,
      split.factor < 100_000_000
    {
      return false
    }
    if first.form == .chinese, !bareUnit, token.magnitude == nil { return false }
    // 每10万人口: the base of a rate, not a figure.
    if first.range.lowerBound > unit.range.lowerBound, text.folded[first.range.lowerBound - 1] == 0x6BCF { return false }  // 每
    return bareCountMayFollow(at: magnitudeEnd, limit: unit.range.upperBound)
  }

  /// Bare magnitudes a threshold may be: 亿元以上 is 1 亿元 or more.
  static let thresholdMagnitudes = WordTable(["万亿", "千亿", "百亿", "十亿", "亿", "千万", "百万", "十万", "万", "千", "百"])

  /// 亿元以上项目, 稳定在万亿斤以上, 百亿元以上重大项目: a magnitude with no number before it, a
  /// unit and a bound after it, is a threshold of one of that magnitude.
  private func threshold(at index: Int, unit: TextUnit) -> Metric? {
    let folded = text.folded
    let limit = unit.range.upperBound
    if index > unit.range.lowerBound {
      let before = folded[index - 1]
      // Part of a number read elsewhere (3千万), an ordinal, or the divisor of a rate (0.6人/百亿元).
      if ChineseNumeral.isNumeral(before) || Scalar.isDigit(before) || before == PlaceholderKindRules.ordinalPrefix
        || before == 0x2F || MaskScanner.isMaskScalar(before)
      {
        return nil
      }
    }
    guard let magnitudeLength = Self.thresholdMagnitudes.longestMatch(in: folded, at: index, limit: limit),
      let unitLength = MetricUnits.unitLength(in: folded, at: index + magnitudeLength, limit: limit),
      let (boundLength, bound) = BoundWords.suffix(at: index + magnitudeLength + unitLength, in: folded, limit: limit),
      let comparator = bound.comparator
    else { return nil }
    let magnitude = text.string(index..<index + magnitudeLength)
    let base = MetricUnits.normalized(text.string(index + magnitudeLength..<index + magnitudeLength + unitLength).fullwidthFolded)
    let end = index + magnitudeLength + unitLength + boundLength
    return Metric(
      id: "", kind: .quantity, text: text.string(index..<end), value: 1, valueText: magnitude, unit: magnitude + base,
      normalizedValue: Self.scaled(1, byPowerOfTen: MetricUnits.magnitudeExponents[magnitude] ?? 0), normalizedUnit: base,
      approximate: false, comparator: comparator, range: nil, normalizedRange: nil, masked: false,
      subject: SubjectFinder.subject(in: text, before: index, after: end, unit: unit.range, classifier: true), per: nil,
      direction: nil, partOf: nil, placeholderIds: [], section: unit.section, span: text.span(index..<end))
  }

  /// The separators of a ratio: ∶ (U+2236, the ratio sign) and the colon (：folds to :).
  static let ratioSigns: Set<UInt32> = [0x2236, 0x3A]

  /// 三次产业比重为4.0∶37.7∶58.3: three or more numbers joined by ratio signs whose sum is 100
  /// are shares; they become a `ratio` metric for the whole series and one `%` metric per
  /// part, in that order (a ratio such as 2.50:1 is not a breakdown and gives nothing).
  private func ratioSeries(from first: NumberToken, unit: TextUnit) -> [Metric]? {
    let folded = text.folded
    let limit = unit.range.upperBound
    guard first.form == .arabic, first.range.upperBound < limit, Self.ratioSigns.contains(folded[first.range.upperBound]) else {
      return nil
    }
    let start = first.range.lowerBound
    if start > unit.range.lowerBound, Scalar.isDigit(folded[start - 1]) || Self.ratioSigns.contains(folded[start - 1]) {
      return nil
    }
    var parts = [first]
    var cursor = first.range.upperBound
    while cursor + 1 < limit, Self.ratioSigns.contains(folded[cursor]), Scalar.isDigit(folded[cursor + 1]) {
      let reading = NumeralReader.readArabic(folded, at: cursor + 1, limit: limit)
      parts.append(NumberToken(range: cursor + 1..<reading.end, form: .arabic, value: reading.value))
      cursor = reading.end
    }
    guard cursor >= limit || !(Scalar.isDigit(folded[cursor]) || folded[cursor] == Scalar.dot) else { return nil }
    // 城乡居民收入比2.50:1: one figure against one, a ratio with the first as its value.
    if parts.count == 2, parts[1].value == 1, let value = parts[0].value {
      // 收窄至2：1以内, 突破1：1: the bound words of any figure.
      var (textStart, end, comparator) = (start, cursor, Metric.Comparator?.none)
      if let (length, bound) = BoundWords.suffix(at: cursor, in: folded, limit: limit), let sign = bound.comparator {
        (comparator, end) = (sign, cursor + length)
      } else if let (length, bound) = BoundWords.prefix(endingAt: start, in: folded, limit: unit.range.lowerBound),
        let sign = bound.comparator
      {
        (comparator, textStart) = (sign, start - length)
      }
      let whole = textStart..<end
      return [
        Metric(
          id: "", kind: .ratio, text: text.string(whole), value: value, valueText: text.string(parts[0].range), unit: "ratio",
          normalizedValue: value, normalizedUnit: "ratio", approximate: false, comparator: comparator, range: nil, normalizedRange: nil,
          masked: false, subject: SubjectFinder.subject(in: text, before: start, after: cursor, unit: unit.range, classifier: false),
          per: nil, direction: nil, partOf: nil, placeholderIds: [], section: unit.section, span: text.span(whole))
      ]
    }
    // 10:30:15 is a time; a breakdown's shares add up to 100.
    guard parts.count >= 3 else { return nil }
    let sum = parts.reduce(0) { $0 + ($1.value ?? 0) }
    guard abs(sum - 100) <= 0.5 else { return nil }
    let whole = start..<cursor
    let subject = SubjectFinder.subject(in: text, before: start, after: cursor, unit: unit.range, classifier: false)
    var metrics = [
      Metric(
        id: "", kind: .ratio, text: text.string(whole), value: nil, valueText: text.string(whole), unit: "ratio",
        normalizedValue: nil, normalizedUnit: "ratio", approximate: false, comparator: nil, range: nil, normalizedRange: nil,
        masked: false, subject: subject, per: nil, direction: nil, partOf: nil, placeholderIds: [], section: unit.section,
        span: text.span(whole))
    ]
    for part in parts {
      metrics.append(
        Metric(
          id: "", kind: .quantity, text: text.string(part.range), value: part.value, valueText: text.string(part.range),
          unit: "%", normalizedValue: part.value, normalizedUnit: "%", approximate: false, comparator: nil, range: nil,
          normalizedRange: nil, masked: false, subject: subject, per: nil, direction: nil, partOf: nil, placeholderIds: [],
          section: unit.section, span: text.span(part.range)))
    }
    return metrics
  }

  /// 每年编辑出版4期 → 年: 每 and a period earlier in the same clause.
  private func ratePeriod(before start: Int, unit: Range<Int>) -> Metric.Per? {
    let folded = text.folded
    var index = start - 1
    while index >= unit.lowerBound, start - index <= 12, !Scalar.isClauseEnd(folded[index]) {
      if folded[index] == 0x6BCF,  // 每
        let length = MetricQualifiers.ratePeriods.longestMatch(in: folded, at: index + 1, limit: start)
      {
        return Metric.Per(rawValue: text.string(index + 1..<index + 1 + length))
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

  /// "分别增长5%、6.5%左右": a 左右 after the last item of a list is said of every item
  /// before it that has no qualifier of its own.
  private func shareApproximationAcrossLists(_ metrics: inout [Metric], from first: Int) {
    guard metrics.count - first >= 2 else { return }
    for index in stride(from: metrics.count - 2, through: first, by: -1) {
      let next = metrics[index + 1]
      guard next.approximate, !metrics[index].approximate, metrics[index].comparator == nil,
        metrics[index].range == nil, next.unit == metrics[index].unit,
        MetricQualifiers.approximateSuffix.longestMatch(
          in: text.folded, endingAt: next.span.end, limit: next.span.start) != nil
      else { continue }
      let between = metrics[index].span.end..<next.span.start
      if between.count <= 2, between.allSatisfy({ Self.listJoiners.contains(text.folded[$0]) }) {
        metrics[index].approximate = true
      }
    }
  }

  /// "分别突破1.5万亿元、1.4万亿元": a bound before the first item of a list that 分别 opens
  /// is said of every item after it that has no qualifier of its own.
  private func shareBoundAcrossLists(_ metrics: inout [Metric], from first: Int) {
    guard metrics.count - first >= 2 else { return }
    let folded = text.folded
    for index in first + 1..<metrics.count {
      let previous = metrics[index - 1]
      guard let comparator = previous.comparator, metrics[index].comparator == nil, !metrics[index].approximate,
        metrics[index].range == nil, previous.normalizedUnit == metrics[index].normalizedUnit
      else { continue }
      let between = previous.span.end..<metrics[index].span.start
      guard between.count <= 2, between.allSatisfy({ Self.listJoiners.contains(folded[$0]) }) else { continue }
      // The list opens with 分别 before its first item (the bound's own word between).
      var head = index - 1
      while head > first, metrics[head - 1].comparator == comparator,
        (metrics[head - 1].span.end..<metrics[head].span.start).allSatisfy({ Self.listJoiners.contains(folded[$0]) })
      {
        head -= 1
      }
      // 分别, 接连, 先后, 相继: each item has the bound.
      let opening = max(0, metrics[head].span.start - 2)..<metrics[head].span.start
      if opening.count == 2, Self.distributingWords.longestMatch(in: folded, at: opening.lowerBound, limit: opening.upperBound) == 2 {
        metrics[index].comparator = comparator
      }
    }
  }

  /// "分别惠及3500万、2300万人次": the unit written once after the last item is every item's;
  /// a bare count right before a list joiner takes the unit of the item after it when that
  /// unit opens with the count's magnitude (万 → 万人次). Walks back, so that a longer list
  /// passes the unit on to its first item.
  private func shareUnitBackAcrossLists(_ metrics: inout [Metric], from first: Int) {
    guard metrics.count - first >= 2 else { return }
    let folded = text.folded
    for index in stride(from: metrics.count - 2, through: first, by: -1) {
      let next = metrics[index + 1]
      guard metrics[index].kind == .count, next.kind == .quantity, next.unit.count > metrics[index].unit.count,
        next.unit.hasPrefix(metrics[index].unit), metrics[index].span.end <= next.span.start
      else { continue }
      let between = metrics[index].span.end..<next.span.start
      guard (1...2).contains(between.count), between.allSatisfy({ Self.listJoiners.contains(folded[$0]) }) else { continue }
      metrics[index].kind = .quantity
      metrics[index].unit = next.unit
      metrics[index].normalizedUnit = next.normalizedUnit
    }
  }

  /// Words before the first item of a list that say its verb of every item: 分别突破,
  /// 接连突破, 先后突破, 相继突破.
  static let distributingWords = WordTable(["分别", "接连", "先后", "相继"])

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

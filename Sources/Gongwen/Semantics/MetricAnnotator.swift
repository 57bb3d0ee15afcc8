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
    var walk = Walk()

    for index in metrics.indices {
      let start = metrics[index].span.start
      while passageIndex < passages.count, passages[passageIndex].range.upperBound <= start { passageIndex += 1 }
      guard passageIndex < passages.count, passages[passageIndex].range.contains(start) else { continue }
      let passage = passages[passageIndex]
      if current != passageIndex {
        current = passageIndex
        walk = Walk()
      }
      let place = Place(
        passage: passage, sentenceStart: sentenceStart(before: start, in: passage.range),
        clauseStart: clauseStart(before: start, in: passage.range),
        previousEnd: index > 0 && metrics[index - 1].span.end <= start ? metrics[index - 1].span.end : nil)
      walk.enter(place)

      var metric = metrics[index]
      metric.indicator = indicator(of: metric, at: index, in: metrics, place: place, walk: &walk)
      // Metrics may nest (a ratio series and its parts): only one ending before this one joins it.
      let joined = index > 0 && metrics[index - 1].span.end <= start && joinsList(metrics[index - 1].span.end..<start)
        && metrics[index - 1].normalizedUnit == metric.normalizedUnit
      walk.passed(metric, joinsTheListBefore: joined, place: place)
      time(of: &metric, place: place, listHead: walk.listHead)
      metrics[index] = metric
    }
  }

  // MARK: - Places

  static func endsSentence(_ value: UInt32) -> Bool { TimeContext.endsSentence(value) }

  static func endsClause(_ value: UInt32) -> Bool {
    endsSentence(value) || value == 0x2C || value == Scalar.semicolon || value == Scalar.colon
  }

  /// How far a sentence or clause is looked for around a figure: a sentence of official
  /// prose is far shorter, and the bound keeps a text without punctuation linear.
  static let maxSentence = 400
  static let maxClause = 120

  func sentenceStart(before position: Int, in range: Range<Int>) -> Int {
    let floor = max(range.lowerBound, position - Self.maxSentence)
    var index = position
    while index > floor, !Self.endsSentence(text.folded[index - 1]) { index -= 1 }
    return index
  }

  func clauseStart(before position: Int, in range: Range<Int>) -> Int {
    let floor = max(range.lowerBound, position - Self.maxClause)
    var index = position
    while index > floor, !Self.endsClause(text.folded[index - 1]) { index -= 1 }
    return index
  }

  func clauseEnd(after position: Int, in range: Range<Int>) -> Int {
    let ceiling = min(range.upperBound, position + Self.maxClause)
    var index = position
    while index < ceiling, !Self.endsClause(text.folded[index]) { index += 1 }
    return index
  }

  /// Where a figure stands: its paragraph, and where its sentence and its clause start.
  struct Place {
    var passage: TimeContext.Passage
    var sentenceStart: Int
    var clauseStart: Int
    /// The end of the figure before, when it ends before this one starts (figures may nest).
    var previousEnd: Int?
  }

  /// What the walk over a paragraph's figures remembers from one figure to the next.
  struct Walk {
    /// The indicator families of the clauses before, in the current sentence.
    var sentenceFamilies: [(family: Int, sentenceStart: Int, clauseStart: Int)] = []
    var previousInClause: (end: Int, clauseStart: Int, hadIndicator: Bool)?
    /// Where the list a figure belongs to starts ("分别达56.2%、34.7%"): the words before its
    /// first item are said of every item.
    var listHead = 0

    /// Forgets what belongs to another sentence or clause than `place`'s.
    mutating func enter(_ place: Place) {
      if let last = sentenceFamilies.last, last.sentenceStart != place.sentenceStart { sentenceFamilies = [] }
      if let previous = previousInClause, previous.clauseStart != place.clauseStart { previousInClause = nil }
    }

    /// Remembers `metric`, and whether it goes on the list of the figure before it (a list
    /// joiner between them, the same unit, and the list's head in this clause).
    mutating func passed(_ metric: Metric, joinsTheListBefore joined: Bool, place: Place) {
      previousInClause = (metric.span.end, place.clauseStart, metric.indicator != nil)
      if !joined || listHead < place.clauseStart { listHead = metric.span.start }
    }
  }
}

/// The time each paragraph of a document speaks of: the time that opens its sentence or one
/// before it in the same part ("2025年，…", "过去五年，…"), else the time the nearest heading
/// above it names ("2025年工作回顾"), read against the document's own year.
///
/// Shared by ``MetricAnnotator`` (a figure's year and status) and ``RelativeDateResolver``
/// (the year of 上半年, 年底, 全年). Runs on the logical text, after the tree has its roles.
struct TimeContext {
  /// A paragraph with what its place in the tree says about time.
  struct Passage {
    var range: Range<Int>
    /// The time the nearest heading above it names, with that heading's role.
    var headingScope: TimeScope?
    /// The span of years the nearest heading above that names one speaks of ("2025年和“十四五”
    /// 时期工作回顾": 2021–2025): what an average (年均) in it is over.
    var headingSpan: TimeScope? = nil
    var role: SectionRole?
    /// The top-level section (or attachment) it belongs to: the time a paragraph opens with
    /// holds for the paragraphs after it in the same part ("五年来，…" then "就业形势保持稳定。…").
    var part: Int
    /// Its section, numbered in document order, and the end of that section's subtree: a time
    /// holds for the paragraphs of its own section and of the sections under it, not for a
    /// sibling's ("一年来，我们大力发展公益性文化事业" in （五） of a plan part says nothing of （六）).
    var section: Int
    var sectionEnd: Int
  }

  /// The year the document speaks in (``ReferenceYear``): what its 今年 means.
  let reference: Int?
  /// Every paragraph of the document and its attachments, in text order.
  let passages: [Passage]
  /// The times that open sentences, in text order, with the part of their paragraph.
  private let topics: [Topic]

  private struct Topic {
    var start: Int
    var part: Int
    var sections: Range<Int>
    var scope: TimeScope
  }

  init(text: SourceText, outline: Outline, reference: Int?) {
    self.reference = reference
    let passages = Self.passages(of: outline, reference: reference)
    self.passages = passages
    var topics: [Topic] = []
    for passage in passages {
      for (start, scope, end) in Self.topics(in: passage.range, text: text.folded, reference: reference) {
        // "五年来，…" then "2025年四大主导产业占GDP比重较2020年提高约14个百分点。": a sentence
        // that sets the span's last year against the year before it speaks of the span, which
        // goes on for the sentences after it.
        if let last = topics.last, last.part == passage.part, case .span(let first, let final) = last.scope,
          case .year(final) = scope, Self.compares(with: first - 1, in: text.folded, from: start, limit: end)
        {
          continue
        }
        topics.append(Topic(start: start, part: passage.part, sections: passage.section..<passage.sectionEnd, scope: scope))
      }
    }
    self.topics = topics
  }

  /// The index of the passage that holds `position`, if any.
  func passage(containing position: Int) -> Int? {
    var low = 0
    var high = passages.count
    while low < high {
      let middle = (low + high) / 2
      if passages[middle].range.lowerBound <= position { low = middle + 1 } else { high = middle }
    }
    guard low > 0, passages[low - 1].range.contains(position) else { return nil }
    return low - 1
  }

  /// The time of the last sentence opening at or before `position` in the same part as
  /// `passage`: the topic a figure or a date falls under.
  func topic(before position: Int, in passage: Passage) -> TimeScope? {
    topicAndStart(before: position, in: passage)?.scope
  }

  /// ``topic(before:in:)`` with where the sentence that opens it starts.
  func topicAndStart(before position: Int, in passage: Passage) -> (scope: TimeScope, start: Int)? {
    var low = 0
    var high = topics.count
    while low < high {
      let middle = (low + high) / 2
      if topics[middle].start <= position { low = middle + 1 } else { high = middle }
    }
    // The nearest topic of this section or of one above it: a few siblings' topics may stand
    // between (bounded, so that a text of many small sections stays linear).
    var index = low - 1
    while index >= 0, low - index <= Self.maxSiblingTopics, topics[index].part == passage.part {
      if topics[index].sections.contains(passage.section) { return (topics[index].scope, topics[index].start) }
      index -= 1
    }
    return nil
  }

  /// How many topics of other sections are stepped over looking for one above a paragraph.
  static let maxSiblingTopics = 32

  /// The time the text at `position` speaks of: its sentence's topic, else its heading's.
  func scope(at position: Int) -> TimeScope? {
    guard let index = passage(containing: position) else { return nil }
    return topic(before: position, in: passages[index]) ?? passages[index].headingScope
  }

  /// The times that open the sentences in `range`, in order.
  private static func topics(in range: Range<Int>, text folded: [UInt32], reference: Int?) -> [(Int, TimeScope, Int)] {
    var topics: [(Int, TimeScope, Int)] = []
    var start = range.lowerBound
    var index = range.lowerBound
    while index <= range.upperBound {
      if index == range.upperBound || endsSentence(folded[index]) {
        if let scope = TimeScope.topic(in: folded, at: start, limit: index, reference: reference)
          ?? secondClauseTopic(in: folded, from: start, limit: index, reference: reference)
        {
          topics.append((start, scope, index))
        }
        start = index + 1
      }
      index += 1
    }
    return topics
  }

  /// Whether the sentence in `start..<limit` compares with `year` (较2020年, 比2020年).
  private static func compares(with year: Int, in folded: [UInt32], from start: Int, limit: Int) -> Bool {
    var index = start
    while index + 1 < limit {
      if MetricTimeWords.comparisonWords.contains(folded[index]),
        let (compared, _) = TimeScope.year(folded, at: index + 1, limit: limit), compared == year
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// The time that makes a sentence's whole second clause after a short first one: "在敎育
  /// 工作方面，在一九五三年，全國已有…" (``TimeScope/timeClause(_:from:to:)``). Only years: a
  /// plan period or a relative word there ("…，“十四五”时期…") is not the sentence's time,
  /// unless 以 makes the period the one a reckoning covers ("但是，以第一个五年计划期间的…计算").
  private static func secondClauseTopic(in folded: [UInt32], from start: Int, limit: Int, reference: Int?) -> TimeScope? {
    var index = start
    while index < min(limit, start + maxLeadingClause) {
      if folded[index] == 0x2C {  // ,
        var end = index + 1
        while end < limit, folded[end] != 0x2C { end += 1 }
        guard end < limit else { return nil }
        // "但是，以第一个五年计划期间的总投资额计算，…": the period a reckoning covers.
        if folded[index + 1] == 0x4EE5, let plan = TimeScope.planPeriod(folded, at: index + 2, limit: end) { return plan }  // 以
        return TimeScope.timeClause(folded, from: index + 1, to: end)
      }
      index += 1
    }
    return nil
  }

  /// The longest first clause before a second one that may open with the sentence's time.
  static let maxLeadingClause = 16

  /// How far back a sentence is looked at: a sentence of official prose is far shorter.
  static let maxSentence = 400

  static func endsSentence(_ value: UInt32) -> Bool {
    value == Scalar.ideographicFullStop || value == 0x21 || value == 0x3F
  }

  /// Every paragraph of the document and its attachments, in text order, with the time and
  /// role of the nearest heading above it that names one.
  private static func passages(of outline: Outline, reference: Int?) -> [Passage] {
    var passages: [Passage] = []
    var part = 0
    // Sections are numbered in document order; a preamble counts as a section above the
    // sections after it, so that an attachment's opening time holds for its body.
    var sectionCount = 0
    var sectionEnds: [Int] = []
    func openSection() -> Int {
      sectionEnds.append(0)
      sectionCount += 1
      return sectionCount - 1
    }
    func add(_ paragraphs: [Paragraph], scope: TimeScope?, span: TimeScope?, role: SectionRole?, section: Int) {
      for paragraph in paragraphs {
        passages.append(
          Passage(
            range: paragraph.span.start..<paragraph.span.end, headingScope: scope, headingSpan: span, role: role,
            part: part, section: section, sectionEnd: section + 1))
      }
    }
    func visit(_ sections: [Section], scope: TimeScope?, span: TimeScope? = nil, role: SectionRole?, top: Bool = false) {
      for section in sections {
        if top { part += 1 }
        let index = openSection()
        let own = section.title.flatMap { TimeScope.heading($0.foldedScalars, reference: reference) }
        let span = section.title.flatMap { TimeScope.headingSpan($0.foldedScalars, reference: reference) } ?? span
        // Roles are already turned to the side of the document's year a heading's time is on
        // (`SectionRoleClassifier.orient`).
        let role = section.role == .other || section.role == .measures ? role : section.role
        add(section.paragraphs, scope: own ?? scope, span: span, role: role, section: index)
        visit(section.children, scope: own ?? scope, span: span, role: role)
        sectionEnds[index] = sectionCount
      }
    }
    let preamble = openSection()
    add(outline.preamble, scope: nil, span: nil, role: nil, section: preamble)
    visit(outline.sections, scope: nil, role: nil, top: true)
    sectionEnds[preamble] = sectionCount
    for attachment in outline.attachments {
      part += 1
      let preamble = openSection()
      add(attachment.preamble, scope: nil, span: nil, role: nil, section: preamble)
      visit(attachment.sections, scope: nil, role: nil, top: true)
      sectionEnds[preamble] = sectionCount
    }
    for index in passages.indices { passages[index].sectionEnd = sectionEnds[passages[index].section] }
    return passages.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}

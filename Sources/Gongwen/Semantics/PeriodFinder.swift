/// Finds the period a report covers from the places where reports state it: the title
/// (X县委办公室2021年工作要点), the top-level headings (2021年工作成效, 下半年工作计划) and
/// the head of the opening paragraphs (2021年，我办…; ****年上半年，在…).
///
/// Each statement looks back or ahead by where it stands — a heading by its section's role,
/// the title by its cue words — and the document's kind decides which one is the period:
/// a plan's is the period planned, any other report's the period reviewed, with the planned
/// one beside it in ``Period/plan``.
struct PeriodFinder {
  let text: SourceText

  private enum Orientation { case back, ahead, neutral }

  func period(of outline: Outline, kind: DocumentKind, titleRange: Range<Int>?) -> Period? {
    var mentions: [(mention: PeriodMention, orientation: Orientation)] = []
    if let range = titleRange,
      let mention = PeriodMention.first(in: text, range: range, leading: false)
    {
      mentions.append((mention, orientation(ofTitle: range)))
    }
    if let opening = outline.preamble.first,
      let mention = PeriodMention.first(in: text, range: opening.span.start..<opening.span.end, leading: true)
    {
      mentions.append((mention, .neutral))
    }
    for section in DocumentKindClassifier.parts(of: outline.sections) {
      let orientation = orientation(of: section.role)
      let heading = headingRange(section)
      if let mention = PeriodMention.first(in: text, range: heading, leading: false) {
        mentions.append((mention, orientation))
      }
      if let opening = section.paragraphs.first,
        let mention = PeriodMention.first(in: text, range: opening.span.start..<opening.span.end, leading: true)
      {
        mentions.append((mention, orientation))
      }
    }

    let back = mentions.filter { $0.orientation == .back }.map(\.mention)
    let ahead = mentions.filter { $0.orientation == .ahead }.map(\.mention)
    let neutral = mentions.filter { $0.orientation == .neutral }.map(\.mention)
    if kind == .plan { return merge(ahead + neutral + back, base: nil).map(\.period) }
    guard let covered = merge(back + neutral, base: nil) else { return merge(ahead, base: nil).map(\.period) }
    var period = covered.period
    if let planned = merge(ahead, base: covered), planned != covered {
      period.plan = PlannedPeriod(year: planned.year, part: planned.part, masked: planned.masked)
    }
    return period
  }

  private struct Resolved: Equatable {
    var year: Int?
    var part: PeriodPart
    var masked: Bool

    var period: Period { Period(year: year, part: part, masked: masked) }
  }

  /// One period from mentions in order of trust: the first year stated and the first part
  /// stated. A relative year (明年) counts from `base`; a part with no year of its own
  /// (下半年) is in `base`'s year.
  /// Mentions that give neither a year nor a part of one (今年 with no year known) make no
  /// period.
  private func merge(_ mentions: [PeriodMention], base: Resolved?) -> Resolved? {
    guard let resolved = resolve(mentions, base: base),
      resolved.year != nil || resolved.masked || resolved.part != .full
    else { return nil }
    return resolved
  }

  private func resolve(_ mentions: [PeriodMention], base: Resolved?) -> Resolved? {
    guard !mentions.isEmpty else { return nil }
    let dated = mentions.first { $0.hasYear }
    var year = dated?.year
    var masked = dated?.masked ?? false
    if let dated, let ahead = dated.yearsAhead {
      year = base?.year.map { $0 + ahead }
      masked = base?.masked ?? false
    } else if dated == nil {
      year = base?.year
      masked = base?.masked ?? false
    }
    let part = mentions.first { $0.part != nil && ($0.hasYear == false || $0 == dated) }?.part ?? .full
    return Resolved(year: year, part: part, masked: masked)
  }

  private func orientation(of role: SectionRole) -> Orientation {
    switch role {
    case .achievements, .problems: .back
    case .plan: .ahead
    case .measures, .other: .neutral
    }
  }

  private func orientation(ofTitle range: Range<Int>) -> Orientation {
    if DocumentKindRules.planTitleCues.occurs(in: text.folded, range: range) { return .ahead }
    if DocumentKindRules.summaryTitleCues.occurs(in: text.folded, range: range) { return .back }
    return .neutral
  }

  /// The heading line's text from the section's marker to the end of its title.
  private func headingRange(_ section: Section) -> Range<Int> {
    let start = section.span.start
    let length = section.marker.unicodeScalars.count + (section.title?.unicodeScalars.count ?? 0) + 2
    return start..<min(section.span.end, start + length)
  }
}

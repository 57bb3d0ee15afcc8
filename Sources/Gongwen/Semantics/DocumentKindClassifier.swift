/// Tells a report's genre from its framing, title, section roles and preamble, in that order:
/// the first tier that speaks decides.
///
/// 1. A speech has a salutation (同志们：), a closing formula (谢谢大家！) or a speaker's
///    announcement in its opening paragraph (下面，我讲三点意见). Speeches often review and
///    plan too (seed 002); the delivery decides.
/// 2. The title: 总结 looks back, 要点 / 计划 looks ahead, both make it mixed.
/// 3. The roles of the top-level sections: achievements or problems look back, plan looks
///    ahead (seed 000: 2021年工作成效 + 2022年工作计划 → mixed).
/// 4. The preamble: 现将…总结如下, 圆满完成 look back; 总的工作要求是 looks ahead.
struct DocumentKindClassifier {
  let text: SourceText

  func kind(of outline: Outline, titleRange: Range<Int>?) -> DocumentKind {
    if outline.salutation != nil || outline.closing != nil || opensAsSpeech(outline) { return .speech }
    if let title = titleRange,
      let kind = Self.kind(
        lookingBack: DocumentKindRules.summaryTitleCues.occurs(in: text.folded, range: title),
        lookingAhead: DocumentKindRules.planTitleCues.occurs(in: text.folded, range: title))
    {
      return kind
    }
    let roles = Set(Self.parts(of: outline.sections).map(\.role))
    if let kind = Self.kind(
      lookingBack: roles.contains(.achievements) || roles.contains(.problems), lookingAhead: roles.contains(.plan))
    {
      return kind
    }
    let preamble = outline.preamble.map { $0.span.start..<$0.span.end }
    let back = preamble.contains { DocumentKindRules.summaryPreambleCues.occurs(in: text.folded, range: $0) }
    let ahead = preamble.contains { DocumentKindRules.planPreambleCues.occurs(in: text.folded, range: $0) }
    return Self.kind(lookingBack: back, lookingAhead: ahead) ?? .unknown
  }

  private static func kind(lookingBack: Bool, lookingAhead: Bool) -> DocumentKind? {
    switch (lookingBack, lookingAhead) {
    case (true, true): .mixed
    case (true, false): .summary
    case (false, true): .plan
    case (false, false): nil
    }
  }

  private func opensAsSpeech(_ outline: Outline) -> Bool {
    guard let first = outline.preamble.first ?? outline.sections.first?.paragraphs.first else { return false }
    return DocumentKindRules.speechCues.occurs(in: text.folded, range: first.span.start..<first.span.end)
  }

  /// The sections that carry a report's own top-level parts: the top level, and the level
  /// below an unnumbered part heading with no role of its own that only groups them.
  /// Lazy: a copy of every top-level section would double the tree of a text made of
  /// headings.
  static func parts(of sections: [Section]) -> some Sequence<Section> {
    sections.lazy.flatMap { section in
      section.style == .part && section.role == .other ? [section] + section.children : [section]
    }
  }
}

/// The year a document speaks in: what its 今年 means.
///
/// In order of trust: the date of its dateline (a report delivered on 2026-01-27) or of its
/// signing; the year its plan part is for (2022年工作计划 beside 2021年工作总结); for a
/// report, the year after the last year it reviews at the head of a sentence ("2012年，…" in
/// a report with no dateline); else the period it covers.
enum ReferenceYear {
  static func of(_ outline: Outline, text: SourceText) -> Int? {
    if let year = leadingYear(outline.dateline?.date) ?? leadingYear(outline.signingDate?.value) { return year }
    if let year = outline.period?.plan?.year { return year }
    if outline.docType == .report {
      // A report speaks in the year after the last it reviews, or in the latest year its
      // parts are headed with (一、１９５５年国家决算 二、１９５６年的国家预算: 1956).
      let candidates = [lastReviewedYear(outline, text: text).map { $0 + 1 }, latestHeadingYear(outline)]
      if let year = candidates.compactMap({ $0 }).max() { return year }
      // A report with no heading and no dateline (the 1954 report) speaks in the latest year
      // whose months it names: 一九五四年九月 is when it was written, or just before.
      if outline.period == nil, let year = latestYearWithAMonth(text.folded) { return year }
    }
    return outline.period?.year
  }

  /// The latest year written with a month after it (2012年10月, 一九五四年九月).
  static func latestYearWithAMonth(_ folded: [UInt32]) -> Int? {
    var latest: Int?
    var index = 0
    while index < folded.count {
      guard Scalar.isDigit(folded[index]) || ChineseNumeral.digit(folded[index]) != nil,
        let (year, end) = TimeScope.year(folded, at: index, limit: folded.count)
      else {
        index += 1
        continue
      }
      var cursor = end
      while cursor < min(folded.count, end + 2),
        Scalar.isDigit(folded[cursor]) || ChineseNumeral.digit(folded[cursor]) != nil || folded[cursor] == 0x5341  // 十
      {
        cursor += 1
      }
      if cursor > end, cursor < folded.count, folded[cursor] == 0x6708 { latest = max(latest ?? year, year) }  // 月
      index = max(index + 1, end)
    }
    return latest
  }

  private static func leadingYear(_ iso: String?) -> Int? {
    guard let iso, iso.count >= 4 else { return nil }
    return Int(iso.prefix(4))
  }

  /// The latest year the top-level headings name.
  private static func latestHeadingYear(_ outline: Outline) -> Int? {
    outline.sections.compactMap { section -> Int? in
      guard case .year(let year)? = section.title.flatMap({ TimeScope.heading($0.foldedScalars, reference: nil) }) else {
        return nil
      }
      return year
    }.max()
  }

  /// The latest year that opens a sentence in the sections that review ("2012年，在世界…").
  private static func lastReviewedYear(_ outline: Outline, text: SourceText) -> Int? {
    var latest: Int?
    func visit(_ sections: [Section]) {
      for section in sections {
        if section.role == .achievements {
          for paragraph in section.paragraphs {
            for sentence in paragraph.sentences {
              if case .year(let year)? = TimeScope.topic(
                in: text.folded, at: sentence.start, limit: min(sentence.end, text.count), reference: nil, strict: true)
              {
                latest = max(latest ?? year, year)
              }
            }
          }
        }
        visit(section.children)
      }
    }
    visit(outline.sections)
    return latest
  }
}

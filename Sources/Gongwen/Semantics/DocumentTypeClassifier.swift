/// Tells what a document is (``DocumentType``) from, in this order:
///
/// 1. the last word of its title (`DocumentTypeWords`), trailing brackets dropped (（试行）,
///    （2021—2025年）) and words inside 《》 skipped: 关于印发《XX办法》的通知 is a notice,
///    关于2021年工作总结的报告 a report; when the title coordinates two types
///    (2021年工作总结和2022年工作计划) the first is the document's;
/// 2. the last word of its dateline (——在中国共产党第二十次全国代表大会上的报告);
/// 3. the framing: an opening sentence in which the speaker presents a report (我代表国务院向
///    大会作政府工作报告) makes a report;
/// 4. the genre (``DocumentKind``): speech, summary (also a summary followed by a plan, the
///    usual 工作总结), plan; otherwise `article` for any other text, `unknown` for none.
struct DocumentTypeClassifier {
  let text: SourceText

  func type(of outline: Outline, title: [Range<Int>], dateline: [Range<Int>]) -> DocumentType {
    if let type = Self.type(named: folded(title)) { return type }
    if let type = Self.type(named: folded(dateline)) { return type }
    if announcesReport(outline) { return .report }
    switch outline.kind {
    case .speech: return .speech
    case .summary, .mixed: return .summary
    case .plan: return .plan
    case .unknown:
      return title.isEmpty && outline.preamble.isEmpty && outline.sections.isEmpty ? .unknown : .article
    }
  }

  private func folded(_ ranges: [Range<Int>]) -> [UInt32] {
    ranges.flatMap { text.folded[$0] }
  }

  /// The type a title (folded) names by its last word, or `nil`.
  static func type(named title: [UInt32]) -> DocumentType? {
    var end = title.count
    // Trailing spaces and brackets: （试行）, （摘要）, 【2021】.
    while end > 0 {
      let last = title[end - 1]
      if Scalar.isSpace(last) {
        end -= 1
      } else if Scalar.bracketStep(last) == -1, last != Scalar.rightTitle, last != Scalar.rightDoubleQuote {
        var depth = 0
        var cursor = end - 1
        while cursor >= 0 {
          depth -= Scalar.bracketStep(title[cursor])
          if depth == 0 { break }
          cursor -= 1
        }
        guard cursor > 0 else { return nil }
        end = cursor
      } else {
        break
      }
    }
    guard end > 0, let length = DocumentTypeWords.table.longestMatch(in: title, endingAt: end, limit: 0),
      let last = DocumentTypeWords.types[Array(title[end - length..<end])]
    else { return nil }
    return coordinatedType(in: title, before: end - length) ?? last
  }

  /// The first of two coordinated types ("…工作总结和2022年工作计划"): a type word outside 《》
  /// followed by a conjunction, with no 的 between the conjunction and the title's last word
  /// (in "关于做好总结和计划编制工作的通知" the 和 is inside the notice's object).
  private static func coordinatedType(in title: [UInt32], before lastStart: Int) -> DocumentType? {
    var depth = 0
    var lastDe: Int?
    for index in 0..<lastStart where title[index] == 0x7684 { lastDe = index }  // 的
    for index in 0..<lastStart {
      let step = Scalar.bracketStep(title[index])
      depth += step
      guard depth == 0, step == 0,
        let length = DocumentTypeWords.table.longestMatch(in: title, at: index, limit: lastStart)
      else { continue }
      let after = index + length
      guard after < lastStart, DocumentTypeWords.conjunctions.longestMatch(in: title, at: after, limit: lastStart) != nil,
        lastDe.map({ $0 < after }) ?? true
      else { continue }
      return DocumentTypeWords.types[Array(title[index..<after])]
    }
    return nil
  }

  /// How far into the opening the presenting sentence may stand: the 1954 report's opening
  /// sentence runs over five short lines before 我代表中央人民政府作工作報告.
  static let openingLength = 400

  /// Whether an opening sentence presents a report: 我代表 … 报告 in one sentence of the
  /// paragraphs that start within ``openingLength`` scalars of the opening.
  func announcesReport(_ outline: Outline) -> Bool {
    let paragraphs = outline.preamble.isEmpty ? Array(outline.sections.first?.paragraphs.prefix(1) ?? []) : outline.preamble
    guard let opening = paragraphs.first?.span.start else { return false }
    for paragraph in paragraphs.prefix(8) where paragraph.span.start - opening <= Self.openingLength {
      var announced = false
      for index in paragraph.span.start..<paragraph.span.end {
        let value = text.folded[index]
        if value == Scalar.ideographicFullStop || value == 0x21 || value == 0x3F {
          announced = false
          continue
        }
        if !announced,
          DocumentTypeWords.reportAnnouncer.longestMatch(in: text.folded, at: index, limit: paragraph.span.end) != nil
        {
          announced = true
        } else if announced,
          DocumentTypeWords.reportWord.longestMatch(in: text.folded, at: index, limit: paragraph.span.end) != nil
        {
          return true
        }
      }
    }
    return false
  }
}

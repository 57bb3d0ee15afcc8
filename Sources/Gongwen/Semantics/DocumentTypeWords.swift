/// The words that name a document's type (``DocumentType``) at the end of its title or of its
/// dateline. Docs/FrontMatter.md lists them; the longest word that ends the title wins
/// (讲话稿 before 稿, 复函 before 函).
enum DocumentTypeWords {
  static let words: [(word: String, type: DocumentType)] = [
    ("报告", .report), ("報告", .report), ("工作报告", .report), ("汇报", .report), ("匯報", .report),
    ("总结", .summary), ("總結", .summary),
    ("计划", .plan), ("計劃", .plan), ("要点", .plan), ("要點", .plan), ("方案", .plan), ("规划", .plan),
    ("纲要", .plan), ("工作安排", .plan), ("工作打算", .plan), ("工作思路", .plan),
    ("讲话", .speech), ("講話", .speech), ("讲话稿", .speech), ("讲话提纲", .speech), ("致辞", .speech),
    ("致词", .speech), ("发言", .speech), ("发言稿", .speech), ("演讲", .speech), ("主持词", .speech),
    ("意见", .opinion), ("意見", .opinion),
    ("通知", .notice), ("通报", .notice), ("公告", .notice), ("通告", .notice),
    ("办法", .measures), ("规定", .measures), ("细则", .measures), ("条例", .measures), ("章程", .measures),
    ("准则", .measures), ("规则", .measures),
    ("决议", .resolution), ("決議", .resolution), ("决定", .resolution), ("決定", .resolution),
    ("请示", .request),
    ("批复", .reply),
    ("函", .letter), ("复函", .letter),
    ("纪要", .minutes),
  ]

  /// Conjunctions that coordinate two types in one title: in "2021年工作总结和2022年工作计划"
  /// the first type is the document's.
  static let conjunctions = WordTable(["和", "及", "暨", "与", "以及", "并"])

  static let table = WordTable(words.map(\.word))
  static let types: [[UInt32]: DocumentType] = Dictionary(
    words.map { ($0.word.foldedScalars, $0.type) }, uniquingKeysWith: { first, _ in first })

  /// Cues in the opening of a title-less text that announce a report rather than a talk:
  /// "我代表国务院向大会作政府工作报告", "我代表中央人民政府作工作報告": 我代表, and 报告 later
  /// in the same sentence.
  static let reportAnnouncer = WordTable(["我代表", "我們代表", "我们代表"])
  static let reportWord = WordTable(["报告", "報告"])
}

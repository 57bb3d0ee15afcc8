/// Word tables for statutes (办法, 规定, 条例, 细则, 章程, 准则): what may follow 第X条 at a
/// line start for it to open an article, and what may not follow 第X节. Docs/Statutes.md
/// lists them with examples.
enum StatuteWords {
  /// After 第X条, these continue a citation ("第十条规定的", "第十条所称", "第十条第二款",
  /// "第十条至第十五条", "第一条是…") rather than open the article's text.
  static let citationContinuations: Set<UInt32> = Set("规所的之中第至到和及或与款项等是也".unicodeScalars.map(\.value))

  /// After 第X节, these make a word (第一节课, 第三节车厢), not a division.
  static let notAfterDivision: Set<UInt32> = Set("课车".unicodeScalars.map(\.value))

  /// An article's title in brackets after its number: 第一条【目的】, 第一条[目的], 第一条（目的）.
  static let titleBrackets: [(open: UInt32, close: UInt32)] = [
    (0x3010, 0x3011),  // 【】
    (0x5B, 0x5D),  // [] (［］ folded)
    (Scalar.openParen, Scalar.closeParen),  // （） folded
  ]
  /// A bracketed article title is at most this long ("【立法目的】").
  static let maxBracketedTitle = 16
  /// An article whose whole text is this short and has no punctuation ("第一条　目的", alone
  /// on its line, its text on the next) has that text as its title.
  static let maxBareTitle = 10

  /// Whether the text after 第X条 (from `index`) opens the article: the end of the line, a
  /// space, a colon or an opening bracket, or an ideograph that does not continue a citation
  /// ("第一条为规范…" set without its space).
  static func opensArticle(_ text: [UInt32], after index: Int, end: Int) -> Bool {
    guard index < end else { return true }
    let value = text[index]
    if Scalar.isSpace(value) || value == Scalar.colon { return true }
    if titleBrackets.contains(where: { $0.open == value }) { return true }
    return Scalar.isIdeograph(value) && !citationContinuations.contains(value)
  }
}

/// Cues that the text after a heading marker is a running sentence, not a title: the numbered
/// points of older reports ("（二）在提高单位面积产量的同时，…增加。", "（７）为了保证…，必须大力
/// 开展扫除文盲的运动。"). Docs/HeadingTitles.md ("Titles and running sentences") gives the rule
/// and the near-misses it keeps as titles.
enum HeadingSentenceWords {
  /// Words that open an adverbial clause: a first clause (before the first ，) that starts with
  /// one of them is the lead of a sentence ("为了保证…，必须…"). Not 以, 按照, 围绕, 根据:
  /// titles open with them ("以保障和改善民生为重点，全面提高…", "围绕政令畅通，切实提升…").
  static let clauseOpeners: [[UInt32]] = ["为了", "由于", "随着", "如果", "只要", "只有", "鉴于", "虽然", "尽管"]
    .map { $0.unicodeScalars.map(\.value) }

  /// 在 opens a sentence's adverbial when its first clause ends in one of these ("在…的同时，",
  /// "在国家的辅导下，", "在…新生中，"); "在新征程上，奋力…" and "在实施…上奋起直追" stay
  /// titles.
  static let locativeEnds: [[UInt32]] = ["同时", "下", "中", "时", "后", "以后", "之后", "以前", "期间"]
    .map { $0.unicodeScalars.map(\.value) }

  /// Modal and aspect words of a statement with its subject ("工农速成中学准备分别改为…",
  /// "…，应当有计划地安排时间"): a heading's title is a verb phrase without them.
  static let statementWords: [[UInt32]] = ["必须", "应当", "应该", "可以", "准备", "已经"]
    .map { $0.unicodeScalars.map(\.value) }

  /// A heading whose whole text is one sentence longer than this is a numbered sentence
  /// ("（４）工农速成中学准备…入学。", 79 characters); real titles that end in 。 run to about 46
  /// ("（四）推动供需高水平动态适配，在建设强大国内市场中努力扩大…的投资。").
  static let maxSentenceTitleLength = 50

  static let zai: UInt32 = 0x5728  // 在

  /// Whether `range` (a heading's text up to its first sentence end) reads as a running
  /// sentence; `standsAlone` when nothing follows it on the line.
  static func isRunningSentence(_ text: [UInt32], _ range: Range<Int>, standsAlone: Bool) -> Bool {
    if standsAlone, range.count > maxSentenceTitleLength { return true }
    // The first clause, up to the first comma outside quotes and brackets.
    var depth = 0
    var clauseEnd: Int?
    for index in range {
      let value = text[index]
      let step = Scalar.bracketStep(value)
      if step != 0 {
        depth = max(0, depth + step)
        continue
      }
      guard depth == 0 else { continue }
      if value == 0x2C, clauseEnd == nil { clauseEnd = index }
      if statementWords.contains(where: { matches($0, text, at: index, limit: range.upperBound) }) { return true }
    }
    guard let clauseEnd else { return false }
    let clause = range.lowerBound..<clauseEnd
    if clauseOpeners.contains(where: { matches($0, text, at: clause.lowerBound, limit: clause.upperBound) }) {
      return true
    }
    if text[clause.lowerBound] == zai {
      return locativeEnds.contains { word in
        clause.count > word.count && matches(word, text, at: clause.upperBound - word.count, limit: clause.upperBound)
      }
    }
    return false
  }

  @inline(__always)
  static func matches(_ word: [UInt32], _ text: [UInt32], at index: Int, limit: Int) -> Bool {
    guard index + word.count <= limit else { return false }
    for offset in word.indices where text[index + offset] != word[offset] { return false }
    return true
  }
}

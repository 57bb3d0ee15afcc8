/// Where a heading's title ends when the body runs on in the same line.
///
/// A report kept on one line (speech collections, scrapes) loses the line break after each
/// heading, so "一、2025年工作回顾" and its first paragraph become
/// "一、2025年工作回顾2025年是“十四五”收官之年…". Given the text after the marker, this finds
/// the end of the title from cues, in this order of trust:
///
/// 1. a cut with a strong sign that a sentence starts after it: a following heading marker
///    ("（一）", "1."), an enumeration ("一是", "第一，"), a year or time word opening a
///    sentence ("2021年，", "今年是", "当前，"), a run of spaces, a word doubled across the
///    cut ("推动高质量发展|高质量发展是");
/// 2. a cut after a noun that closes titles (工作, 回顾, 问题 …) joined by a weaker sign: a
///    sentence-opening verb or subject, an opening quote, a title word repeated;
/// 3. the first 。！？；： outside brackets, for titles closed by punctuation
///    ("明职责。严格按照…"), when it comes soon enough for a title;
/// 4. otherwise no title: a missing title is far better than sixty characters of body.
///
/// Only about ``window`` scalars after `start` are read, however long the line. The word
/// tables are in ``HeadingTitleWords`` and `Docs/HeadingTitles.md`.
enum RunInHeadingTitle {
  /// A title is at least this long: one scalar is a stray character, not a title.
  static let minTitleLength = 2
  /// The longest title accepted, cut by cues or closed by punctuation. Titles of one VO
  /// phrase run about 4–20 scalars; two phrases joined by a comma reach about 38.
  static let maxTitleLength = 40
  /// How far past `start` the rule looks.
  static let window = 60
  /// The score at which a candidate cut is taken (see `score`).
  static let cutScore = 3
  /// The score of a sign that needs no other support.
  static let strongScore = 4

  /// The exclusive end of the heading's title in `text`, or nil when no cut is credible.
  ///
  /// - Parameters:
  ///   - text: The folded text (``FullwidthFolding``): "，" is ",", "（" is "(", "：" is ":".
  ///   - start: The first scalar after the marker and its separator.
  ///   - limit: The end of the logical line; only the first ``window`` scalars are read.
  /// - Returns: An offset in `start + minTitleLength ... start + maxTitleLength` (the
  ///   terminator's offset when punctuation closes the title), or `limit` when the rest of
  ///   a short line is the title, or nil.
  static func titleEnd(_ text: [UInt32], from start: Int, limit: Int) -> Int? {
    let limit = min(limit, text.count)
    guard start >= 0, limit - start >= minTitleLength else { return nil }
    let end = min(limit, start + window)
    let terminator = InlineHeadingSplitter.firstTerminator(text, start..<end)
    let searchEnd = min(terminator ?? end, start + maxTitleLength)

    // Candidate cuts in order; the first credible one wins, since everything after a
    // real cut is body text whose own cues must not count.
    var depth = 0
    var cut = start + 1
    var ambiguous = false
    while cut < searchEnd {
      depth = max(0, depth + Scalar.bracketStep(text[cut - 1]))
      if depth == 0, cut - start >= minTitleLength {
        let score = score(text, start: start, cut: cut, limit: limit, terminator: terminator)
        if score >= strongScore { return cut }
        if score >= cutScore {
          // When it does not fit, the terminator closes the title instead.
          if mediumCutFits(text, start: start, cut: cut, limit: limit, terminator: terminator) {
            // A strong sign a few scalars on wins: "2021年工作|回顾过去一年是…" is cut
            // after 回顾, where "过去一年是" opens the body.
            return strongCut(text, start: start, after: cut, limit: limit, terminator: terminator) ?? cut
          }
        } else if let terminator, isPossibleCut(text, start: start, cut: cut, limit: limit),
          twoPhrasesMayMeet(text, start: start, cut: cut, terminator: terminator)
        {
          // "加快建设现代化产业体系|一体推进…发展。" may be a title and its lead sentence:
          // too doubtful to cut, too doubtful to trust the terminator.
          ambiguous = true
        }
      }
      cut += 1
    }
    // Punctuation closes the title ("明职责。严格按照…") unless the text before it reads as
    // a title and a sentence run together: a credible cut before it, a 是, two commas.
    if let terminator, terminator - start <= maxTitleLength, !ambiguous,
      !containsCopula(text, start..<terminator), commas(text, start..<terminator) < 2
    {
      let end = trimmingSpaces(text, start: start, end: terminator)
      return end - start >= minTitleLength ? end : nil
    }
    // A short line with no terminator and no cue is all title: a heading on its own line.
    if terminator == nil, limit - start <= maxTitleLength {
      let end = trimmingSpaces(text, start: start, end: limit)
      return end - start >= minTitleLength ? end : nil
    }
    return nil
  }

  /// The end of an unnumbered part heading that opens at `start`, right after a sentence,
  /// in run-on text: "…提出意见。“十四五”时期工作回顾|“十四五”时期是…", "…展现在陇原大地上。
  /// 2026年重点工作|今年是…".
  ///
  /// Nothing but a strong sign marks such a heading, so it must be one phrase (no
  /// punctuation but quotes and 《》) of 4 to ``FramingRules/maxUnnumberedHeadingLength``
  /// scalars ending in a word that names a part of a report (``HeadingTitleWords/partHeadingEnds``),
  /// and a sentence must start visibly after it: "主要任务是…" is a sentence, not a part.
  /// A back-matter label (注释, 名词解释, 附录 …) stands alone before its first numbered entry.
  static func partHeadingEnd(_ text: [UInt32], from start: Int, limit: Int) -> Int? {
    let limit = min(limit, text.count)
    // A back-matter label followed by its first entry: "注释［1］一降三减：…", "名词解释1.…".
    if let label = UnnumberedHeadingWords.backMatterLabelTable.longestMatch(in: text, at: start, limit: limit),
      start + label < limit
    {
      let next = text[start + label]
      if Scalar.bracketStep(next) > 0 || Scalar.isDigit(next) || startsMarker(text, at: start + label, limit: limit) {
        return start + label
      }
    }
    let end = min(limit, start + FramingRules.maxUnnumberedHeadingLength + 1)
    var depth = 0
    var cut = start + 1
    while cut < end {
      let previous = text[cut - 1]
      let step = Scalar.bracketStep(previous)
      depth = max(0, depth + step)
      guard Scalar.isIdeograph(previous) || isWordScalar(previous) || step != 0 else { return nil }
      if depth == 0, cut - start >= 4,
        HeadingTitleWords.partHeadingEnds.longestMatch(in: text, endingAt: cut, limit: start) != nil,
        text[cut] != 0x662F,  // 是
        score(text, start: start, cut: cut, limit: limit) >= strongScore
      {
        return cut
      }
      cut += 1
    }
    return nil
  }

  /// The first cut with a strong score within six scalars after `cut`.
  private static func strongCut(_ text: [UInt32], start: Int, after cut: Int, limit: Int, terminator: Int?) -> Int? {
    var depth = 0
    for next in (cut + 1)..<min(cut + 7, terminator ?? limit, start + maxTitleLength) {
      depth = max(0, depth + Scalar.bracketStep(text[next - 1]))
      if depth == 0, score(text, start: start, cut: next, limit: limit, terminator: terminator) >= strongScore {
        return next
      }
    }
    return nil
  }

  /// A clause of 6 to 16 scalars with no comma: what a short lead sentence looks like.
  private static func isShortClause(_ text: [UInt32], _ range: Range<Int>) -> Bool {
    (6...16).contains(range.count)
      && !range.contains { text[$0] == 0x2C || text[$0] == Scalar.ideographicComma }
  }

  /// The commas in `range` outside brackets: a title has at most one.
  private static func commas(_ text: [UInt32], _ range: Range<Int>) -> Int {
    var depth = 0
    var count = 0
    for index in range {
      depth = max(0, depth + Scalar.bracketStep(text[index]))
      if depth == 0, text[index] == 0x2C { count += 1 }
    }
    return count
  }

  /// The offset of the only comma in `range` outside brackets, if there is exactly one.
  private static func onlyComma(_ text: [UInt32], _ range: Range<Int>) -> Int? {
    var depth = 0
    var found: Int?
    for index in range {
      depth = max(0, depth + Scalar.bracketStep(text[index]))
      if depth == 0, text[index] == 0x2C {
        if found != nil { return nil }
        found = index
      }
    }
    return found
  }

  /// Whether a cut of medium score may stand before the terminator.
  ///
  /// The sentence left between cut and terminator must read as one: at least six scalars
  /// ("加大宏观政策|实施力度。" is one title) and no comma when the terminator is close
  /// enough to close a title itself ("全面深化改革|扩大开放，更好服务…。" is one title).
  ///
  /// A comma only counts against a cut whose right-hand sign is a verb, which titles also
  /// hold; a subject or a 是 opens a sentence whatever follows.
  private static func mediumCutFits(_ text: [UInt32], start: Int, cut: Int, limit: Int, terminator: Int?) -> Bool {
    // The line's end closes the body as a terminator would: "抓工作质效|提升" ends the line.
    guard let terminator else { return limit - cut >= 6 }
    if terminator - cut < 6 { return false }
    if terminator - start > maxTitleLength || !(cut..<terminator).contains(where: { text[$0] == 0x2C }) {
      return true
    }
    return HeadingTitleWords.sentenceOpeners.longestMatch(in: text, at: cut, limit: limit) == nil
  }

  /// Whether 是 stands in `range` outside brackets: titles are phrases, not statements,
  /// so a 是 before the terminator means the body has already begun.
  private static func containsCopula(_ text: [UInt32], _ range: Range<Int>) -> Bool {
    var depth = 0
    for index in range {
      depth = max(0, depth + Scalar.bracketStep(text[index]))
      if depth == 0, text[index] == 0x662F { return true }
    }
    return false
  }

  // MARK: - Scoring one cut

  /// How credible a cut between `cut - 1` and `cut` is: 0 when impossible, `strongScore`
  /// for a sign that stands alone, otherwise the sum of weaker signs on both sides.
  static func score(_ text: [UInt32], start: Int, cut: Int, limit: Int, terminator: Int? = nil) -> Int {
    let before = text[cut - 1]
    let after = text[cut]
    if Scalar.isSpace(after) {
      // Scrapes keep the paragraph indent (U+3000, folded to a space) between heading and
      // body: "一、我国脱贫攻坚取得决定性成就　　党的十八大以来…".
      let next = Scalar.skippingSpaces(text, from: cut, limit: limit)
      return next < limit && !Scalar.isSpace(before) ? strongScore : 0
    }
    guard isPossibleCut(text, start: start, cut: cut, limit: limit) else { return 0 }

    // Signs that a sentence (or the next heading) starts at `cut`.
    if startsMarker(text, at: cut, limit: limit)
      || HeadingTitleWords.enumerationOpeners.longestMatch(in: text, at: cut, limit: limit) != nil
      || startsYearSentence(text, at: cut, limit: limit)
      || isDoubledAcross(text, start: start, cut: cut, limit: limit)
    {
      return strongScore
    }
    var score = 0
    if let length = HeadingTitleWords.timeOpeners.longestMatch(in: text, at: cut, limit: limit) {
      if opensClause(text, at: cut + length, limit: limit) { return strongScore }
      score += 2
    }

    // Signs that the title is complete at `cut`.
    if finalNoun(text, start: start, cut: cut) != nil {
      score += 2
      // "关于前一段疫情防控工作": a 关于 title runs to its head noun.
      if text[start] == 0x5173, text[start + 1] == 0x4E8E { score += 1 }  // 关于
    } else if before == Scalar.rightDoubleQuote || before == Scalar.rightTitle {
      // A quoted term or a book title closes a noun phrase: "出版《XX县大事汇编》|我县…".
      score += 1
    }

    // Weaker signs on the right.
    if HeadingTitleWords.subjectOpeners.longestMatch(in: text, at: cut, limit: limit) != nil {
      score += 2
    } else if HeadingTitleWords.sentenceOpeners.longestMatch(in: text, at: cut, limit: limit) != nil {
      score += 1
    }
    if after == Scalar.leftDoubleQuote { score += 1 }
    // A title has at most one comma, joining two phrases of 4 to 16 scalars; a verb that
    // opens a sentence well inside the second phrase starts the body:
    // "弘扬优秀文化，发挥育人功用|坚持以传承…".
    // The second phrase is about as long as the first or longer: "加快转变经济发展方式，
    // 促进经济|持续健康发展" is still inside it.
    if let comma = onlyComma(text, start..<cut), cut - comma - 1 >= max(4, comma - start - 2), cut - comma - 1 <= 16,
      let opener = HeadingTitleWords.sentenceOpeners.longestMatch(in: text, at: cut, limit: limit), opener >= 2
    {
      score += 2
    }
    score += repeatScore(text, start: start, cut: cut, limit: limit)
    if startsSincePhrase(text, at: cut, limit: limit) { score += 2 }
    if copulaFollows(text, at: cut, limit: limit) { score += 1 }
    // Two phrases run together, the second closed by the terminator:
    // "加大保障和改善民生力度|促进高质量充分就业。" (a subheading and its lead sentence).
    if let terminator, twoPhrasesMayMeet(text, start: start, cut: cut, terminator: terminator) {
      score += 1
    }
    return score
  }

  /// A title of at least eight scalars ending in a final noun that does not modify what
  /// follows, then a short comma-free clause up to the terminator.
  private static func twoPhrasesMayMeet(_ text: [UInt32], start: Int, cut: Int, terminator: Int) -> Bool {
    guard cut - start >= 8, let final = finalNoun(text, start: start, cut: cut),
      HeadingTitleWords.modifyingNouns.longestMatch(in: text, endingAt: cut, limit: cut - final) == nil,
      !isCoordinated(text, start: start, wordStart: cut - final)
    else { return false }
    return isShortClause(text, cut..<terminator)
  }

  /// The length of the final noun that ends at `cut`, unless it sits inside a modifier
  /// ("高水平|推进" is not "…水平|推进").
  private static func finalNoun(_ text: [UInt32], start: Int, cut: Int) -> Int? {
    guard let length = HeadingTitleWords.finalNouns.longestMatch(in: text, endingAt: cut, limit: start) else {
      return nil
    }
    if let modifier = HeadingTitleWords.modifiers.longestMatch(in: text, endingAt: cut, limit: start),
      modifier > length
    {
      return nil
    }
    return length
  }

  /// The word before `wordStart` is joined to it by 和/与/及/并: "巩固和发展…" coordinates
  /// two verbs, so the second does not close the title.
  private static func isCoordinated(_ text: [UInt32], start: Int, wordStart: Int) -> Bool {
    guard wordStart > start else { return false }
    switch text[wordStart - 1] {
    case 0x548C, 0x4E0E, 0x53CA, 0x5E76: return true  // 和 与 及 并
    default: return false
    }
  }

  /// 是 follows within a short subject: "江山就是人民", "地方志干部是…", "“一国两制”是…".
  private static func copulaFollows(_ text: [UInt32], at position: Int, limit: Int) -> Bool {
    var depth = 0
    var index = position
    while index < min(limit, position + 6) {
      let value = text[index]
      depth = max(0, depth + Scalar.bracketStep(value))
      if depth == 0 {
        // 是 after a numeral is an enumeration ("一是"), not a copula.
        if value == 0x662F { return index > position && !ChineseNumeral.isNumeral(text[index - 1]) }  // 是
        if !Scalar.isIdeograph(value), Scalar.bracketStep(value) == 0 { return false }
      }
      index += 1
    }
    return false
  }

  /// Whether a title may end before `cut` at all, whatever the cues.
  private static func isPossibleCut(_ text: [UInt32], start: Int, cut: Int, limit: Int) -> Bool {
    let before = text[cut - 1]
    let after = text[cut]
    // A body never starts with a comma, a closing bracket or 的/和; a title never ends
    // with an opening bracket, a space or a dangling 的/和/关于.
    guard canOpenBody(after), canCloseTitle(before) else { return false }
    // "《XX年鉴》《XX图鉴》" and "“两重”“两新”" are lists: never cut between their items.
    if Scalar.bracketStep(before) < 0, Scalar.bracketStep(after) > 0 { return false }
    // 上 continues "…战略上", yet 上半年 opens a sentence: the longer word decides.
    if let continuation = HeadingTitleWords.continuations.longestMatch(in: text, at: cut, limit: limit),
      continuation >= (HeadingTitleWords.timeOpeners.longestMatch(in: text, at: cut, limit: limit) ?? 0)
    {
      return false
    }
    // 向 dangles, but 取向 is a noun: again the longer word decides.
    if let dangling = HeadingTitleWords.danglingEnds.longestMatch(in: text, endingAt: cut, limit: start),
      dangling >= (HeadingTitleWords.finalNouns.longestMatch(in: text, endingAt: cut, limit: start) ?? 0)
    {
      return false
    }
    // Titles are phrases: a 是 before the cut means the body began earlier.
    if containsCopula(text, start..<cut) { return false }
    // Never inside a number or a Latin word (2021, XX县), nor between a number and its unit.
    if isWordScalar(before) && isWordScalar(after) { return false }
    if isNumeral(before), isNumeral(after)
      || HeadingTitleWords.numberUnits.longestMatch(in: text, at: cut, limit: limit) != nil
    {
      return false
    }
    return true
  }

  // MARK: - Signs on the right of a cut

  /// A heading marker starts at `position`: "（一）明职责", "13.加强信息化建设".
  static func startsMarker(_ text: [UInt32], at position: Int, limit: Int) -> Bool {
    // "第一、二产业" and "1、2号" hold numerals, not markers.
    if position > 0, text[position - 1] == 0x7B2C || isNumeral(text[position - 1]) { return false }
    let range = position..<min(limit, position + 16)
    guard let marker = HeadingMarker.read(text, in: range), marker.range.lowerBound == position,
      marker.textStart < range.upperBound
    else { return false }
    let next = text[marker.textStart]
    // A marker is followed by its title, not by another numeral: "三、四季度" is a range.
    return !ChineseNumeral.isNumeral(next) && !Scalar.isDigit(next) && canOpenBody(next)
  }

  /// A year opens a sentence at `position`: "2021年，", "2025年是", "一九五七年是",
  /// "****年上半年" (masked), "2021年4月". A year inside a title ("1956年的国家预算") is
  /// followed by a noun or 的 instead.
  static func startsYearSentence(_ text: [UInt32], at position: Int, limit: Int) -> Bool {
    var cursor = position
    var masked = 0
    var digits = 0
    while cursor < limit, cursor - position < 4 {
      let value = text[cursor]
      if Scalar.isDigit(value) || ChineseNumeral.digit(value) != nil {
        digits += 1
      } else if value == 0x2A || value == 0x58 || value == 0x78 {  // * X x
        masked += 1
      } else {
        break
      }
      cursor += 1
    }
    guard digits == 4 || (masked >= 2 && digits == 0), cursor < limit, text[cursor] == 0x5E74 else {  // 年
      return false
    }
    return opensClause(text, at: cursor + 1, limit: limit)
      || HeadingTitleWords.yearFollowers.longestMatch(in: text, at: cursor + 1, limit: limit) != nil
      || (cursor + 1 < limit && Scalar.isDigit(text[cursor + 1]))  // 2021年4月
  }

  /// A time word or year is followed by what shows it opens a clause: ",", 是, 以来.
  private static func opensClause(_ text: [UInt32], at position: Int, limit: Int) -> Bool {
    guard position < limit else { return false }
    switch text[position] {
    case 0x2C, 0x662F:  // , 是
      return true
    case 0x4EE5:  // 以来
      return position + 1 < limit && text[position + 1] == 0x6765
    default:
      return false
    }
  }

  /// The same word of two or more scalars stands on both sides of the cut:
  /// "推动高质量发展|高质量发展是…", "1955年国家决算|1955年国家决算的收支…".
  static func isDoubledAcross(_ text: [UInt32], start: Int, cut: Int, limit: Int) -> Bool {
    let longest = min(12, cut - start, limit - cut)
    guard longest >= 2 else { return false }
    for length in 2...longest {
      var same = true
      for offset in 0..<length where text[cut - length + offset] != text[cut + offset] {
        same = false
        break
      }
      if same, (0..<length).allSatisfy({ canOpenBody(text[cut + $0]) }) { return true }
    }
    return false
  }

  /// The body opens by repeating words of the title, as reports restate their heading:
  /// "“十五五”时期主要目标任务|“十五五”时期是…", "《XX年鉴（2021）》编纂|《XX年鉴（2021）》于…".
  ///
  /// Three scalars then 是 score 3; five or more, or the title's first three, score 2 (a
  /// body may repeat the title a word later: "…新局面|如期实现建军一百年奋斗目标").
  /// Shorter repeats are common words ("社会主义") and say nothing.
  private static func repeatScore(_ text: [UInt32], start: Int, cut: Int, limit: Int) -> Int {
    let shortest = 3
    guard cut + shortest <= limit, cut - start > shortest,
      (0..<shortest).allSatisfy({ canOpenBody(text[cut + $0]) })
    else { return 0 }
    var best = 0
    for origin in start...(cut - shortest - 1) where text[origin] == text[cut] {
      var matched = 0
      while origin + matched < cut, cut + matched < limit, text[origin + matched] == text[cut + matched] {
        matched += 1
      }
      guard matched >= shortest else { continue }
      if cut + matched < limit, text[cut + matched] == 0x662F { return 3 }  // 是
      // The body names the whole book of the title: "《XX年鉴（2021）》编纂|《XX年鉴（2021）》于…".
      if text[cut] == Scalar.leftTitle, matched >= 5, text[cut + matched - 1] == Scalar.rightTitle { return 3 }
      // Five scalars, or the title's opening words: "建议稿的…框架|建议稿起草的…".
      if matched >= 5 || origin == start { best = 2 }
    }
    return best
  }

  /// A "since" phrase opens the body: "十九大以来的五年", "党的十八大以来，".
  private static func startsSincePhrase(_ text: [UInt32], at position: Int, limit: Int) -> Bool {
    let first = text[position]
    // 党的十八大以来, 十九大以来, 2015年以来, 第十一届全国人民代表大会第一次会议以来
    guard Scalar.isDigit(first) || ChineseNumeral.isNumeral(first) || first == 0x515A || first == 0x7B2C else {
      return false
    }
    var cursor = position + 1
    while cursor + 1 < limit, cursor - position <= 20, Scalar.isIdeograph(text[cursor]) || Scalar.isDigit(text[cursor]) {
      if text[cursor] == 0x4EE5, text[cursor + 1] == 0x6765 { return true }  // 以来
      cursor += 1
    }
    return false
  }

  // MARK: - Scalars


  private static func opensBracket(_ value: UInt32) -> Bool { Scalar.bracketStep(value) > 0 || value == 0x2018 }

  /// What a body (or a title after a cut) may start with: an ideograph, a digit or letter,
  /// a masked digit, or an opening bracket or quote — never a comma or closing mark.
  private static func canOpenBody(_ value: UInt32) -> Bool {
    Scalar.isIdeograph(value) || isWordScalar(value) || opensBracket(value)
  }

  /// What a title may end with: an ideograph, a digit or letter, or a closing bracket or
  /// quote — never a comma, a space or an opening mark.
  private static func canCloseTitle(_ value: UInt32) -> Bool {
    Scalar.isIdeograph(value) || isWordScalar(value) || Scalar.bracketStep(value) < 0
  }

  /// ASCII letters, digits and the * that masks digits in anonymised reports.
  private static func isWordScalar(_ value: UInt32) -> Bool {
    Scalar.isDigit(value) || (value | 0x20) &- 0x61 < 26 || value == 0x2A
  }

  private static func isNumeral(_ value: UInt32) -> Bool {
    Scalar.isDigit(value) || ChineseNumeral.isNumeral(value) || value == 0x2A
  }

  private static func contains(_ text: [UInt32], _ range: Range<Int>, _ value: UInt32) -> Bool {
    range.contains { text[$0] == value }
  }

  private static func trimmingSpaces(_ text: [UInt32], start: Int, end: Int) -> Int {
    var end = end
    while end > start, Scalar.isSpace(text[end - 1]) { end -= 1 }
    return end
  }
}

/// Splits a paragraph into sentences at 。！？； (and their ASCII forms), never inside
/// “…”, ‘…’, 《…》, （…）, 【…】, 「…」 or 『…』.
///
/// A terminator keeps the closing quotes and brackets that follow it, and a quotation that
/// ends with one ends its sentence (…两个维护。” ends after ”), as Chinese punctuation rules
/// (GB/T 15834) have it. A bracket kind that is not balanced within the paragraph (a quote opened on one line
/// and closed on the next) is ignored there, so one stray “ cannot swallow a whole paragraph.
///
/// ICU's sentence break iterator follows UAX #29, where ； does not end a sentence and a 。
/// inside “…” or 《…》 does; both are wrong for these reports, hence this table-driven splitter.
enum SentenceSplitter {
  /// Folded sentence terminators: 。 ! ? ; (！？； fold to ASCII).
  @inline(__always)
  static func isTerminator(_ value: UInt32) -> Bool {
    value == Scalar.ideographicFullStop || value == 0x21 || value == 0x3F || value == Scalar.semicolon
  }

  /// Opening and closing scalars of the brackets a sentence never breaks inside.
  static let pairs: [(open: UInt32, close: UInt32)] = [
    (0x201C, 0x201D),  // “ ”
    (0x2018, 0x2019),  // ‘ ’
    (0x300A, 0x300B),  // 《 》
    (0x28, 0x29),  // （ ） folded to ( )
    (0x3010, 0x3011),  // 【 】
    (0x300C, 0x300D),  // 「 」
    (0x300E, 0x300F),  // 『 』
  ]

  /// The sentences of `range` in the folded text, each without surrounding white space.
  static func sentences(in text: [UInt32], range: Range<Int>) -> [Range<Int>] {
    let balanced = balancedPairs(in: text, range: range)
    var sentences: [Range<Int>] = []
    var depth = 0
    var start = range.lowerBound
    var index = range.lowerBound
    while index < range.upperBound {
      let value = text[index]
      index += 1
      if balanced.contains(where: { $0.open == value }) {
        depth += 1
      } else if balanced.contains(where: { $0.close == value }) {
        depth = max(0, depth - 1)
        // 。” : a quotation that ends its own sentence ends the sentence around it too.
        if depth == 0, isQuoteClosing(value), index >= 2, isTerminator(text[index - 2]) {
          while index < range.upperBound, isTerminator(text[index]) || isClosing(text[index]) { index += 1 }
          append(start..<index, of: text, to: &sentences)
          start = index
        }
      } else if depth == 0, isTerminator(value) {
        // Keep the run of terminators and closing marks that ends this sentence.
        while index < range.upperBound, isTerminator(text[index]) || isClosing(text[index]) { index += 1 }
        append(start..<index, of: text, to: &sentences)
        start = index
      }
    }
    append(start..<range.upperBound, of: text, to: &sentences)
    return sentences
  }

  /// ” ’ 」 』: closing quotation marks, after which a quoted 。 ends the sentence.
  @inline(__always)
  private static func isQuoteClosing(_ value: UInt32) -> Bool {
    value == 0x201D || value == 0x2019 || value == 0x300D || value == 0x300F
  }

  @inline(__always)
  private static func isClosing(_ value: UInt32) -> Bool {
    pairs.contains { $0.close == value }
  }

  /// The pairs whose opening and closing counts agree inside `range`.
  private static func balancedPairs(in text: [UInt32], range: Range<Int>) -> [(open: UInt32, close: UInt32)] {
    var opens = [Int](repeating: 0, count: pairs.count)
    var closes = [Int](repeating: 0, count: pairs.count)
    for index in range {
      let value = text[index]
      for (kind, pair) in pairs.enumerated() {
        if value == pair.open { opens[kind] += 1 } else if value == pair.close { closes[kind] += 1 }
      }
    }
    return pairs.indices.filter { opens[$0] == closes[$0] }.map { pairs[$0] }
  }

  private static func append(_ range: Range<Int>, of text: [UInt32], to sentences: inout [Range<Int>]) {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end, Scalar.isSpace(text[start]) { start += 1 }
    while end > start, Scalar.isSpace(text[end - 1]) { end -= 1 }
    if start < end { sentences.append(start..<end) }
  }
}

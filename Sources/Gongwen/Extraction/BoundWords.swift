/// The words that turn a number into a bound, and which way. Chinese official usage is the
/// rule (《民法典》第一千二百五十九条): 以上, 以下, 以内 include the number itself; 超过,
/// 不满 and 低于 do not. Docs/Metrics.md lists them.
enum BoundWords {
  /// Which side of the number a word puts the range, and whether the number is in it.
  enum Bound: Equatable {
    case atLeast, moreThan, atMost, lessThan, exactly

    var isLower: Bool { self == .atLeast || self == .moreThan }
    var inclusive: Bool { self == .atLeast || self == .atMost || self == .exactly }
    /// The comparator a ``Metric`` records; `nil` for a word that says "exactly".
    var comparator: Metric.Comparator? {
      switch self {
      case .atLeast: .atLeast
      case .moreThan: .greaterThan
      case .atMost: .atMost
      case .lessThan: .lessThan
      case .exactly: nil
      }
    }
  }

  /// Before the number, longest first (不超过 before 超过). Spaces may stand inside them
  /// (小于 或 等于, < =).
  static let prefixes = table([
    ("大于或者等于", .atLeast), ("大于或等于", .atLeast), ("大于等于", .atLeast), ("不小于", .atLeast), ("不少于", .atLeast),
    ("不低于", .atLeast), ("达到或者超过", .atLeast), ("达到或超过", .atLeast), ("至少", .atLeast), ("最少", .atLeast), (">=", .atLeast), ("≥", .atLeast),
    ("超过", .moreThan), ("超出", .moreThan), ("突破", .moreThan), ("超", .moreThan), ("逾", .moreThan),
    ("大于", .moreThan), ("多于", .moreThan), ("高于", .moreThan), (">", .moreThan),
    ("小于或者等于", .atMost), ("小于或等于", .atMost), ("小于等于", .atMost), ("不大于", .atMost), ("不多于", .atMost),
    ("不高于", .atMost), ("不超过", .atMost), ("不超", .atMost), ("最多", .atMost), ("至多", .atMost), ("控制在", .atMost), ("<=", .atMost),
    ("≤", .atMost), ("小于", .lessThan), ("少于", .lessThan), ("低于", .lessThan), ("不足", .lessThan), ("不满", .lessThan), ("不到", .lessThan),
    ("<", .lessThan), ("等于", .exactly),
  ])

  /// After a time span or a distance only (``MetricUnits/withinSpans``): 48小时内, 30天内.
  /// Elsewhere 内 starts a word (XX个内设机构), so it is not among the `suffixes`.
  static let within: UInt32 = 0x5185  // 内
  /// After 内, these make a word, not a bound: 内外, 内容, 内涵, 内设.
  static let withinContinuations: Set<UInt32> = Set("外容涵设部需核陆".unicodeScalars.map(\.value))

  /// What may stand between a prefix and its number: 超过了80, 至少有10, 最多为5.
  static let prefixLinks: Set<UInt32> = Set("了是有为".unicodeScalars.map(\.value))

  /// After the number (and its unit), longest first: 30人以上, 三十或者以上, 五百或者更多.
  static let suffixes = table([
    ("或者以上", .atLeast), ("或以上", .atLeast), ("及以上", .atLeast), ("以上", .atLeast), ("或者更多", .atLeast),
    ("或更多", .atLeast), ("及以下", .atMost), ("以下", .atMost), ("以内", .atMost), ("之内", .atMost), ("之下", .lessThan),
  ])

  /// Folded, longest first.
  private static func table(_ words: [(String, Bound)]) -> [(word: [UInt32], bound: Bound)] {
    words.map { ($0.0.foldedScalars, $0.1) }.sorted { $0.word.count > $1.word.count }
  }

  /// 比30大, 比170低: the comparative after a number that 比 stands before.
  static let comparatives: [UInt32: Bound] = [
    0x5927: .moreThan, 0x9AD8: .moreThan, 0x591A: .moreThan,  // 大 高 多
    0x5C0F: .lessThan, 0x4F4E: .lessThan, 0x5C11: .lessThan,  // 小 低 少
  ]

  /// 五百多个, 二百三十余万: more than the number.
  static let approximateTails: Set<UInt32> = [0x591A, 0x4F59, 0x9918]  // 多 余 餘

  /// Between two numbers: 1—2次, 3至5个, 20~100.
  static let separators = WordTable(["——", "—", "–", "-", "~", "至", "到"])
  /// Between two bounds of one range: 大于10并且小于20, 1000以上，1500以下.
  static let joiners = WordTable(["并且", "而且", "的同时", "同时", "并", "且", ",", "、"])
  /// 在20和30之间, 10000与20000间.
  static let betweenJoiners: Set<UInt32> = Set("和与跟及".unicodeScalars.map(\.value))

  /// The bound word that ends at `end` (spaces may stand inside it): its length and bound.
  static func prefix(endingAt end: Int, in text: [UInt32], limit: Int) -> (length: Int, bound: Bound)? {
    for (word, bound) in prefixes {
      // Spaces may stand inside: 小于 或 等于, < =.
      var cursor = end
      var matched = true
      for (offset, scalar) in word.reversed().enumerated() {
        if offset > 0 { while cursor > limit, text[cursor - 1] == Scalar.space { cursor -= 1 } }
        guard cursor > limit, text[cursor - 1] == scalar else {
          matched = false
          break
        }
        cursor -= 1
      }
      // 不超过 matched whole before 超过 was tried; a 不 before any other word (不等于)
      // negates it, which no bound can say.
      if matched, !(cursor > limit && text[cursor - 1] == 0x4E0D) { return (end - cursor, bound) }
    }
    return nil
  }

  /// Bound words that still bind a figure across the base it is a share of: "最多不超过正税的
  /// ２２％", "不低于地区生产总值的4%". Not 高于 or 低于, which there compare with another
  /// figure ("低于全国的4.2%" is the nation's 4.2%).
  static let acrossBase = table([
    ("不超过", .atMost), ("不高于", .atMost), ("不大于", .atMost), ("最多", .atMost), ("控制在", .atMost),
    ("不低于", .atLeast), ("不少于", .atLeast), ("不小于", .atLeast), ("至少", .atLeast),
  ])

  /// The bound of ``acrossBase`` before "…的" and a figure that starts at `start`: at most ten
  /// scalars of the base's name, no digit or punctuation among them.
  static func acrossBase(before start: Int, in text: [UInt32], limit: Int) -> Bound? {
    guard start - 2 >= limit, text[start - 1] == 0x7684 else { return nil }  // 的
    var end = start - 2
    while end > max(limit, start - 12) {
      guard text[end] >= 0x3400 else { return nil }
      for (word, bound) in acrossBase where end - word.count >= limit {
        if text[end - word.count..<end].elementsEqual(word) { return bound }
      }
      end -= 1
    }
    return nil
  }

  /// The bound word that starts at `start`: its length and bound.
  static func suffix(at start: Int, in text: [UInt32], limit: Int) -> (length: Int, bound: Bound)? {
    for (word, bound) in suffixes where start + word.count <= limit {
      if text[start..<start + word.count].elementsEqual(word) { return (word.count, bound) }
    }
    return nil
  }
}

/// Cues for the framing of a report: its title line, a speech's salutation and closing.
enum FramingRules {
  /// Words an opening address is made of: 同志们： 各位代表： 各位领导、同志们：
  static let salutationCues = ["同志", "代表", "委员", "朋友", "女士", "先生", "来宾", "大家", "各位", "领导"]
  static let maxSalutationLength = 24

  /// Formulas that close a speech, anywhere in the line: 我就讲这些，…
  static let closingPhrases = ["讲到这里", "就讲这些", "就讲这么多", "讲这几点"]
  /// Thanks that close a speech when they end the line: …谢谢大家！ 谢谢！
  static let closingThanks = ["谢谢大家", "谢谢各位", "谢谢"]
  static let maxClosingLength = 30
  /// How many lines at the end may form the closing.
  static let maxClosingLines = 2

  /// A title line ("X县委办公室2021年工作要点") is at most this long.
  static let maxTitleLength = 60

  /// An unnumbered heading ("2026年重点工作") is at most this long.
  static let maxUnnumberedHeadingLength = 30

  /// `line` is folded, so its colon is ASCII.
  static func isSalutation(_ line: String, length: Int) -> Bool {
    guard length <= maxSalutationLength, line.hasSuffix(":") else { return false }
    return salutationCues.contains(where: line.contains)
  }

  static func isClosing(_ line: String, length: Int) -> Bool {
    guard length <= maxClosingLength else { return false }
    if closingPhrases.contains(where: line.contains) { return true }
    let words = line.trimmingSuffix(while: { "!.。！…".unicodeScalars.contains($0) })
    return closingThanks.contains(where: words.hasSuffix)
  }
}

extension String {
  /// The string without the trailing scalars that match `predicate`.
  func trimmingSuffix(while predicate: (Unicode.Scalar) -> Bool) -> String {
    var scalars = Substring(self).unicodeScalars
    while let last = scalars.last, predicate(last) { scalars.removeLast() }
    return String(scalars)
  }
}

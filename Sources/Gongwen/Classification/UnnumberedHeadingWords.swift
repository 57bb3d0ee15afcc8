/// Words for unnumbered headings whose level the text decides (Docs/Guide.md, "Building the
/// tree"): back-matter labels that open a part of their own, and the cues that tell a
/// review part from the plan that follows it.
enum UnnumberedHeadingWords {
  /// A line that is one of these (a trailing colon allowed) is a part heading wherever it
  /// stands (``HeadingMarker`` reads it, as it reads 附件 alone): the appendix "名词解释" after a report's closing
  /// paragraph, whose entries 1. 2. … then nest under it and not under the last section.
  static let backMatterLabels: Set<String> = [
    "名词解释", "名词注释", "名词解释说明", "附录", "附表", "附注", "注释", "结束语", "结语", "后记", "参考文献",
  ]

  /// Words of a lead-in that look ahead ("今年政府工作的主要任务是："): with 今年 they say the
  /// numbered points after it are this year's tasks, not the reviewed year's.
  static let planCues = WordTable(["主要任务", "重点任务", "工作任务", "重点工作", "工作安排", "总体要求", "着重抓好", "着重做好", "重点抓好", "重点做好"])

  /// The labels as a table, to find one run into the text (layout recovery).
  static let backMatterLabelTable = WordTable(Array(backMatterLabels))

  static let labelScalars: Set<[UInt32]> = Set(backMatterLabels.map { Array($0.unicodeScalars.map(\.value)) })
  static let maxLabelLength = labelScalars.map(\.count).max() ?? 0

  /// Whether the folded `line` is a back-matter label alone (a trailing colon allowed).
  static func isBackMatterLabel(_ text: [UInt32], _ line: Range<Int>) -> Bool {
    var end = line.upperBound
    while end > line.lowerBound, text[end - 1] == Scalar.colon || Scalar.isSpace(text[end - 1]) { end -= 1 }
    guard end - line.lowerBound <= maxLabelLength, end > line.lowerBound else { return false }
    return labelScalars.contains(Array(text[line.lowerBound..<end]))
  }
}

/// Finds titles in 《》 (books, regulations, plans), nested 《〈〉》 included, and sorts the easy
/// ones into categories by their last word.
struct TitleExtractor {
  let text: SourceText

  /// Title endings and the category they give, checked in order on the title without a
  /// trailing parenthesis (《XX县志（1988—2005）》 ends in 志).
  static let categories: [(category: String, endings: [String])] = [
    ("regulation", ["条例", "规定", "办法", "细则", "准则", "规则", "制度", "决定", "意见", "通知", "法"]),
    ("plan", ["方案", "要点", "规划", "计划", "纲要", "清单", "责任分解", "安排"]),
    ("book", ["志", "年鉴", "大事记", "史", "历史", "汇编", "图志", "摘编", "实录", "传", "丛书", "读本", "鉴", "辑"]),
  ]

  /// The ranges of every 《…》 (brackets included) in `units`, outermost only.
  func titleRanges(in units: [TextUnit]) -> [(range: Range<Int>, unit: TextUnit)] {
    var found: [(Range<Int>, TextUnit)] = []
    for unit in units {
      var depth = 0
      var start = 0
      for index in unit.range {
        switch text.folded[index] {
        case Scalar.leftTitle:
          if depth == 0 { start = index }
          depth += 1
        case Scalar.rightTitle where depth > 0:
          depth -= 1
          if depth == 0 { found.append((start..<index + 1, unit)) }
        default:
          break
        }
      }
    }
    return found
  }

  func extract(_ ranges: [(range: Range<Int>, unit: TextUnit)]) -> [TitleMention] {
    ranges.compactMap { range, unit in
      let inner = range.lowerBound + 1..<range.upperBound - 1
      guard !inner.isEmpty else { return nil }
      let title = text.string(inner)
      return TitleMention(text: title, category: Self.category(of: text.folded[inner]), section: unit.section, span: text.span(range))
    }
  }

  /// The endings folded once, so that titles are matched as scalars: `String.hasSuffix` on
  /// every title and ending cost 8% of a parse (callgrind).
  private static let foldedCategories: [(category: String, endings: [[UInt32]])] = categories.map { category, endings in
    (category, endings.map(\.foldedScalars))
  }

  static func category(of title: String) -> String {
    category(of: title.foldedScalars[...])
  }

  static func category(of title: ArraySlice<UInt32>) -> String {
    var core = title
    // Drop a trailing parenthesis: 《XX年鉴（2021）》, 《…（第三卷）》 (folded, so （ is ().
    if core.last == Scalar.closeParen, let open = core.lastIndex(of: Scalar.openParen), open > core.startIndex {
      core = core[..<open]
    }
    for (category, endings) in foldedCategories where endings.contains(where: { core.count >= $0.count && core.suffix($0.count).elementsEqual($0) }) {
      return category
    }
    return "other"
  }
}

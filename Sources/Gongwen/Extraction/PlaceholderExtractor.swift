/// Finds every mask in the report's text and tells what it most likely hides.
struct PlaceholderExtractor {
  let text: SourceText

  /// `titles` and `codes` (document numbers) are sorted ranges.
  func extract(from units: [TextUnit], titles: [Range<Int>], codes: [Range<Int>]) -> [Placeholder] {
    var placeholders: [Placeholder] = []
    for unit in units {
      let tokens = MaskScanner.tokens(in: text.folded, range: unit.range)
      guard !tokens.isEmpty else { continue }
      let unitTitles = SortedRanges.ranges(titles, overlapping: unit.range)
      let unitCodes = SortedRanges.ranges(codes, overlapping: unit.range)
      for token in tokens {
        let kind = PlaceholderKindRules.kind(of: token, in: text.folded, unit: unit.range, titles: unitTitles, codes: unitCodes)
        placeholders.append(
          Placeholder(
            id: "p\(placeholders.count + 1)", text: text.string(token.range), kind: kind, width: token.width,
            section: unit.section, span: text.span(token.range)))
      }
    }
    return placeholders
  }
}

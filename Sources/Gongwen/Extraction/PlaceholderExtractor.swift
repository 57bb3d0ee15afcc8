/// Finds every mask in the report's text and tells what it most likely hides.
struct PlaceholderExtractor {
  let text: SourceText

  func extract(from units: [TextUnit], titles: [Range<Int>], codes: [Range<Int>]) -> [Placeholder] {
    var placeholders: [Placeholder] = []
    for unit in units {
      for token in MaskScanner.tokens(in: text.folded, range: unit.range) {
        let kind = PlaceholderKindRules.kind(of: token, in: text.folded, unit: unit.range, titles: titles, codes: codes)
        placeholders.append(
          Placeholder(
            id: "p\(placeholders.count + 1)", text: text.string(token.range), kind: kind, width: token.width,
            section: unit.section, span: text.span(token.range)))
      }
    }
    return placeholders
  }
}

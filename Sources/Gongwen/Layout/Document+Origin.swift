extension Document {
  /// The document with every span and line number moved from the logical text that layout
  /// recovery built to the original text, through `origin`.
  ///
  /// One pass over everything that carries a position, so that the stages before it can
  /// work in logical offsets only. Boilerplate lines, which are set aside rather than read,
  /// get back their text as written: `boilerplate` holds where each stands in `logical`.
  mutating func mapPositions(
    through origin: OriginMap, logical: SourceText, boilerplate: [Range<Int>], original: SourceText
  ) {
    for index in outline.preamble.indices { Self.map(&outline.preamble[index], origin) }
    Self.map(&outline.sections, origin)
    if var salutation = outline.salutation {
      Self.map(&salutation, origin)
      outline.salutation = salutation
    }
    if var closing = outline.closing {
      Self.map(&closing, origin)
      outline.closing = closing
    }
    mapFrontMatter(origin)
    for (index, range) in zip(outline.boilerplate.indices, boilerplate) {
      let start = origin.start(range.lowerBound)
      outline.boilerplate[index].line = origin.line(containing: start)
      outline.boilerplate[index].text = original.string(start..<origin.end(range.upperBound, start: range.lowerBound))
    }
    for index in metrics.indices { metrics[index].span = origin.span(metrics[index].span) }
    for index in placeholders.indices { placeholders[index].span = origin.span(placeholders[index].span) }
    for index in dates.indices { dates[index].span = origin.span(dates[index].span) }
    for index in references.indices { references[index].span = origin.span(references[index].span) }
    for index in titles.indices { titles[index].span = origin.span(titles[index].span) }
    for index in diagnostics.indices {
      diagnostics[index].line = diagnostics[index].line.map { origin.line($0, of: logical) }
    }
  }

  static func map(_ sections: inout [Section], _ origin: OriginMap) {
    for index in sections.indices {
      sections[index].span = origin.span(sections[index].span)
      for inner in sections[index].paragraphs.indices { map(&sections[index].paragraphs[inner], origin) }
      map(&sections[index].children, origin)
    }
  }

  static func map(_ paragraph: inout Paragraph, _ origin: OriginMap) {
    paragraph.span = origin.span(paragraph.span)
    for index in paragraph.sentences.indices { paragraph.sentences[index] = origin.span(paragraph.sentences[index]) }
    for index in paragraph.enumerations.indices {
      paragraph.enumerations[index].span = origin.span(paragraph.enumerations[index].span)
    }
  }
}

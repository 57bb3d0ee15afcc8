/// Adds what lies inside paragraphs — sentence spans and inline enumerations — to every
/// paragraph of an outline.
struct InlineAnnotator {
  let text: SourceText

  /// In place, so that the tree is not copied.
  func annotate(_ outline: inout Outline) {
    outline.preamble = annotate(outline.preamble)
    annotate(&outline.sections)
    outline.salutation = outline.salutation.map { annotate([$0])[0] }
    outline.closing = outline.closing.map { annotate([$0])[0] }
  }

  private func annotate(_ sections: inout [Section]) {
    for index in sections.indices {
      sections[index].paragraphs = annotate(sections[index].paragraphs)
      annotate(&sections[index].children)
    }
  }

  /// One container's paragraphs: a list may run on from one paragraph into the next.
  private func annotate(_ paragraphs: [Paragraph]) -> [Paragraph] {
    let ranges = paragraphs.map { $0.span.start..<$0.span.end }
    let sentences = ranges.map { SentenceSplitter.sentences(in: text.folded, range: $0) }
    let enumerations = EnumerationFinder(text: text).enumerations(in: ranges, sentences: sentences)
    return paragraphs.indices.map { index in
      var paragraph = paragraphs[index]
      paragraph.sentences = sentences[index].map(text.span)
      paragraph.enumerations = enumerations[index]
      return paragraph
    }
  }
}

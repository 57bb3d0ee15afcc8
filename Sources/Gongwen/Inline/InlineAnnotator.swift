/// Adds what lies inside paragraphs — sentence spans and inline enumerations — to every
/// paragraph of an outline.
struct InlineAnnotator {
  let text: SourceText

  func annotate(_ outline: Outline) -> Outline {
    var outline = outline
    outline.preamble = annotate(outline.preamble)
    outline.sections = outline.sections.map(annotate)
    outline.salutation = outline.salutation.map { annotate([$0])[0] }
    outline.closing = outline.closing.map { annotate([$0])[0] }
    return outline
  }

  private func annotate(_ section: Section) -> Section {
    var section = section
    section.paragraphs = annotate(section.paragraphs)
    section.children = section.children.map(annotate)
    return section
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

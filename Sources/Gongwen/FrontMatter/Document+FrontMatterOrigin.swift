extension Document {
  /// Moves the front and back matter and the attachments from logical to original positions,
  /// for `mapPositions(through:logical:boilerplate:original:)`.
  mutating func mapFrontMatter(_ origin: OriginMap) {
    outline.titleSpan = outline.titleSpan.map(origin.span)
    for keyPath in [\Outline.masthead, \.number, \.signer, \.attachmentList, \.issuer, \.note] {
      if let line = outline[keyPath: keyPath] { outline[keyPath: keyPath]?.span = origin.span(line.span) }
    }
    if let dateline = outline.dateline { outline.dateline?.span = origin.span(dateline.span) }
    if let speaker = outline.speaker { outline.speaker?.span = origin.span(speaker.span) }
    if let addressees = outline.addressees { outline.addressees?.span = origin.span(addressees.span) }
    if let copyTo = outline.copyTo { outline.copyTo?.span = origin.span(copyTo.span) }
    if let date = outline.signingDate { outline.signingDate?.span = origin.span(date.span) }
    if let printing = outline.printing { outline.printing?.span = origin.span(printing.span) }
    for index in outline.attachments.indices {
      outline.attachments[index].span = origin.span(outline.attachments[index].span)
      if let dateline = outline.attachments[index].dateline {
        outline.attachments[index].dateline?.span = origin.span(dateline.span)
      }
      for inner in outline.attachments[index].preamble.indices { Self.map(&outline.attachments[index].preamble[inner], origin) }
      Self.map(&outline.attachments[index].sections, origin)
    }
  }
}

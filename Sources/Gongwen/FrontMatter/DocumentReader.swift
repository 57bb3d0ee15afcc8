/// From classified lines to the document's outline: front and back matter first
/// (``FrontMatterReader``), then one section tree for the main document and one for each
/// document it issues, each built by `OutlineBuilder` over its own lines.
///
/// The result is one `OutlineBuilder.Result` whose text units come in document order and
/// carry, inside an attachment, a ``SectionReference`` that names it: `sectionId` `a1` for the
/// attachment's preamble and `a1.2.1` for its sections, `sectionPath` starting with its title.
struct DocumentReader {
  let text: SourceText

  func build(_ classified: [ClassifiedLine]) -> OutlineBuilder.Result {
    let reader = FrontMatterReader(text: text)
    let reading = reader.read(classified)
    let lines = reading.lines
    var built = OutlineBuilder(text: text, lines: Array(lines[0..<reading.mainEnd])).build()
    apply(reading.head, to: &built, reader: reader)
    apply(reading.tail, to: &built.outline, reader: reader)

    for (offset, part) in reading.attachments.enumerated() {
      let sub = OutlineBuilder(text: text, lines: Array(lines[part.lines])).build()
      let number = offset + 1
      let attachment = attachment(part, outline: sub.outline, number: number, reader: reader)
      let prefix = "a\(number)"
      let root = attachment.title ?? attachment.label ?? "附件\(number)"
      built.outline.attachments.append(attachment)
      built.units += sub.units.map { unit in
        TextUnit(
          range: unit.range,
          section: SectionReference(
            sectionId: unit.section.sectionId.map { "\(prefix).\($0)" } ?? prefix,
            sectionPath: [root] + unit.section.sectionPath))
      }
      built.outline.boilerplate += sub.outline.boilerplate
      built.boilerplateRanges += sub.boilerplateRanges
      built.diagnostics += sub.diagnostics
    }

    // The 版记 and the lines around it.
    for line in lines[reading.backStart...] {
      switch line.kind {
      case .boilerplate:
        built.outline.boilerplate.append(BoilerplateLine(text: text.string(line.range), line: line.number))
        built.boilerplateRanges.append(line.range)
      case .blank:
        continue
      default:
        built.units.append(TextUnit(range: line.range, section: .preamble))
      }
    }
    return built
  }

  // MARK: - Values

  private func apply(_ head: FrontMatterReader.Head, to built: inout OutlineBuilder.Result, reader: FrontMatterReader) {
    if let first = head.title.first, let last = head.title.last {
      built.outline.title = joined(head.title)
      built.outline.titleSpan = text.span(first.lowerBound..<last.upperBound)
      built.titleRange = first.lowerBound..<last.upperBound
      built.titleRanges = head.title
    }
    built.datelineRanges = head.dateline
    built.outline.masthead = head.masthead.map(matterLine)
    built.outline.number = head.number.map(matterLine)
    built.outline.signer = head.signer.map(matterLine)
    built.outline.dateline = dateline(head.dateline, reader: reader)
    if let first = head.speaker.first, let last = head.speaker.last {
      let parts = reader.speakerParts(head.speaker)
      built.outline.speaker = Speaker(
        text: head.speaker.map(text.string).joined(separator: " "), office: parts.office.map(text.string),
        name: parts.name, span: text.span(first.lowerBound..<last.upperBound))
    }
    built.outline.addressees = head.addressees.map { range in
      OrganList(
        text: text.string(range), organs: reader.organItems(range.lowerBound..<range.upperBound - 1).map(text.string),
        span: text.span(range))
    }
  }

  private func apply(_ tail: FrontMatterReader.Tail, to outline: inout Outline, reader: FrontMatterReader) {
    if let first = tail.attachmentList.first, let last = tail.attachmentList.last {
      outline.attachmentList = MatterLine(
        text: tail.attachmentList.map(text.string).joined(separator: " "), span: text.span(first.lowerBound..<last.upperBound))
    }
    outline.issuer = tail.issuer.map(matterLine)
    outline.signingDate = tail.date.map {
      DateLine(text: text.string($0), value: reader.dateValue(ofWholeLine: $0) ?? reader.yamlDateValue($0), span: text.span($0))
    }
    outline.note = tail.note.map(matterLine)
    outline.copyTo = tail.copyTo.map { range in
      let start = reader.copyListStart(range) ?? range.lowerBound
      return OrganList(
        text: text.string(range), organs: reader.organItems(start..<range.upperBound).map(text.string),
        span: text.span(range))
    }
    outline.printing = tail.printing.map { range in
      let date = reader.printingDate(range)
      let office = date.map { text.trimmed(range.lowerBound..<$0.start) }.flatMap { $0.isEmpty ? nil : text.string($0) }
      return PrintingLine(text: text.string(range), office: office, date: date?.value ?? nil, span: text.span(range))
    }
  }

  private func attachment(
    _ part: FrontMatterReader.AttachmentPart, outline: Outline, number: Int, reader: FrontMatterReader
  ) -> Attachment {
    let title = part.head.title.isEmpty ? nil : joined(part.head.title)
    let docType =
      DocumentTypeClassifier.type(named: part.head.title.flatMap { text.folded[$0] }) ?? (title == nil ? .unknown : .article)
    let first = part.lines.lowerBound
    let last = part.lines.upperBound - 1
    let span = text.span(reading(start: first, in: part) ..< lineEnd(last, part: part, outline: outline))
    return Attachment(
      label: part.head.label.map(text.string), title: title, docType: docType,
      dateline: dateline(part.head.dateline, reader: reader), preamble: outline.preamble,
      sections: Self.prefixed(outline.sections, with: "a\(number)"), span: span)
  }

  /// Where an attachment's text starts: its label or title (its first front matter line).
  private func reading(start index: Int, in part: FrontMatterReader.AttachmentPart) -> Int {
    let ranges = [part.head.label].compactMap { $0 } + part.head.title + part.head.dateline
    return ranges.map(\.lowerBound).min() ?? text.lineStarts[0]
  }

  /// Where an attachment's text ends: the end of its last section or paragraph.
  private func lineEnd(_ index: Int, part: FrontMatterReader.AttachmentPart, outline: Outline) -> Int {
    let ends = outline.sections.map(\.span.end) + outline.preamble.map(\.span.end)
      + (part.head.title + part.head.dateline).map(\.upperBound)
    return ends.max() ?? 0
  }

  static func prefixed(_ sections: [Section], with prefix: String) -> [Section] {
    sections.map { section in
      var section = section
      section.id = "\(prefix).\(section.id)"
      section.children = prefixed(section.children, with: prefix)
      return section
    }
  }

  private func dateline(_ ranges: [Range<Int>], reader: FrontMatterReader) -> Dateline? {
    guard let first = ranges.first, let last = ranges.last else { return nil }
    return Dateline(
      text: joined(ranges), date: ranges.lazy.compactMap(reader.dateValue(in:)).first,
      span: text.span(first.lowerBound..<last.upperBound))
  }

  private func matterLine(_ range: Range<Int>) -> MatterLine {
    MatterLine(text: text.string(range), span: text.span(range))
  }

  private func joined(_ ranges: [Range<Int>]) -> String {
    ranges.map(text.string).joined()
  }
}

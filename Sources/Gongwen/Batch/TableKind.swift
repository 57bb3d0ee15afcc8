/// The flat tables Gongwen writes for analytics: one row per document, metric, placeholder
/// or section, with the file (and section) each belongs to. Column names are stable
/// (Docs/Guide.md, "Tables"): the JSON names in snake_case; section paths are joined with ` > `.
public enum TableKind: String, Sendable, CaseIterable {
  /// One row per input file: its title, type, period, front matter, source and counts, so
  /// that the other tables can be joined to what each document is (`file` or `sha256`).
  case documents
  /// One row per metric.
  case metrics
  /// One row per masked placeholder.
  case placeholders
  /// One row per section of the tree and of the attachments' trees.
  case sections

  /// The column names, in order.
  public var columns: [String] {
    switch self {
    case .documents:
      [
        "file", "title", "doc_type", "kind", "period_year", "period_part", "dateline_date", "number", "issuer",
        "signing_date", "encoding", "sha256", "bytes", "sections", "metrics", "placeholders", "dates", "references",
        "titles", "diagnostics",
      ]
    case .metrics:
      [
        "file", "section_id", "section_path", "section_title", "role", "subject", "kind", "value", "unit",
        "normalized_value", "normalized_unit", "approximate", "comparator", "range_low", "range_high",
        "normalized_range_low", "normalized_range_high", "masked", "per", "direction", "part_of", "indicator", "status",
        "year", "years_first", "years_last", "id", "line", "start", "end", "text",
      ]
    case .placeholders:
      ["file", "section_id", "section_path", "section_title", "role", "kind", "width", "id", "line", "start", "end", "text"]
    case .sections:
      [
        "file", "id", "level", "marker", "number", "title", "role", "path", "paragraphs", "sentences", "enumerations",
        "metrics", "line", "start", "end",
      ]
    }
  }

  /// The rows for one document; `file` fills the first column.
  public func rows(of document: Document, file: String) -> [[TableCell]] {
    let sections = SectionIndex(document)
    switch self {
    case .documents:
      let outline = document.outline
      return [
        [
          .text(file), .optionalText(outline.title), .text(outline.docType.rawValue), .text(outline.kind.rawValue),
          outline.period?.year.map(TableCell.integer) ?? .null, .optionalText(outline.period?.part.rawValue),
          .optionalText(outline.dateline?.date), .optionalText(outline.number?.text), .optionalText(outline.issuer?.text),
          .optionalText(outline.signingDate?.value), .text(document.source.encoding), .text(document.source.sha256),
          .integer(document.source.bytes), .integer(sections.ordered.count), .integer(document.metrics.count),
          .integer(document.placeholders.count), .integer(document.dates.count), .integer(document.references.count),
          .integer(document.titles.count), .integer(document.diagnostics.count),
        ]
      ]
    case .metrics:
      return document.metrics.map { metric in
        let section = sections[metric.section.sectionId]
        return [
          .text(file), .optionalText(metric.section.sectionId), .list(metric.section.sectionPath),
          sectionTitle(section), .text(section?.role.rawValue ?? ""), .optionalText(metric.subject),
          .text(metric.kind.rawValue), metric.value.map(TableCell.number) ?? .null, .text(metric.unit),
          metric.normalizedValue.map(TableCell.number) ?? .null, .text(metric.normalizedUnit), .bool(metric.approximate),
          .optionalText(metric.comparator?.rawValue), metric.range?.low.map(TableCell.number) ?? .null,
          metric.range?.high.map(TableCell.number) ?? .null, metric.normalizedRange?.low.map(TableCell.number) ?? .null,
          metric.normalizedRange?.high.map(TableCell.number) ?? .null, .bool(metric.masked),
          .optionalText(metric.per?.rawValue), .optionalText(metric.direction?.rawValue), .optionalText(metric.partOf),
          .optionalText(metric.indicator?.rawValue), .optionalText(metric.status?.rawValue),
          metric.year.map(TableCell.integer) ?? .null, metric.years.map { TableCell.integer($0.first) } ?? .null,
          metric.years.map { TableCell.integer($0.last) } ?? .null, .text(metric.id), .integer(metric.span.line),
          .integer(metric.span.start), .integer(metric.span.end), .text(metric.text),
        ]
      }
    case .placeholders:
      return document.placeholders.map { placeholder in
        let section = sections[placeholder.section.sectionId]
        return [
          .text(file), .optionalText(placeholder.section.sectionId), .list(placeholder.section.sectionPath),
          sectionTitle(section), .text(section?.role.rawValue ?? ""),
          .text(placeholder.kind.rawValue), .integer(placeholder.width), .text(placeholder.id),
          .integer(placeholder.span.line), .integer(placeholder.span.start), .integer(placeholder.span.end),
          .text(placeholder.text),
        ]
      }
    case .sections:
      let metricCounts = Dictionary(document.metrics.compactMap(\.section.sectionId).map { ($0, 1) }, uniquingKeysWith: +)
      return sections.ordered.map { entry in
        let section = entry.section
        return [
          .text(file), .text(section.id), .integer(section.level), .text(section.marker),
          section.number.map(TableCell.integer) ?? .null, .optionalText(section.title), .text(section.role.rawValue),
          .list(entry.path), .integer(section.paragraphs.count),
          .integer(section.paragraphs.reduce(0) { $0 + $1.sentences.count }),
          .integer(section.paragraphs.reduce(0) { $0 + $1.enumerations.count }), .integer(metricCounts[section.id] ?? 0),
          .integer(section.span.line), .integer(section.span.start), .integer(section.span.end),
        ]
      }
    }
  }


  /// The `section_title` cell: the section's title, null for a section without one (an
  /// article, a numbered sentence), empty in the preamble.
  private func sectionTitle(_ section: Section?) -> TableCell {
    guard let section else { return .text("") }
    return .optionalText(section.title)
  }
}

/// The sections of a document by id, with their title paths and parents: the main tree, then
/// each attachment's.
struct SectionIndex {
  var ordered: [(section: Section, path: [String], parentId: String?)] = []
  private var byId: [String: Int] = [:]

  init(_ document: Document) {
    func visit(_ section: Section, path: [String], parentId: String?) {
      let path = path + [section.pathName]
      byId[section.id] = ordered.count
      ordered.append((section, path, parentId))
      for child in section.children { visit(child, path: path, parentId: section.id) }
    }
    for section in document.outline.sections { visit(section, path: [], parentId: nil) }
    // An attachment's sections (ids a1.…) with paths that start with its title.
    for (offset, attachment) in document.outline.attachments.enumerated() {
      let root = attachment.title ?? attachment.label ?? "附件\(offset + 1)"
      for section in attachment.sections { visit(section, path: [root], parentId: nil) }
    }
  }

  subscript(id: String?) -> Section? {
    id.flatMap { byId[$0] }.map { ordered[$0].section }
  }
}

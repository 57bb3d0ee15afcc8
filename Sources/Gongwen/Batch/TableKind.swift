/// The flat tables Gongwen writes for analytics: one row per metric, placeholder or section,
/// with the file and section each belongs to. Column names are stable (Docs/Guide.md,
/// "Tables"); section paths are joined with ` > `.
public enum TableKind: String, Sendable, CaseIterable {
  case metrics, placeholders, sections

  /// The column names, in order.
  public var columns: [String] {
    switch self {
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
    case .metrics:
      return document.metrics.map { metric in
        let section = sections[metric.section.sectionId]
        return [
          .text(file), .optionalText(metric.section.sectionId), .text(path(metric.section.sectionPath)),
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
          .text(file), .optionalText(placeholder.section.sectionId), .text(path(placeholder.section.sectionPath)),
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
          .text(path(entry.path)), .integer(section.paragraphs.count),
          .integer(section.paragraphs.reduce(0) { $0 + $1.sentences.count }),
          .integer(section.paragraphs.reduce(0) { $0 + $1.enumerations.count }), .integer(metricCounts[section.id] ?? 0),
          .integer(section.span.line), .integer(section.span.start), .integer(section.span.end),
        ]
      }
    }
  }

  private func path(_ titles: [String]) -> String { titles.joined(separator: " > ") }

  /// The `section_title` cell: the section's title, null for a section without one (an
  /// article, a numbered sentence), empty in the preamble.
  private func sectionTitle(_ section: Section?) -> TableCell {
    guard let section else { return .text("") }
    return .optionalText(section.title)
  }
}

/// The sections of a document by id, with their title paths: the main tree, then each
/// attachment's.
private struct SectionIndex {
  var ordered: [(section: Section, path: [String])] = []
  private var byId: [String: Int] = [:]

  init(_ document: Document) {
    func visit(_ section: Section, path: [String]) {
      let path = path + [section.pathName]
      byId[section.id] = ordered.count
      ordered.append((section, path))
      for child in section.children { visit(child, path: path) }
    }
    for section in document.outline.sections { visit(section, path: []) }
    // An attachment's sections (ids a1.…) with paths that start with its title.
    for (offset, attachment) in document.outline.attachments.enumerated() {
      let root = attachment.title ?? attachment.label ?? "附件\(offset + 1)"
      for section in attachment.sections { visit(section, path: [root]) }
    }
  }

  subscript(id: String?) -> Section? {
    id.flatMap { byId[$0] }.map { ordered[$0].section }
  }
}

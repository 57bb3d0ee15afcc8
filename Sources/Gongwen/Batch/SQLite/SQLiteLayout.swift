/// The tables, keys and indexes of the database ``SQLiteExport`` writes, and the rows of one
/// document for each (Docs/Guide.md, "SQLite").
///
/// Every table but `documents` starts with `sha256`, the document's key, and cascades from
/// `documents`: deleting a document's row deletes all of its rows. Column names are the
/// tables' (``TableKind``) where a table exists: the documents, metrics and placeholders
/// tables have the same columns, with `sha256` for `file` in the last two.
enum SQLiteLayout {
  /// `PRAGMA application_id`: "GWEN", so that Gongwen never writes into another program's
  /// database.
  static let applicationId: Int32 = 0x4757_454E
  /// `PRAGMA user_version`: the layout's version, raised when a table changes.
  static let version = 1

  enum ColumnType: String {
    case text = "TEXT"
    case integer = "INTEGER"
    case real = "REAL"
  }

  struct Column {
    var name: String
    var type: ColumnType
    var notNull: Bool
  }

  struct Table {
    var name: String
    var columns: [Column]
    /// Primary and foreign keys, as SQL.
    var keys: [String]
    /// `name: columns` of each index.
    var indexes: [(name: String, columns: String)]

    var createStatements: [String] {
      let body = columns.map { "\"\($0.name)\" \($0.type.rawValue)\($0.notNull ? " NOT NULL" : "")" } + keys
      return ["CREATE TABLE IF NOT EXISTS \(name) (\n  " + body.joined(separator: ",\n  ") + "\n)"]
        + indexes.map { "CREATE INDEX IF NOT EXISTS \($0.name) ON \(name) (\($0.columns))" }
    }

    var insertStatement: String {
      "INSERT INTO \(name) (" + columns.map { "\"\($0.name)\"" }.joined(separator: ", ") + ") VALUES ("
        + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    }
  }

  private static func columns(_ spec: [(String, ColumnType)], notNull: Set<String> = []) -> [Column] {
    spec.map { Column(name: $0.0, type: $0.1, notNull: notNull.contains($0.0)) }
  }

  private static let ofDocument = "FOREIGN KEY (sha256) REFERENCES documents (sha256) ON DELETE CASCADE"
  private static let span: [(String, ColumnType)] = [("line", .integer), ("start", .integer), ("end", .integer)]

  /// The tables in the order a document's rows are inserted (parents first).
  static let tables: [Table] = [
    Table(
      name: "documents",
      columns: columns(
        [
          ("file", .text), ("title", .text), ("doc_type", .text), ("kind", .text), ("period_year", .integer),
          ("period_part", .text), ("dateline_date", .text), ("number", .text), ("issuer", .text), ("signing_date", .text),
          ("encoding", .text), ("sha256", .text), ("bytes", .integer), ("sections", .integer), ("metrics", .integer),
          ("placeholders", .integer), ("dates", .integer), ("references", .integer), ("titles", .integer),
          ("diagnostics", .integer),
        ], notNull: ["file", "doc_type", "kind", "encoding", "sha256", "bytes"]),
      keys: ["PRIMARY KEY (sha256)"],
      indexes: [("documents_type_year", "doc_type, period_year"), ("documents_file", "file")]),
    Table(
      name: "sections",
      columns: columns(
        [
          ("sha256", .text), ("id", .text), ("parent_id", .text), ("position", .integer), ("level", .integer),
          ("marker", .text), ("number", .integer), ("style", .text), ("title", .text), ("role", .text), ("path", .text),
        ] + span, notNull: ["sha256", "id", "position", "level", "marker", "style", "role", "path"]),
      keys: [
        "PRIMARY KEY (sha256, id)", ofDocument,
        "FOREIGN KEY (sha256, parent_id) REFERENCES sections (sha256, id) ON DELETE CASCADE",
      ],
      indexes: [("sections_role", "role"), ("sections_parent", "sha256, parent_id")]),
    Table(
      name: "paragraphs",
      columns: columns(
        [("sha256", .text), ("position", .integer), ("section_id", .text), ("part", .text), ("text", .text)] + span,
        notNull: ["sha256", "position", "part", "text"]),
      keys: [
        "PRIMARY KEY (sha256, position)", ofDocument,
        "FOREIGN KEY (sha256, section_id) REFERENCES sections (sha256, id) ON DELETE CASCADE",
      ],
      indexes: [("paragraphs_section", "sha256, section_id")]),
    Table(
      name: "metrics",
      columns: columns(
        [
          ("sha256", .text), ("section_id", .text), ("section_path", .text), ("section_title", .text), ("role", .text),
          ("subject", .text), ("kind", .text), ("value", .real), ("unit", .text), ("normalized_value", .real),
          ("normalized_unit", .text), ("approximate", .integer), ("comparator", .text), ("range_low", .real),
          ("range_high", .real), ("normalized_range_low", .real), ("normalized_range_high", .real), ("masked", .integer),
          ("per", .text), ("direction", .text), ("part_of", .text), ("indicator", .text), ("status", .text), ("year", .integer),
          ("years_first", .integer), ("years_last", .integer), ("id", .text),
        ] + span + [("text", .text)], notNull: ["sha256", "id", "kind", "unit", "masked", "text"]),
      keys: ["PRIMARY KEY (sha256, id)", ofDocument],
      indexes: [
        ("metrics_indicator", "indicator, status, year"), ("metrics_status_year", "status, year"),
        ("metrics_role", "role"), ("metrics_section", "sha256, section_id"),
      ]),
    Table(
      name: "placeholders",
      columns: columns(
        [
          ("sha256", .text), ("section_id", .text), ("section_path", .text), ("section_title", .text), ("role", .text),
          ("kind", .text), ("width", .integer), ("id", .text),
        ] + span + [("text", .text)], notNull: ["sha256", "id", "kind", "text"]),
      keys: ["PRIMARY KEY (sha256, id)", ofDocument],
      indexes: [("placeholders_kind", "kind")]),
    Table(
      name: "dates",
      columns: columns(
        [
          ("sha256", .text), ("position", .integer), ("section_id", .text), ("section_path", .text), ("text", .text),
          ("value", .text), ("precision", .text), ("masked", .integer), ("relative", .integer),
        ] + span, notNull: ["sha256", "position", "text"]),
      keys: ["PRIMARY KEY (sha256, position)", ofDocument],
      indexes: [("dates_value", "value")]),
    // REFERENCES is an SQL keyword: the JSON's `references` are the table `refs`.
    Table(
      name: "refs",
      columns: columns(
        [
          ("sha256", .text), ("position", .integer), ("section_id", .text), ("section_path", .text), ("text", .text),
          ("issuer", .text), ("year", .integer), ("serial", .integer), ("masked", .integer),
        ] + span, notNull: ["sha256", "position", "text"]),
      keys: ["PRIMARY KEY (sha256, position)", ofDocument],
      indexes: [("refs_issuer_year", "issuer, year")]),
    Table(
      name: "titles",
      columns: columns(
        [("sha256", .text), ("position", .integer), ("section_id", .text), ("section_path", .text), ("text", .text), ("category", .text)]
          + span, notNull: ["sha256", "position", "text"]),
      keys: ["PRIMARY KEY (sha256, position)", ofDocument],
      indexes: [("titles_category", "category")]),
    Table(
      name: "diagnostics",
      columns: columns(
        [("sha256", .text), ("position", .integer), ("severity", .text), ("code", .text), ("message", .text), ("line", .integer)],
        notNull: ["sha256", "position", "code"]),
      keys: ["PRIMARY KEY (sha256, position)", ofDocument],
      indexes: []),
  ]

  /// The rows of one document for each table of ``tables``, in the same order.
  static func rows(of document: Document, file: String) -> [[[TableCell]]] {
    let key = TableCell.text(document.source.sha256)
    let index = SectionIndex(document)
    let sections = index.ordered.enumerated().map { position, entry in
      let section = entry.section
      return [
        key, .text(section.id), .optionalText(entry.parentId), .integer(position), .integer(section.level),
        .text(section.marker), section.number.map(TableCell.integer) ?? .null, .text(section.style.rawValue),
        .optionalText(section.title), .text(section.role.rawValue), .list(entry.path),
      ] + span(section.span)
    }
    var paragraphs: [[TableCell]] = []
    func add(_ paragraph: Paragraph, part: String, section: String? = nil) {
      paragraphs.append(
        [key, .integer(paragraphs.count), .optionalText(section), .text(part), .text(paragraph.text)] + span(paragraph.span))
    }
    func add(_ sections: [Section]) {
      for section in sections {
        for paragraph in section.paragraphs { add(paragraph, part: "section", section: section.id) }
        add(section.children)
      }
    }
    let outline = document.outline
    if let salutation = outline.salutation { add(salutation, part: "salutation") }
    for paragraph in outline.preamble { add(paragraph, part: "preamble") }
    add(outline.sections)
    if let closing = outline.closing { add(closing, part: "closing") }
    for attachment in outline.attachments {
      for paragraph in attachment.preamble { add(paragraph, part: "attachment_preamble") }
      add(attachment.sections)
    }
    func located(_ section: SectionReference) -> [TableCell] {
      [.optionalText(section.sectionId), .list(section.sectionPath)]
    }
    return [
      TableKind.documents.rows(of: document, file: file),
      sections,
      paragraphs,
      TableKind.metrics.rows(of: document, file: file).map { [key] + $0.dropFirst() },
      TableKind.placeholders.rows(of: document, file: file).map { [key] + $0.dropFirst() },
      document.dates.enumerated().map { position, date in
        [key, .integer(position)] + located(date.section) + [
          .text(date.text), .optionalText(date.value), .text(date.precision), .bool(date.masked), .bool(date.relative),
        ] + span(date.span)
      },
      document.references.enumerated().map { position, reference in
        [key, .integer(position)] + located(reference.section) + [
          .text(reference.text), .text(reference.issuer), reference.year.map(TableCell.integer) ?? .null,
          reference.serial.map(TableCell.integer) ?? .null, .bool(reference.masked),
        ] + span(reference.span)
      },
      document.titles.enumerated().map { position, title in
        [key, .integer(position)] + located(title.section) + [.text(title.text), .text(title.category)] + span(title.span)
      },
      document.diagnostics.enumerated().map { position, diagnostic in
        [
          key, .integer(position), .text(diagnostic.severity.rawValue), .text(diagnostic.code), .text(diagnostic.message),
          diagnostic.line.map(TableCell.integer) ?? .null,
        ]
      },
    ]
  }

  private static func span(_ span: Span) -> [TableCell] {
    [.integer(span.line), .integer(span.start), .integer(span.end)]
  }
}

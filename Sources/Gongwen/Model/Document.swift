/// Everything Gongwen reads out of one report: its source, its section tree and the
/// entities found in it. This is the value behind the JSON contract.
///
/// ```swift
/// let document = try GongwenParser().parse(contentsOfFile: "report.txt")
/// for section in document.outline.sections {
///   print(section.marker, section.title, section.children.count)
/// }
/// ```
public struct Document: Codable, Hashable, Sendable {
  /// The version of the JSON contract this value encodes to.
  public static let currentSchemaVersion = 2

  public var schemaVersion: Int
  public var source: Source
  /// The section tree and the document-level facts (title, type, kind, period, front and
  /// back matter, attachments): the JSON's `document` object.
  ///
  /// The Swift name and the JSON key differ on purpose. In JSON, `document` sits beside
  /// `source`, `metrics` and the other entity lists and reads as "what the document says";
  /// in Swift the value already is a ``Document``, and `document.document.title` would say
  /// nothing, so the property is named for what it holds, an ``Outline``. The mapping is
  /// the one exception in the contract: every other property has its JSON key's name.
  /// So `document.outline.sections[0]` in Swift is `doc["document"]["sections"][0]` in
  /// Python, and `gongwen stream` results, which are a document's JSON with an `id`
  /// beside, carry the tree under `document` too.
  public var outline: Outline
  public var metrics: [Metric]
  public var placeholders: [Placeholder]
  public var dates: [DateMention]
  public var references: [Reference]
  public var titles: [TitleMention]
  public var diagnostics: [Diagnostic]
  /// The decoded text every ``Span`` indexes, kept for ``text(of:)``; not part of the JSON,
  /// nor of the value's equality (see `Document+Text.swift`).
  var retainedText = RetainedText()

  public init(
    source: Source, outline: Outline, metrics: [Metric] = [], placeholders: [Placeholder] = [],
    dates: [DateMention] = [], references: [Reference] = [], titles: [TitleMention] = [],
    diagnostics: [Diagnostic] = []
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.source = source
    self.outline = outline
    self.metrics = metrics
    self.placeholders = placeholders
    self.dates = dates
    self.references = references
    self.titles = titles
    self.diagnostics = diagnostics
  }

  enum CodingKeys: String, CodingKey {
    case schemaVersion, source, outline = "document", metrics, placeholders, dates, references,
      titles, diagnostics
  }
}

/// Where the text came from and how it was decoded.
public struct Source: Codable, Hashable, Sendable {
  /// The path given by the caller, if any.
  public var path: String?
  /// The encoding the bytes were decoded from: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `GB18030` …
  public var encoding: String
  /// Whether the bytes began with a byte-order mark.
  public var bom: Bool
  /// SHA-256 of the raw bytes, lowercase hex.
  public var sha256: String
  /// Size of the raw bytes.
  public var bytes: Int
  /// How the input was read: as plain text, markdown or a Word document. For a `.docx`,
  /// ``sha256`` and ``bytes`` are the file's, while spans index the text Gongwen built from
  /// it (``Document/text``). Nil in JSON written before the field existed.
  public var format: InputFormat?

  public init(path: String?, encoding: String, bom: Bool, sha256: String, bytes: Int, format: InputFormat? = nil) {
    self.path = path
    self.encoding = encoding
    self.bom = bom
    self.sha256 = sha256
    self.bytes = bytes
    self.format = format
  }
}

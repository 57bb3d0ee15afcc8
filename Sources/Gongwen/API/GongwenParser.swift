/// Reads Chinese government reports into ``Document`` values.
///
/// The parser runs one pipeline, top to bottom: decode the bytes (any encoding people use),
/// fold full-width forms for matching, classify the lines, build the section tree and
/// extract entities. It holds no state, so one parser can serve many threads.
///
/// ```swift
/// import Gongwen
///
/// let parser = GongwenParser()
/// let document = try parser.parse(contentsOfFile: "Fixtures/003_a7bb66045fcf768d.txt")
/// print(document.outline.title ?? "")          // X县委办公室2021年工作要点
/// print(document.outline.sections.count)       // 6
/// let json = document.jsonData(pretty: true)
/// ```
///
/// A markdown document (``InputFormat/markdown``) is read with its `#` headings, list items and
/// YAML front matter: files named `.md` or `.markdown` are, and any text when the `format`
/// argument says so.
public struct GongwenParser: Sendable {
  /// At most this many lines with invalid bytes are reported one by one.
  static let maxReplacementDiagnostics = 20

  /// The default ``maxInputBytes``: 128 MiB, a thousand times a long government work report.
  public static let defaultMaxInputBytes = 128 << 20

  /// Inputs larger than this many bytes are refused with ``GongwenError/tooLarge(path:limit:)``
  /// before they are decoded, so that memory stays bounded whatever a user hands over.
  public var maxInputBytes: Int

  public init(maxInputBytes: Int = GongwenParser.defaultMaxInputBytes) {
    self.maxInputBytes = max(0, maxInputBytes)
  }

  /// Parses the report in the file at `path`.
  ///
  /// - Parameters:
  ///   - path: the file to read.
  ///   - format: how the text is written; by default from the file's name (``InputFormat/init(path:)``:
  ///     `.md` and `.markdown` are markdown).
  /// - Throws: ``GongwenError`` when the file cannot be read, is a directory, is larger than
  ///   ``maxInputBytes``, or is not text.
  public func parse(contentsOfFile path: String, format: InputFormat? = nil) throws(GongwenError) -> Document {
    try parse(owned: FileReader.read(path, limit: maxInputBytes), path: path, format: format ?? InputFormat(path: path))
  }

  /// Parses the report on standard input, read to its end.
  ///
  /// - Parameter format: how the text is written: plain text unless told.
  public func parseStandardInput(format: InputFormat = .plainText) throws(GongwenError) -> Document {
    try parse(owned: FileReader.readStandardInput(limit: maxInputBytes), path: nil, format: format)
  }

  /// Parses a report from its raw bytes, detecting their encoding.
  ///
  /// - Parameters:
  ///   - bytes: the file's contents, in any encoding Gongwen reads.
  ///   - path: recorded in `source.path` and named in errors.
  ///   - format: how the text is written; by default from `path`'s name (plain text without one).
  public func parse(bytes: [UInt8], path: String? = nil, format: InputFormat? = nil) throws(GongwenError) -> Document {
    try parse(owned: bytes, path: path, format: format ?? InputFormat(path: path))
  }

  /// Parses bytes the parser owns, so that they are freed once decoded rather than held
  /// through the rest of the pipeline (a large file's bytes are a third of its scalars).
  private func parse(owned bytes: consuming [UInt8], path: String?, format: InputFormat) throws(GongwenError) -> Document {
    guard bytes.count <= maxInputBytes else { throw .tooLarge(path: path, limit: maxInputBytes) }
    if Self.readsAsWordDocument(bytes, format: format) { return try parseWordDocument(bytes, path: path) }
    let decoded = bytes.withUnsafeBytes { raw in
      Result { () throws(GongwenError) in
        (try TextDecoder(path: path).decode(raw), SHA256.hexDigest(raw))
      }
    }
    let byteCount = bytes.count
    _ = consume bytes
    let (text, sha256) = try decoded.get()
    let source = Source(
      path: path, encoding: text.encoding, bom: text.hadByteOrderMark, sha256: sha256, bytes: byteCount, format: format)
    let sourceText = SourceText(scalars: text.scalars)
    return assemble(
      sourceText, source: source, format: format, decodeDiagnostics: Self.decodeDiagnostics(text, in: sourceText))
  }

  /// Parses a report that is already text.
  ///
  /// Line breaks are unified as for files; nothing is refused, since the caller vouches that
  /// this is text.
  ///
  /// - Parameters:
  ///   - text: the report.
  ///   - path: recorded in `source.path`.
  ///   - format: how the text is written; by default from `path`'s name, plain text without
  ///     one. The text itself is never sniffed: pass ``InputFormat/markdown`` for markdown.
  public func parse(text: String, path: String? = nil, format: InputFormat? = nil) -> Document {
    let format = format ?? InputFormat(path: path)
    let utf8 = Array(text.utf8)
    return utf8.withUnsafeBytes { raw in
      // A string is text whatever its name says: a `.docx` path labels it, nothing more.
      let format = format == .docx ? .plainText : format
      let source = Source(
        path: path, encoding: "UTF-8", bom: false, sha256: SHA256.hexDigest(raw), bytes: raw.count, format: format)
      let scalars = TextDecoder.decodeUTF8IfMostlyValid(raw)?.scalars ?? Array(text.unicodeScalars)
      return assemble(SourceText(scalars: scalars), source: source, format: format, decodeDiagnostics: [])
    }
  }

  func assemble(
    _ original: SourceText, source: Source, format: InputFormat, hints: [LineHint] = [],
    decodeDiagnostics: [Diagnostic]
  ) -> Document {
    // Layout recovery first: the stages after it read logical lines whatever the layout,
    // and their positions are mapped back to the original text at the end. A Word
    // document's lines are its paragraphs already, and its hints are per line.
    let layout = format == .docx ? nil : LayoutRecovery(text: original).recover()
    let text = layout?.text ?? original
    // Each stage's input is let go as soon as the next stage has it: the classified lines
    // once the tree is built, the text units once the entities are found. For a text of
    // very short lines they cost more than the text itself (Docs/Benchmarks.md).
    var built = DocumentReader(text: text).build(LineClassifier(text: text, format: format, hints: hints).classify())
    var entities = Self.extract(from: built, text: text)
    built.units = []
    Self.annotate(&built, text: text)
    let reference = ReferenceYear.of(built.outline, text: text)
    if let reference { SectionRoleClassifier.orient(&built.outline.sections, reference: reference) }
    let outline = built.outline
    // Metrics and relative dates take their years from the same reading of time.
    let context = TimeContext(text: text, outline: outline, reference: reference)
    MetricAnnotator(text: text, outline: outline, context: context).annotate(&entities.metrics)
    RelativeDateResolver(text: text, outline: outline, context: context).resolve(&entities.dates)
    var document = Document(
      source: source, outline: outline, metrics: entities.metrics, placeholders: entities.placeholders,
      dates: entities.dates, references: entities.references, titles: entities.titles,
      diagnostics: built.diagnostics)
    document.retainedText = Document.RetainedText(original.scalars)
    if let layout {
      document.mapPositions(
        through: layout.origin, logical: layout.text, boilerplate: built.boilerplateRanges, original: original)
    }
    document.diagnostics = decodeDiagnostics + document.diagnostics
    if original.count == 0 { document.diagnostics.insert(Self.emptyInputDiagnostic, at: 0) }
    return document
  }

  /// Sentences and enumerations, roles, the document's kind, period and type; sentences,
  /// enumerations and roles of the attachments.
  /// In place: the tree is not copied, which for a text made of headings would double it.
  static func annotate(_ built: inout OutlineBuilder.Result, text: SourceText) {
    InlineAnnotator(text: text).annotate(&built.outline)
    SectionRoleClassifier.assignRoles(&built.outline.sections)
    built.outline.kind = DocumentKindClassifier(text: text).kind(of: built.outline, titleRange: built.titleRange)
    // A plan's sections are all plans, a summary's all achievements, unless a heading says
    // otherwise (二、存在问题 in a summary).
    SectionRoleClassifier.assignRoles(&built.outline.sections, inherited: built.outline.kind.defaultRole)
    built.outline.period = PeriodFinder(text: text).period(
      of: built.outline, kind: built.outline.kind, titleRange: built.titleRange)
    built.outline.docType = DocumentTypeClassifier(text: text).type(
      of: built.outline, title: built.titleRanges, dateline: built.datelineRanges)
    for index in built.outline.attachments.indices {
      var attachment = Outline(
        preamble: built.outline.attachments[index].preamble, sections: built.outline.attachments[index].sections)
      InlineAnnotator(text: text).annotate(&attachment)
      // An issued plan's sections are plans, an issued summary's achievements, as in a document.
      let inherited: SectionRole =
        switch built.outline.attachments[index].docType {
        case .plan: .plan
        case .summary: .achievements
        default: .other
        }
      SectionRoleClassifier.assignRoles(&attachment.sections, inherited: inherited)
      built.outline.attachments[index].preamble = attachment.preamble
      built.outline.attachments[index].sections = attachment.sections
    }
  }

  struct Entities {
    var metrics: [Metric]
    var placeholders: [Placeholder]
    var dates: [DateMention]
    var references: [Reference]
    var titles: [TitleMention]
  }

  /// Every entity in the text units the outline found.
  static func extract(from built: OutlineBuilder.Result, text: SourceText) -> Entities {
    let titles = TitleExtractor(text: text)
    let titleRanges = titles.titleRanges(in: built.units)
    let references = ReferenceExtractor(text: text).extract(from: built.units)
    let referenceRanges = references.map { $0.span.start..<$0.span.end }
    let placeholders = PlaceholderExtractor(text: text).extract(
      from: built.units, titles: titleRanges.map(\.range), codes: referenceRanges)
    let metrics = MetricExtractor(text: text, placeholders: placeholders).extract(
      from: built.units, excluded: titleRanges.map(\.range) + referenceRanges)
    return Entities(
      metrics: metrics, placeholders: placeholders, dates: DateExtractor(text: text).extract(from: built.units),
      references: references, titles: titles.extract(titleRanges))
  }

  /// The warning of a document with no text at all: a 0-byte file, a byte-order mark alone,
  /// an empty string. Such an input is a valid, empty document in every command (`parse`,
  /// `convert`, the tables, `stream`), not an error: the warning lets a corpus be checked for
  /// files that were truncated or never filled in.
  static let emptyInputDiagnostic = Diagnostic(
    severity: .warning, code: "input.empty", message: "the input holds no text: an empty document")

  /// What decoding had to work around: a `decode.mixed` warning for a file whose lines are
  /// in two encodings, then the ``replacementDiagnostics(_:in:)``.
  static func decodeDiagnostics(_ decoded: DecodedText, in text: SourceText) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    if let mixed = decoded.mixed {
      diagnostics.append(
        Diagnostic(
          severity: .warning, code: "decode.mixed",
          message: "lines in two encodings: \(mixed.primaryLines) read as \(decoded.encoding), "
            + "\(mixed.secondaryLines) as \(mixed.secondaryEncoding) (the first at this line)",
          line: text.line(containing: mixed.firstSecondaryOffset)))
    }
    return diagnostics + replacementDiagnostics(decoded, in: text)
  }

  /// One warning per line holding U+FFFD stand-ins for invalid bytes.
  ///
  /// Only the stand-ins the decoder wrote count: a U+FFFD the file itself holds is text.
  static func replacementDiagnostics(_ decoded: DecodedText, in text: SourceText) -> [Diagnostic] {
    var perLine: [(line: Int, count: Int)] = []
    for offset in decoded.replacementOffsets {
      let line = text.line(containing: offset)
      if perLine.last?.line == line { perLine[perLine.count - 1].count += 1 } else { perLine.append((line, 1)) }
    }
    var diagnostics = perLine.prefix(Self.maxReplacementDiagnostics).map { entry in
      Diagnostic(
        severity: .warning, code: "decode.replacement",
        message: "\(entry.count) invalid byte sequence(s) replaced with U+FFFD", line: entry.line)
    }
    if perLine.count > Self.maxReplacementDiagnostics {
      let rest = perLine.count - Self.maxReplacementDiagnostics
      diagnostics.append(Diagnostic(severity: .warning, code: "decode.replacement", message: "\(rest) more line(s) with invalid bytes"))
    }
    return diagnostics
  }
}

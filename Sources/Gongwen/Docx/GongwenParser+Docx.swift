import GongwenDocx

extension GongwenParser {
  /// Whether bytes are read as a Word document: the format says so, or they are a ZIP
  /// archive or an OLE compound file, which are never text (Docs/Docx.md).
  static func readsAsWordDocument(_ bytes: [UInt8], format: InputFormat) -> Bool {
    format == .docx || DocumentSignature(bytes.prefix(8)) != .other
  }

  /// The most bytes one part of a `.docx` may unpack to: 8 times ``maxInputBytes`` (text
  /// compresses about 5:1 in a `.docx`), so that a ZIP bomb cannot take the memory.
  var maxDocxPartBytes: Int {
    let (product, overflow) = maxInputBytes.multipliedReportingOverflow(by: 8)
    return overflow ? .max : product
  }

  /// Parses a Word document's bytes: its body read into text (``DocxText``) and that text
  /// read with the paragraphs' hints. `source` describes the file: its bytes and digest.
  func parseWordDocument(_ bytes: [UInt8], path: String?) throws(GongwenError) -> Document {
    let paragraphs: [DocxParagraph]
    do {
      paragraphs = try DocxReader.read(bytes, limit: maxDocxPartBytes)
    } catch {
      throw Self.error(error, path: path, limit: maxInputBytes)
    }
    let sha256 = bytes.withUnsafeBytes { SHA256.hexDigest($0) }
    let source = Source(path: path, encoding: "UTF-8", bom: false, sha256: sha256, bytes: bytes.count, format: .docx)
    let text = DocxText(paragraphs)
    // A body of empty paragraphs is an empty document (an `input.empty` warning), as an
    // empty text file is.
    let empty = text.scalars.allSatisfy { $0 == "\n" }
    return assemble(
      SourceText(scalars: empty ? [] : text.scalars), source: source, format: .docx, hints: empty ? [] : text.hints,
      decodeDiagnostics: [])
  }

  /// Whether a file's name is an old word processor's: `.doc`, `.dot`, `.wps`, `.wpt`.
  static func isLegacyWordName(_ path: String?) -> Bool {
    guard let path, let dot = path.lastIndex(of: ".") else { return false }
    return ["doc", "dot", "wps", "wpt"].contains(path[path.index(after: dot)...].lowercased())
  }

  /// The ``GongwenError`` naming the file for a ``DocxError``.
  static func error(_ error: DocxError, path: String?, limit: Int) -> GongwenError {
    switch error {
    case .damaged(let reason): .damagedDocument(path: path, reason: reason)
    case .notWordDocument: .notWordDocument(path: path)
    case .noBody: .documentWithoutBody(path: path)
    case .encrypted: .encryptedDocument(path: path)
    case .legacyWord: .legacyWordDocument(path: path)
    // A compound file whose directory names neither stream (cut short, or a variant) is an
    // old Word file when its name says so, else binary data (an old Excel file).
    case .otherCompoundFile: Self.isLegacyWordName(path) ? .legacyWordDocument(path: path) : .binaryInput(path: path)
    case .tooLarge: .tooLarge(path: path, limit: limit)
    }
  }
}

import Foundation
import ZIPFoundation

/// Reads the body of a Word document (`.docx`, Office Open XML) into lines of text, with the
/// numbers Word generates for numbered paragraphs written in.
///
/// Only the main document part (`word/document.xml`) is body text, read with the list
/// definitions (`word/numbering.xml`) and paragraph styles (`word/styles.xml`) it refers to.
/// Headers, footers (a watermark lives in the header), footnotes, endnotes and comments are
/// other parts, and are not read.
///
/// This module is the only code that sees ZIPFoundation and FoundationXML (libxml2), the way
/// `GongwenICU` is the only code that sees ICU: the rest of the package gets plain values
/// (``DocxParagraph``) and one error type (``DocxError``). See Docs/Docx.md.
package enum DocxReader {
  /// The main document part, and the parts it needs for numbering and styles.
  static let documentPart = "word/document.xml"
  static let numberingPart = "word/numbering.xml"
  static let stylesPart = "word/styles.xml"

  /// The body of the Word document in `bytes`, one ``DocxParagraph`` per paragraph or table
  /// row, in order.
  ///
  /// - Parameter limit: the most bytes any one part may unpack to.
  /// - Throws: ``DocxError``: an OLE compound file (encrypted, `.doc`), a damaged archive or
  ///   part, a ZIP that is no Word document, a document without a body, a part over `limit`.
  package static func read(_ bytes: [UInt8], limit: Int) throws(DocxError) -> [DocxParagraph] {
    switch DocumentSignature(bytes) {
    case .compoundFile: throw DocumentSignature.compoundFileError(bytes)
    case .zip: break
    case .other: throw .damaged("not a ZIP archive")
    }
    let archive: Archive
    do {
      archive = try Archive(data: Data(bytes), accessMode: .read)
    } catch {
      throw .damaged("not a readable ZIP archive (\(error))")
    }
    guard let document = try part(documentPart, of: archive, limit: limit) else { throw .notWordDocument }
    let numbering = try part(numberingPart, of: archive, limit: limit).map { data throws(DocxError) in
      try NumberingDefinitions.read(data)
    }
    let styles = try part(stylesPart, of: archive, limit: limit).map { data throws(DocxError) in
      try StyleSheet.read(data)
    }
    return try body(document, styles: styles ?? StyleSheet(), numbering: numbering ?? NumberingDefinitions())
  }

  /// The paragraphs of a `document.xml` part, given its styles and list definitions.
  package static func body(_ document: Data, styles: StyleSheet, numbering: NumberingDefinitions) throws(DocxError)
    -> [DocxParagraph]
  {
    var reader = BodyReader(styles: styles, numbering: numbering)
    try XMLEventReader.read(document, part: documentPart, into: &reader)
    guard reader.sawBody else { throw .noBody }
    return reader.paragraphs
  }

  /// A part's bytes, nil when the archive has no such part.
  private static func part(_ path: String, of archive: Archive, limit: Int) throws(DocxError) -> Data? {
    guard let entry = archive[path] else { return nil }
    guard entry.uncompressedSize <= UInt64(limit) else { throw .tooLarge(part: path, limit: limit) }
    var data = Data()
    data.reserveCapacity(Int(entry.uncompressedSize))
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        data.append(chunk)
        // The size in the directory may lie; the data may not.
        if data.count > limit { throw DocxError.tooLarge(part: path, limit: limit) }
      }
    } catch let error as DocxError {
      throw error
    } catch {
      throw .damaged("\(path) cannot be unpacked (\(error))")
    }
    return data
  }
}

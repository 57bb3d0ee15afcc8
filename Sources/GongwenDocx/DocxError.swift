/// Why a Word file could not be read. `Gongwen` turns each case into a `GongwenError` that
/// names the file.
package enum DocxError: Error, Hashable, Sendable {
  /// Not a readable ZIP archive, or a part that is not well-formed XML: the reason.
  case damaged(String)
  /// A ZIP archive without `word/document.xml`: some other kind of file (a spreadsheet,
  /// an EPUB, a plain archive).
  case notWordDocument
  /// `word/document.xml` has no `w:body`.
  case noBody
  /// An OLE compound file holding `EncryptionInfo`: a password-protected Office document.
  case encrypted
  /// An OLE compound file holding a `WordDocument` stream: Word 97–2003 `.doc` or WPS `.wps`.
  case legacyWord
  /// An OLE compound file of another kind (an old Excel or PowerPoint file).
  case otherCompoundFile
  /// A part that unpacks to more than the limit, in bytes (a ZIP bomb, or a document too
  /// large to read).
  case tooLarge(part: String, limit: Int)
}

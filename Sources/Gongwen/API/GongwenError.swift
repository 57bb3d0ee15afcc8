/// Why a document could not be read at all.
///
/// Problems Gongwen can work around (a few invalid bytes, an odd heading) are not errors:
/// they become ``Diagnostic`` values in the output.
public enum GongwenError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The bytes are not text: NUL bytes or control characters outside any text encoding.
  case binaryInput(path: String?)
  /// The bytes are not valid in any encoding Gongwen knows.
  case undecodable(path: String?, reason: String)
  /// The file could not be read.
  case unreadable(path: String, reason: String)
  /// The path names a directory, not a file.
  case isDirectory(path: String)
  /// The file holds no bytes at all.
  ///
  /// No longer thrown: an empty file is an empty document with an `input.empty` warning in
  /// its ``Document/diagnostics``, in every command. The case stays so that code switching
  /// over the cases keeps compiling.
  case empty(path: String)
  /// An output could not be written.
  case unwritable(path: String, reason: String)
  /// An output already exists and overwriting was not asked for.
  case outputExists(path: String)
  /// The input is larger than the parser's limit (``GongwenParser/maxInputBytes``).
  case tooLarge(path: String?, limit: Int)
  /// A path a request named was refused (outside the allowed folders, not a regular file).
  case notAllowed(path: String, reason: String)
  /// A SQLite database could not be opened, read or written (``SQLiteExport``): not a
  /// database, another program's database, a full disk.
  case database(path: String, reason: String)
  /// A Word document (`.docx`) that cannot be read: not a valid ZIP archive, or a part that
  /// is not well-formed XML (a truncated download, a file saved half-way).
  case damagedDocument(path: String?, reason: String)
  /// A password-protected Office document (an OLE compound file holding `EncryptionInfo`).
  case encryptedDocument(path: String?)
  /// A Word 97–2003 `.doc` or WPS `.wps` (an OLE compound file with a `WordDocument`
  /// stream), which Gongwen does not read: saved as `.docx`, it is.
  case legacyWordDocument(path: String?)
  /// A ZIP archive that is not a Word document: it has no `word/document.xml`.
  case notWordDocument(path: String?)
  /// A Word document whose `word/document.xml` has no body (`w:body`).
  case documentWithoutBody(path: String?)

  public var description: String {
    switch self {
    case .binaryInput(let path):
      return "\(path ?? "<input>"): binary data, not a text document"
    case .undecodable(let path, let reason):
      return "\(path ?? "<input>"): cannot decode text: \(reason)"
    case .unreadable(let path, let reason):
      return "\(path): cannot read file: \(reason)"
    case .isDirectory(let path):
      return "\(path): is a directory, not a text file"
    case .empty(let path):
      return "\(path): file is empty"
    case .unwritable(let path, let reason):
      return "\(path): cannot write: \(reason)"
    case .outputExists(let path):
      return "\(path): already exists (use --overwrite to replace it)"
    case .tooLarge(let path, let limit):
      return "\(path ?? "<input>"): larger than the input limit of \(limit) bytes (raise it with --max-bytes)"
    case .notAllowed(let path, let reason):
      return "\(path): refused: \(reason)"
    case .database(let path, let reason):
      return "\(path): SQLite database: \(reason)"
    case .damagedDocument(let path, let reason):
      return "\(path ?? "<input>"): damaged Word document: \(reason)"
    case .encryptedDocument(let path):
      return "\(path ?? "<input>"): encrypted (password-protected) document: remove the password in Word and save again"
    case .legacyWordDocument(let path):
      return "\(path ?? "<input>"): Word 97–2003 .doc (or WPS .wps) is not read: save as .docx"
    case .notWordDocument(let path):
      return "\(path ?? "<input>"): a ZIP archive, not a Word document (no word/document.xml)"
    case .documentWithoutBody(let path):
      return "\(path ?? "<input>"): Word document without a body (word/document.xml has no w:body)"
    }
  }

  /// The path the error concerns, if any.
  public var path: String? {
    switch self {
    case .binaryInput(let path), .undecodable(let path, _), .tooLarge(let path, _), .damagedDocument(let path, _),
      .encryptedDocument(let path), .legacyWordDocument(let path), .notWordDocument(let path),
      .documentWithoutBody(let path):
      return path
    case .unreadable(let path, _), .isDirectory(let path), .empty(let path), .unwritable(let path, _),
      .outputExists(let path), .notAllowed(let path, _), .database(let path, _):
      return path
    }
  }
}

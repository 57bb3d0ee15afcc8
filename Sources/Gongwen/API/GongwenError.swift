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
    }
  }

  /// The path the error concerns, if any.
  public var path: String? {
    switch self {
    case .binaryInput(let path), .undecodable(let path, _), .tooLarge(let path, _): return path
    case .unreadable(let path, _), .isDirectory(let path), .empty(let path), .unwritable(let path, _),
      .outputExists(let path), .notAllowed(let path, _), .database(let path, _):
      return path
    }
  }
}

/// A file in an input folder that a batch does not read, and why: an old Word or WPS
/// document, a PDF, a file the pattern does not take. (`.docx` files are read.)
///
/// ``BatchInput/scan(_:pattern:excluding:exclude:)`` lists them, and ``BatchSummary/leftOut`` hands
/// them back, so that "converted 29" for a folder of 31 files also says what became of the
/// other two. Hidden files (`.DS_Store`) and the output folder are not listed.
public struct SkippedFile: Hashable, Sendable {
  /// Why a file is not read.
  public enum Reason: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// A word processor's document Gongwen does not read (`.doc`, `.wps`, `.odt`, `.rtf`):
    /// saved as `.docx`, it is read.
    case wordDocument
    /// A PDF file (`.pdf`).
    case pdf
    /// Any other file the default patterns do not take: not plain text, Markdown or `.docx`.
    case notText
    /// A file the pattern given (`--glob`) does not take.
    case notMatchingPattern

    /// The reason for people, e.g. `not read: save it as .docx`.
    public var description: String {
      switch self {
      case .wordDocument: "not read: save it as .docx"
      case .pdf: "PDF files are not read yet; extract their text first"
      case .notText: "not a text, Markdown or Word (.docx) file"
      case .notMatchingPattern: "does not match the pattern"
      }
    }

    /// The reason for the file named `name`, which the batch's patterns did not take;
    /// `customPattern` tells whether the patterns were given rather than the defaults.
    static func of(_ name: String, customPattern: Bool) -> Reason {
      let lowered = name.lowercased()
      let fileExtension = lowered.lastIndex(of: ".").map { String(lowered[lowered.index(after: $0)...]) } ?? ""
      switch fileExtension {
      case "doc", "wps", "odt", "rtf", "dot", "wpt": return .wordDocument
      case "pdf": return .pdf
      default: return customPattern ? .notMatchingPattern : .notText
      }
    }
  }

  /// The file's path, as found under the input folder (`DIR/a/b.docx`).
  public var path: String
  public var reason: Reason

  public init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  /// One line for people: `left out 2: a.doc (not read: save it as .docx), b.pdf (…)`,
  /// or `left out 2` when `names` is false; nil when nothing was left out.
  public static func summary(_ files: [SkippedFile], names: Bool = true) -> String? {
    guard !files.isEmpty else { return nil }
    let head = "left out \(files.count)"
    guard names else { return head }
    return head + ": " + files.map { "\($0.path) (\($0.reason))" }.joined(separator: ", ")
  }
}

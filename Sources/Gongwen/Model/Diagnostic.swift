/// A recoverable problem met while reading a document; it goes into the output instead of
/// stopping the parse.
public struct Diagnostic: Codable, Hashable, Sendable {
  public enum Severity: String, Codable, Hashable, Sendable {
    case info, warning
  }

  public var severity: Severity
  /// A stable machine-readable code, e.g. `decode.replacement`.
  public var code: String
  /// What happened, for people.
  public var message: String
  /// The 1-based line it concerns, when there is one.
  public var line: Int?

  public init(severity: Severity, code: String, message: String, line: Int? = nil) {
    self.severity = severity
    self.code = code
    self.message = message
    self.line = line
  }
}

/// Where something stands in the decoded text.
///
/// Offsets count Unicode scalars (code points) from the start of the decoded
/// text — after the byte-order mark is dropped and CRLF/CR are turned into LF —
/// so they equal Python `str` indices of the same text. `end` is exclusive.
public struct Span: Codable, Hashable, Sendable {
  /// Offset of the first scalar.
  public var start: Int
  /// Offset one past the last scalar.
  public var end: Int
  /// 1-based line number of `start`.
  public var line: Int

  public init(start: Int, end: Int, line: Int) {
    self.start = start
    self.end = end
    self.line = line
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One line of stream-mode input.
public enum RequestLine: Equatable, Sendable {
  /// The line's bytes, without its LF (or CRLF).
  case line([UInt8])
  /// A line longer than the reader's limit: its bytes were counted and dropped as they came,
  /// so that one endless line cannot exhaust memory.
  case tooLong(byteCount: Int)
}

/// Reads stream-mode request lines from a file descriptor in chunks, keeping at most `limit`
/// bytes of any line.
///
/// `readLine` holds a whole line whatever its length; a single request line without an end
/// (`cat /dev/zero | gongwen stream`) would grow without bound. This reader answers such a
/// line with ``RequestLine/tooLong(byteCount:)`` and goes on with the next one.
public struct RequestLineReader {
  /// The descriptor read from; not closed by the reader.
  public let descriptor: Int32
  /// The most bytes of one line that are kept.
  public let limit: Int
  /// Why reading stopped early, when it did (the system's reason); `nil` at a plain end of input.
  public private(set) var readError: String?

  private var chunk: [UInt8]
  private var start = 0
  private var end = 0
  private var atEnd = false

  public init(descriptor: Int32, limit: Int, chunkSize: Int = 64 << 10) {
    self.descriptor = descriptor
    self.limit = max(0, limit)
    chunk = [UInt8](repeating: 0, count: max(1, chunkSize))
  }

  /// The next line, or `nil` at the end of input. A last line without LF is still a line.
  public mutating func next() -> RequestLine? {
    var line: [UInt8] = []
    var length = 0
    var sawBytes = false
    while true {
      if start == end {
        if atEnd || !refill() { break }
      }
      sawBytes = true
      let lineFeed = chunk[start..<end].firstIndex(of: 0x0A)
      let piece = start..<(lineFeed ?? end)
      length += piece.count
      if length <= limit {
        line.append(contentsOf: chunk[piece])
      } else if !line.isEmpty {
        line = []  // over the limit: let the kept part go at once
      }
      start = lineFeed.map { $0 + 1 } ?? end
      if lineFeed != nil { break }
    }
    guard sawBytes else { return nil }
    guard length <= limit else { return .tooLong(byteCount: length) }
    if line.last == 0x0D { line.removeLast() }
    return .line(line)
  }

  /// Reads the next chunk; `false` at the end of input or on an error.
  private mutating func refill() -> Bool {
    while true {
      let count = chunk.withUnsafeMutableBytes { POSIX.systemRead(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        (start, end) = (0, count)
        return true
      }
      if count < 0 && errno == EINTR { continue }
      if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
        // A non-blocking descriptor inherited from the caller: wait for input rather than
        // take "nothing yet" for the end.
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&request, 1, -1)
        continue
      }
      if count < 0 { readError = POSIX.lastError() }
      atEnd = true
      return false
    }
  }
}

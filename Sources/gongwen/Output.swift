#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to standard output and standard error without Foundation.
///
/// Every write to standard output is checked: when it fails — a full disk (ENOSPC), a closed
/// pipe with SIGPIPE ignored (EPIPE), an I/O error — the program says so on standard error
/// and exits with code 1 at once, so a truncated output is never mistaken for a complete one
/// and no more work is done for a reader that is gone. (With SIGPIPE at its default, a
/// closed pipe ends the program by the signal, as it does for any Unix tool.)
enum Output {
  static func write(_ bytes: some Sequence<UInt8>) {
    Array(bytes).withUnsafeBytes { write(raw: $0) }
  }

  static func write(raw: UnsafeRawBufferPointer) {
    guard var base = raw.baseAddress else { return }
    var remaining = raw.count
    while remaining > 0 {
      let written = Glibc.write(1, base, remaining)
      if written < 0 {
        if errno == EINTR { continue }
        failStandardOutput(reason: String(cString: strerror(errno)))
      }
      if written == 0 { failStandardOutput(reason: "nothing was written") }
      base += written
      remaining -= written
    }
  }

  static func write(_ string: String) { write(string.utf8) }

  /// Ends the program after a failed write to standard output.
  static func failStandardOutput(reason: String) -> Never {
    writeError("gongwen: cannot write to standard output: \(reason)\n")
    exit(1)
  }

  /// Writes a message to standard error. Its own failures are ignored: there is nowhere
  /// left to report them.
  static func writeError(_ string: String) {
    let buffer = Array(string.utf8)
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Glibc.write(2, raw.baseAddress! + offset, raw.count - offset)
        if written < 0, errno == EINTR { continue }
        if written <= 0 { return }
        offset += written
      }
    }
  }
}

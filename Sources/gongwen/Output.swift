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
    if let reason = writeAll(1, raw) { failStandardOutput(reason: reason) }
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
    Array(string.utf8).withUnsafeBytes { _ = writeAll(2, $0) }
  }

  /// Writes all of `raw` to `descriptor`, retrying interrupted and partial writes; the
  /// system's reason when a write fails.
  private static func writeAll(_ descriptor: Int32, _ raw: UnsafeRawBufferPointer) -> String? {
    guard var base = raw.baseAddress else { return nil }
    var remaining = raw.count
    while remaining > 0 {
      let written = Glibc.write(descriptor, base, remaining)
      if written < 0 {
        if errno == EINTR { continue }
        return String(cString: strerror(errno))
      }
      if written == 0 { return "nothing was written" }
      base += written
      remaining -= written
    }
    return nil
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to standard output and standard error without Foundation.
enum Output {
  static func write(_ bytes: some Sequence<UInt8>) {
    Array(bytes).withUnsafeBytes { write(raw: $0) }
  }

  static func write(raw: UnsafeRawBufferPointer) {
    guard let base = raw.baseAddress else { return }
    var offset = 0
    while offset < raw.count {
      let written = Glibc.write(1, base + offset, raw.count - offset)
      if written <= 0 { return }
      offset += written
    }
  }

  static func write(_ string: String) { write(string.utf8) }

  static func writeError(_ string: String) {
    let buffer = Array(string.utf8)
    buffer.withUnsafeBytes { raw in _ = Glibc.write(2, raw.baseAddress, raw.count) }
  }
}

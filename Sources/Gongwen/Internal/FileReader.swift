#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files with POSIX calls, so that errors carry the system's own reason
/// ("No such file or directory", "Permission denied").
enum FileReader {
  static func read(_ path: String) throws(GongwenError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .unreadable(path: path, reason: POSIX.lastError()) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: POSIX.lastError()) }
    if (status.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
    return try readAll(descriptor, path: path, sizeHint: Int(status.st_size))
  }

  /// Everything on standard input, until end of file.
  static func readStandardInput() throws(GongwenError) -> [UInt8] {
    try readAll(0, path: "-", sizeHint: 0)
  }

  private static func readAll(_ descriptor: Int32, path: String, sizeHint: Int) throws(GongwenError) -> [UInt8] {
    var bytes = [UInt8]()
    bytes.reserveCapacity(max(sizeHint, 0))
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = chunk.withUnsafeMutableBytes { POSIX.systemRead(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: POSIX.lastError())
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }
}

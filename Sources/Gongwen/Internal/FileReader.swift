#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files with POSIX calls, so that errors carry the system's own reason
/// ("No such file or directory", "Permission denied").
///
/// Every read stops at a byte limit: a device such as `/dev/zero`, a pipe that never ends
/// or a file that grows while it is read gives ``GongwenError/tooLarge(path:limit:)``
/// instead of exhausting memory.
enum FileReader {
  static func read(_ path: String, limit: Int = .max) throws(GongwenError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .unreadable(path: path, reason: POSIX.lastError()) }
    defer { close(descriptor) }
    return try readOpened(descriptor, path: path, limit: limit, regularOnly: false)
  }

  /// The contents of a regular file already open as `descriptor`, which the caller closes.
  ///
  /// The descriptor, not the path, is checked (`fstat`): nothing can swap the file between
  /// the check and the read. Anything but a regular file (directory, device, FIFO, socket)
  /// is refused, since reading it could block or never end.
  static func readRegularFile(_ descriptor: Int32, path: String, limit: Int) throws(GongwenError) -> [UInt8] {
    try readOpened(descriptor, path: path, limit: limit, regularOnly: true)
  }

  /// Checks what `descriptor` is, then reads it to its end or the limit. A directory is
  /// always refused; with `regularOnly`, so is anything but a regular file. A regular file's
  /// size is checked against the limit before any byte is read.
  private static func readOpened(
    _ descriptor: Int32, path: String, limit: Int, regularOnly: Bool
  ) throws(GongwenError) -> [UInt8] {
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: POSIX.lastError()) }
    let type = status.st_mode & S_IFMT
    if regularOnly, type != S_IFREG {
      throw .notAllowed(path: path, reason: "not a regular file (\(POSIX.describeFileType(type)))")
    }
    if type == S_IFDIR { throw .isDirectory(path: path) }
    if type == S_IFREG, Int(status.st_size) > limit { throw .tooLarge(path: path, limit: limit) }
    return try readAll(descriptor, path: path, sizeHint: Int(status.st_size), limit: limit)
  }

  /// Everything on standard input, until end of file.
  static func readStandardInput(limit: Int = .max) throws(GongwenError) -> [UInt8] {
    try readAll(0, path: "-", sizeHint: 0, limit: limit)
  }

  private static func readAll(_ descriptor: Int32, path: String, sizeHint: Int, limit: Int) throws(GongwenError) -> [UInt8] {
    var bytes = [UInt8]()
    bytes.reserveCapacity(min(max(sizeHint, 0), limit))
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = chunk.withUnsafeMutableBytes { POSIX.systemRead(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: POSIX.lastError())
      }
      if count == 0 { break }
      if count > limit - bytes.count { throw .tooLarge(path: path == "-" ? nil : path, limit: limit) }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }
}

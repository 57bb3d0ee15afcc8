#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file written under a temporary name in its final directory and renamed into place
/// when complete, so that a crash or Ctrl-C never leaves a half-written output.
///
/// ```swift
/// let file = try AtomicFile(path: "out/report.json")
/// try file.write(bytes)
/// try file.commit(overwrite: false)
/// ```
public final class AtomicFile {
  /// Where the file will stand once committed.
  public let path: String
  private let temporaryPath: String
  private let descriptor: Int32
  private var open = true

  /// Opens a temporary file next to `path` (`.name.XXXXXX.tmp`).
  public init(path: String) throws(GongwenError) {
    self.path = path
    let slash = path.lastIndex(of: "/")
    let directory = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var template = Array("\(directory).\(name).XXXXXX.tmp".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
    guard descriptor >= 0 else { throw .unwritable(path: path, reason: POSIX.lastError()) }
    self.descriptor = descriptor
    self.temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }

  /// Appends bytes to the temporary file.
  public func write(_ bytes: some Collection<UInt8>) throws(GongwenError) {
    let written = bytes.withContiguousStorageIfAvailable { POSIX.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
      ?? Array(bytes).withUnsafeBytes { POSIX.writeAll(descriptor, $0) }
    guard written else { throw .unwritable(path: path, reason: POSIX.lastError()) }
  }

  /// Moves the complete file into place. Without `overwrite`, an existing file at `path` is
  /// left alone and the call throws ``GongwenError/outputExists(path:)``; the check and the
  /// move are one step (`link`), so two writers cannot both win.
  public func commit(overwrite: Bool) throws(GongwenError) {
    precondition(open, "an AtomicFile is committed once")
    open = false
    defer { unlink(temporaryPath) }
    // Reports are read by other programs right away; make the file readable like any other.
    fchmod(descriptor, 0o644)
    guard close(descriptor) == 0 else { throw .unwritable(path: path, reason: POSIX.lastError()) }
    if overwrite {
      guard rename(temporaryPath, path) == 0 else { throw .unwritable(path: path, reason: POSIX.lastError()) }
    } else if link(temporaryPath, path) != 0 {
      throw errno == EEXIST ? .outputExists(path: path) : .unwritable(path: path, reason: POSIX.lastError())
    }
  }

  /// An uncommitted file is thrown away.
  deinit {
    guard open else { return }
    close(descriptor)
    unlink(temporaryPath)
  }
}

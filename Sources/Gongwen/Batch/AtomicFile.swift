#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
import Synchronization

/// A file written under a temporary name in its final directory and renamed into place
/// when complete, so that a crash, a full disk or Ctrl-C never leaves a half-written output.
///
/// ```swift
/// let file = try AtomicFile(path: "out/report.json")
/// try file.write(bytes)
/// try file.commit(overwrite: false)
/// ```
///
/// The temporary file is `.gongwen-<pid>-XXXXXX.tmp` in the same directory: short, so that
/// any output name that fits in a directory also fits its temporary file, and a pattern only
/// Gongwen uses, so that ``removeStaleTemporaryFiles(in:)`` can clean up after a run that was
/// killed. Uncommitted files are listed for ``removeUncommittedFiles()``, which a signal
/// handler calls.
public final class AtomicFile {
  /// Where the file will stand once committed.
  public let path: String
  /// The temporary file, for a writer that opens it by name (``SQLiteExport``'s database).
  let temporaryPath: String
  private let descriptor: Int32
  private var open = true

  /// Opens a temporary file next to `path`.
  public init(path: String) throws(GongwenError) {
    self.path = path
    let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    var template = Array("\(directory)\(Self.temporaryPrefix)\(getpid())-XXXXXX\(Self.temporarySuffix)".utf8CString)
    // Created and listed under one lock, so a signal's cleanup never misses a file.
    let (descriptor, temporaryPath) = Self.uncommitted.withLock { paths in
      let descriptor = template.withUnsafeMutableBufferPointer {
        mkstemps($0.baseAddress!, Int32(Self.temporarySuffix.utf8.count))
      }
      guard descriptor >= 0 else { return (descriptor, "") }
      _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
      let temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
      paths.insert(temporaryPath)
      return (descriptor, temporaryPath)
    }
    guard descriptor >= 0 else { throw .unwritable(path: path, reason: POSIX.lastError()) }
    self.descriptor = descriptor
    self.temporaryPath = temporaryPath
  }

  /// Appends bytes to the temporary file.
  public func write(_ bytes: some Collection<UInt8>) throws(GongwenError) {
    let written = bytes.withContiguousStorageIfAvailable { POSIX.writeAll(descriptor, UnsafeRawBufferPointer($0)) }
      ?? Array(bytes).withUnsafeBytes { POSIX.writeAll(descriptor, $0) }
    guard written else { throw .unwritable(path: path, reason: POSIX.lastError()) }
  }

  /// Moves the complete file into place, after flushing it to the disk and checking that
  /// the flush and the close succeeded: a file the disk could not hold never replaces
  /// another. Without `overwrite`, an existing file at `path` is left alone and the call
  /// throws ``GongwenError/outputExists(path:)``; the check and the move are one step
  /// (`link`), so two writers cannot both win. The temporary file is gone afterwards,
  /// whatever happened.
  public func commit(overwrite: Bool) throws(GongwenError) {
    precondition(open, "an AtomicFile is committed once")
    open = false
    defer { discardTemporary() }
    // Reports are read by other programs right away; make the file readable like any other.
    fchmod(descriptor, 0o644)
    let synced = fsync(descriptor) == 0 || errno == EINVAL  // EINVAL: a file system without fsync
    let syncError = POSIX.lastError()
    let closed = close(descriptor) == 0
    guard synced else { throw .unwritable(path: path, reason: syncError) }
    guard closed else { throw .unwritable(path: path, reason: POSIX.lastError()) }
    if overwrite {
      guard rename(temporaryPath, path) == 0 else { throw .unwritable(path: path, reason: POSIX.lastError()) }
    } else if link(temporaryPath, path) != 0 {
      throw errno == EEXIST ? .outputExists(path: path) : .unwritable(path: path, reason: POSIX.lastError())
    }
  }

  /// Throws the file away without committing it.
  public func discard() {
    guard open else { return }
    open = false
    close(descriptor)
    discardTemporary()
  }

  private func discardTemporary() {
    Self.uncommitted.withLock { paths in
      unlink(temporaryPath)
      paths.remove(temporaryPath)
    }
  }

  /// An uncommitted file is thrown away.
  deinit {
    discard()
  }

  // MARK: - Cleaning up

  static let temporaryPrefix = ".gongwen-"
  static let temporarySuffix = ".tmp"

  /// The temporary files of this process that are neither committed nor discarded.
  private static let uncommitted = Mutex<Set<String>>([])

  /// Removes every temporary file this process has open and not committed, and makes later
  /// ones impossible to commit. For a handler of SIGINT and SIGTERM, run outside the signal
  /// context (the `gongwen` command uses a thread that waits for the signals).
  public static func removeUncommittedFiles() {
    uncommitted.withLock { paths in
      for path in paths { unlink(path) }
      paths.removeAll()
    }
  }

  /// Removes, in `directory` and the folders below it, temporary files left by Gongwen runs
  /// that are no longer running (killed with SIGKILL, or by a power cut); returns how many.
  /// A file of a run still alive on this machine is kept, so two runs into one folder do not
  /// break each other. Symbolic links are not followed.
  @discardableResult
  public static func removeStaleTemporaryFiles(in directory: String) -> Int {
    removeStaleTemporaryFiles(in: directory, recursive: true)
  }

  /// As ``removeStaleTemporaryFiles(in:)``, in `directory` alone unless `recursive`: for a
  /// database written into a folder that holds anything else (the current directory).
  @discardableResult
  static func removeStaleTemporaryFiles(in directory: String, recursive: Bool) -> Int {
    guard let entries = try? POSIX.directoryEntries(directory) else { return 0 }
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    var removed = 0
    for entry in entries {
      if entry.isDirectory {
        if recursive { removed += removeStaleTemporaryFiles(in: base + entry.name, recursive: true) }
      } else if let pid = ownerProcess(ofTemporaryName: entry.name), pid != getpid(), !processIsAlive(pid) {
        if unlink(base + entry.name) == 0 { removed += 1 }
      }
    }
    return removed
  }

  /// The process id in a name `.gongwen-<pid>-XXXXXX.tmp`, or nil for any other name.
  static func ownerProcess(ofTemporaryName name: String) -> pid_t? {
    guard name.hasPrefix(temporaryPrefix), name.hasSuffix(temporarySuffix) else { return nil }
    let middle = name.dropFirst(temporaryPrefix.count).dropLast(temporarySuffix.count)
    let parts = middle.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].utf8.count == 6, let pid = pid_t(parts[0]), pid > 0 else { return nil }
    return pid
  }

  private static func processIsAlive(_ pid: pid_t) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin wrappers over the POSIX calls the batch tools need, with the system's own reason in
/// every error.
enum POSIX {
  enum EntryType: Equatable { case file, directory, other, missing(reason: String) }

  /// What `path` is, following symbolic links; `missing` (with the system's reason: no such
  /// file, a dangling link, a name too long) when it cannot be looked at.
  static func entryType(_ path: String) -> EntryType {
    var status = stat()
    guard stat(path, &status) == 0 else {
      return .missing(reason: errno == ENOENT ? "no such file or directory" : lastError())
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  /// The names in a directory, sorted, without `.` and `..`, each with whether it is a
  /// directory (symbolic links to directories are not followed, so a link loop cannot trap a
  /// walk).
  static func directoryEntries(_ path: String) throws(GongwenError) -> [(name: String, isDirectory: Bool)] {
    guard let directory = opendir(path) else { throw .unreadable(path: path, reason: lastError()) }
    defer { closedir(directory) }
    var entries: [(name: String, isDirectory: Bool)] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name == "." || name == ".." { continue }
      // Relative to the open folder, so that an entry whose full path is too long for the
      // system is still seen (and reported when it cannot be read) rather than dropped.
      var status = stat()
      let isDirectory =
        fstatat(dirfd(directory), name, &status, AT_SYMLINK_NOFOLLOW) == 0 && status.st_mode & S_IFMT == S_IFDIR
      entries.append((name, isDirectory))
    }
    return entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
  }

  /// Whether `name` matches a shell pattern such as `*.txt`.
  static func matches(_ name: String, pattern: String) -> Bool {
    fnmatch(pattern, name, 0) == 0
  }

  /// Creates `path` and its missing parents.
  static func makeDirectories(_ path: String) throws(GongwenError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += component + "/"
      if mkdir(prefix, 0o755) != 0, errno != EEXIST {
        throw .unwritable(path: path, reason: lastError())
      }
    }
    guard entryType(path) == .directory else { throw .unwritable(path: path, reason: "not a directory") }
  }

  /// Creates the folders of `relative` (`a/b`) below `root`, which must exist. A component
  /// that is a symbolic link, or anything but a folder, is refused: outputs never land
  /// outside `root` through a link placed inside it.
  static func makeDirectories(_ relative: String, under root: String) throws(GongwenError) {
    var path = root.hasSuffix("/") ? String(root.dropLast()) : root
    for component in relative.split(separator: "/") where component != "." {
      path += "/" + component
      if mkdir(path, 0o755) != 0, errno != EEXIST {
        throw .unwritable(path: path, reason: lastError())
      }
      var status = stat()
      guard lstat(path, &status) == 0 else { throw .unwritable(path: path, reason: lastError()) }
      guard status.st_mode & S_IFMT == S_IFDIR else {
        let what = status.st_mode & S_IFMT == S_IFLNK ? "a symbolic link" : "not a folder"
        throw .unwritable(path: path, reason: "\(what) inside the output folder; outputs are not written through it")
      }
    }
  }

  static func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }

  static func remove(_ path: String) {
    unlink(path)
  }

  static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// Writes all of `bytes` to an open descriptor.
  static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    guard var base = bytes.baseAddress else { return true }
    var remaining = bytes.count
    while remaining > 0 {
      let written = systemWrite(descriptor, base, remaining)
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      base += written
      remaining -= written
    }
    return true
  }

  static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.read(descriptor, buffer, count)
    #elseif canImport(Musl)
      Musl.read(descriptor, buffer, count)
    #else
      Darwin.read(descriptor, buffer, count)
    #endif
  }

  static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.write(descriptor, buffer, count)
    #elseif canImport(Musl)
      Musl.write(descriptor, buffer, count)
    #else
      Darwin.write(descriptor, buffer, count)
    #endif
  }

  static func lastError() -> String { String(cString: strerror(errno)) }

  /// What kind of file an `st_mode & S_IFMT` value names, for error messages.
  static func describeFileType(_ type: mode_t) -> String {
    switch type {
    case S_IFREG: return "a regular file"
    case S_IFDIR: return "a directory"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFIFO: return "a FIFO"
    case S_IFSOCK: return "a socket"
    case S_IFLNK: return "a symbolic link"
    default: return "an unknown kind of file"
    }
  }

  /// `path` with every symbolic link, `.` and `..` resolved (`realpath(3)`), relative paths
  /// against the current directory; the system's reason when it cannot be resolved.
  static func realPath(_ path: String) -> Result<String, PathError> {
    guard let resolved = realpath(path, nil) else { return .failure(PathError(reason: lastError())) }
    defer { free(resolved) }
    return .success(String(cString: resolved))
  }

  struct PathError: Error { var reason: String }

  /// The current directory, or `nil` when it cannot be read (removed under us).
  static func currentDirectory() -> String? {
    guard let directory = getcwd(nil, 0) else { return nil }
    defer { free(directory) }
    return String(cString: directory)
  }

  /// `open(2)`, under a name that types with their own `open` can call.
  static func openFile(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
  }

  /// `openat(2)`: `name` inside the folder open as `folder`.
  static func openFile(_ name: String, in folder: Int32, _ flags: Int32) -> Int32 {
    openat(folder, name, flags)
  }

  static func closeDescriptor(_ descriptor: Int32) {
    #if canImport(Glibc)
      _ = Glibc.close(descriptor)
    #elseif canImport(Musl)
      _ = Musl.close(descriptor)
    #else
      _ = Darwin.close(descriptor)
    #endif
  }
}

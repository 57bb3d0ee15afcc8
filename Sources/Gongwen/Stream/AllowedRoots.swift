#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folders whose files stream-mode `path` requests may read, and the one way such a file
/// is opened.
///
/// A request comes from whoever writes the stream's input, who may not be trusted with the
/// machine's files. So a requested path must lie inside a root, compared component by
/// component (`/data/ab` is not inside `/data/a`):
/// 1. as written, made absolute against the current directory with `.` and `..` applied —
///    this refuses `../../etc/shadow` without touching the file system, so a request cannot
///    learn whether a file outside the roots exists;
/// 2. once resolved with `realpath`, so that a symbolic link inside a root cannot lead out.
///
/// The file is then opened one folder at a time from the root with `O_NOFOLLOW`: a folder
/// swapped for a link between the check and the open makes the open fail instead of leading
/// outside. The last open uses `O_NONBLOCK`, so a FIFO cannot block it, and the caller reads
/// only a regular file (``FileReader/readRegularFile(_:path:limit:)`` checks the descriptor).
struct AllowedRoots: Sendable {
  private struct Root: Sendable {
    /// The resolved path, as given to `open`.
    var path: String
    var components: [String]
    /// The path as written, normalised: a root given through a link (`/data` → `/mnt/data`)
    /// also admits requests written through that link.
    var writtenComponents: [String]
  }

  private let roots: [Root]

  /// The error every `path` request gets when no root was given.
  static let disabledReason = "path requests are disabled; start the stream with --allow-path DIR"
  static let outsideReason = "outside the folders allowed with --allow-path"

  /// Resolves `paths`; a path that does not resolve to a folder is left out (check them first
  /// with ``validate(_:)`` to report it).
  init(_ paths: [String]) {
    let directory = POSIX.currentDirectory()
    roots = paths.compactMap { path in
      guard (try? Self.validate(path)) != nil, case .success(let resolved) = POSIX.realPath(path) else { return nil }
      return Root(
        path: resolved, components: Self.lexicalComponents(resolved, currentDirectory: nil) ?? [],
        writtenComponents: Self.lexicalComponents(path, currentDirectory: directory) ?? [])
    }
  }

  /// The resolved roots.
  var paths: [String] { roots.map(\.path) }

  var isEmpty: Bool { roots.isEmpty }

  /// Throws unless `path` names a folder that resolves.
  static func validate(_ path: String) throws(GongwenError) {
    switch POSIX.realPath(path) {
    case .failure(let error): throw .unreadable(path: path, reason: error.reason)
    case .success(let resolved):
      guard POSIX.entryType(resolved) == .directory else { throw .notAllowed(path: path, reason: "not a directory") }
    }
  }

  /// A descriptor open for reading on `path`, which lies inside a root; the caller closes it
  /// and must still check that it is a regular file.
  func open(_ path: String) throws(GongwenError) -> Int32 {
    guard !roots.isEmpty else { throw .notAllowed(path: path, reason: Self.disabledReason) }
    // A NUL ends the path for the system but not for the checks here.
    guard !path.utf8.contains(0) else { throw .notAllowed(path: path, reason: "the path holds a NUL character") }
    guard let written = Self.lexicalComponents(path, currentDirectory: POSIX.currentDirectory()),
      roots.contains(where: { Self.isInside(written, $0.writtenComponents) || Self.isInside(written, $0.components) })
    else { throw .notAllowed(path: path, reason: Self.outsideReason) }
    let resolved: String
    switch POSIX.realPath(path) {
    case .failure(let error): throw .unreadable(path: path, reason: error.reason)
    case .success(let value): resolved = value
    }
    let components = Self.lexicalComponents(resolved, currentDirectory: nil) ?? []
    guard let root = roots.first(where: { Self.isInside(components, $0.components) }) else {
      throw .notAllowed(path: path, reason: Self.outsideReason)
    }
    return try Self.openBeneath(root, components[root.components.count...], path: path)
  }

  /// Opens `rest` below `root` one component at a time, following no link.
  private static func openBeneath(_ root: Root, _ rest: ArraySlice<String>, path: String) throws(GongwenError) -> Int32 {
    let fileFlags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC
    guard let last = rest.last else {
      // The root itself: a folder, which the caller refuses as not a regular file.
      let descriptor = POSIX.openFile(root.path, fileFlags)
      guard descriptor >= 0 else { throw .unreadable(path: path, reason: POSIX.lastError()) }
      return descriptor
    }
    var folder = POSIX.openFile(root.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard folder >= 0 else { throw .unreadable(path: path, reason: POSIX.lastError()) }
    for component in rest.dropLast() {
      let next = POSIX.openFile(component, in: folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      let reason = next < 0 ? POSIX.lastError() : ""
      POSIX.closeDescriptor(folder)
      guard next >= 0 else { throw .unreadable(path: path, reason: reason) }
      folder = next
    }
    let descriptor = POSIX.openFile(last, in: folder, fileFlags | O_NOFOLLOW)
    let reason = descriptor < 0 ? POSIX.lastError() : ""
    POSIX.closeDescriptor(folder)
    guard descriptor >= 0 else { throw .unreadable(path: path, reason: reason) }
    return descriptor
  }

  /// Whether `path` is `root` or lies below it, component by component.
  static func isInside(_ path: [String], _ root: [String]) -> Bool {
    path.count >= root.count && path.starts(with: root)
  }

  /// The components of `path` made absolute against `currentDirectory`, with `.` and `..`
  /// applied as written (`..` at the top stays at the top, as the system does); `nil` for a
  /// relative path without a current directory.
  static func lexicalComponents(_ path: String, currentDirectory: String?) -> [String]? {
    let absolute: String
    if path.hasPrefix("/") {
      absolute = path
    } else {
      guard let currentDirectory else { return nil }
      absolute = currentDirectory + "/" + path
    }
    var components: [String] = []
    for component in absolute.split(separator: "/") {
      switch component {
      case ".": continue
      case "..": _ = components.popLast()
      default: components.append(String(component))
      }
    }
    return components
  }
}

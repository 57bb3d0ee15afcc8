/// One document to convert in a batch.
public struct BatchItem: Hashable, Sendable {
  /// The path to read, or `-` for standard input.
  public var path: String
  /// The path below the input it was found in (`a/b.txt` for `DIR/a/b.txt`), which the
  /// outputs mirror; the file name for a file named directly.
  public var relativePath: String

  public init(path: String, relativePath: String) {
    self.path = path
    self.relativePath = relativePath
  }

  /// The item's bytes: the file's, or standard input's for `-`.
  func readBytes(limit: Int = .max) throws(GongwenError) -> [UInt8] {
    path == "-" ? try FileReader.readStandardInput(limit: limit) : try FileReader.read(path, limit: limit)
  }
}

/// An input that could not be converted, or an output that could not be written, and why.
public struct BatchFailure: Error, Hashable, Sendable {
  /// Whether reading the input or writing an output failed.
  public enum Stage: String, Hashable, Sendable {
    /// The input could not be read, decoded or parsed.
    case input
    /// The input was read, but its output could not be written (a full disk, a read-only
    /// folder): the input itself is fine.
    case output
  }

  /// The input's path; for a combined output that failed, the output's path.
  public var path: String
  public var reason: String
  public var stage: Stage
  /// The output that could not be written, when ``stage`` is ``Stage/output``.
  public var output: String?

  public init(path: String, reason: String, stage: Stage = .input, output: String? = nil) {
    self.path = path
    self.reason = reason
    self.stage = stage
    self.output = output
  }

  init(_ error: GongwenError, path: String) {
    self.init(path: path, reason: error.reason)
  }

  /// A failure to write `output`, the output of the input at `path`.
  init(writing output: String, of path: String, _ error: GongwenError) {
    self.init(path: path, reason: error.description, stage: .output, output: output)
  }
}

extension GongwenError {
  /// The description without the leading `path: `, for tables that list the path apart.
  var reason: String {
    let text = description
    guard let path, text.hasPrefix(path + ": ") else { return text }
    return String(text.dropFirst(path.count + 2))
  }
}

/// Expands command-line inputs — files, directories, `-` — into the documents to convert.
public enum BatchInput {
  /// The shell patterns a folder's files are taken by when none is given: plain-text,
  /// markdown and Word (`.docx`) reports.
  public static let defaultPatterns = ["*.txt", "*.md", "*.markdown", "*.docx"]

  /// The documents named by `inputs`, in a stable order: inputs as given, each directory's
  /// files (matching `pattern`, recursively) sorted by path. Inputs that do not exist and
  /// directories that cannot be listed come back as failures; they never stop the rest.
  ///
  /// - Parameters:
  ///   - inputs: files, folders (searched recursively) and `-` for standard input.
  ///   - pattern: which files to take from folders, as a shell pattern; `nil` takes the
  ///     ``defaultPatterns`` (`.txt`, `.md`, `.markdown` and `.docx` files).
  ///   - excluding: a folder not to enter (the output folder, so that earlier outputs are
  ///     never read back in as inputs), compared after resolving links.
  public static func collect(
    _ inputs: [String], pattern: String? = nil, excluding: String? = nil
  ) -> (items: [BatchItem], failures: [BatchFailure]) {
    let scanned = scan(inputs, pattern: pattern, excluding: excluding)
    return (scanned.items, scanned.failures)
  }

  /// What a batch's inputs hold: the documents to read, the inputs that failed, and the
  /// files of input folders that the pattern did not take.
  public struct Scan: Sendable {
    /// The documents to read, in a stable order.
    public var items: [BatchItem] = []
    /// Inputs that do not exist, and folders or entries that could not be listed.
    public var failures: [BatchFailure] = []
    /// The files found in input folders that are not read, with why, in the order found
    /// (see ``SkippedFile``). A file named directly is always read.
    public var skipped: [SkippedFile] = []
  }

  /// ``collect(_:pattern:excluding:)``, and the files of the folders that are left out.
  ///
  /// ```swift
  /// let inputs = BatchInput.scan(["reports/"], exclude: ["drafts", "*.bak.txt"])
  /// for file in inputs.skipped { print(file.path, file.reason) }   // reports/a.doc not read: save it as .docx
  /// ```
  ///
  /// - Parameters:
  ///   - inputs: files, folders (searched recursively) and `-` for standard input.
  ///   - pattern: which files to take from folders, as a shell pattern; `nil` takes the
  ///     ``defaultPatterns``.
  ///   - excluding: a folder not to enter (the output folder), compared after resolving links.
  ///   - exclude: shell patterns of files and folders inside input folders that are not
  ///     wanted at all (`answers`, `drafts/*`, `*.bak.txt`): each is matched against an
  ///     entry's name and against its path below the input folder. An excluded folder is not
  ///     entered and an excluded file not read, and neither is listed in ``Scan/skipped``.
  ///     A file named directly is always read.
  public static func scan(
    _ inputs: [String], pattern: String? = nil, excluding: String? = nil, exclude: [String] = []
  ) -> Scan {
    var walk = Walk(
      patterns: pattern.map { [$0] } ?? defaultPatterns, customPattern: pattern != nil,
      excluded: excluding.flatMap { try? POSIX.realPath($0).get() }, exclude: exclude)
    for input in inputs {
      if input == "-" {
        walk.scan.items.append(BatchItem(path: "-", relativePath: "stdin"))
        continue
      }
      switch POSIX.entryType(input) {
      case .directory:
        walk.visit(input, relative: "")
      case .missing(let reason):
        walk.scan.failures.append(BatchFailure(path: input, reason: reason))
      case .file, .other:
        walk.scan.items.append(BatchItem(path: input, relativePath: fileName(input)))
      }
    }
    return walk.scan
  }

  private struct Walk {
    let patterns: [String]
    let customPattern: Bool
    let excluded: String?
    let exclude: [String]
    var scan = Scan()

    func isExcluded(name: String, relativePath: String) -> Bool {
      exclude.contains { POSIX.matches(name, pattern: $0) || POSIX.matches(relativePath, pattern: $0) }
    }

    mutating func visit(_ directory: String, relative: String) {
      if let excluded, (try? POSIX.realPath(directory).get()) == excluded { return }
      let entries: [(name: String, isDirectory: Bool)]
      do {
        entries = try POSIX.directoryEntries(directory)
      } catch {
        scan.failures.append(BatchFailure(error, path: directory))
        return
      }
      let base = directory.hasSuffix("/") ? directory : directory + "/"
      for entry in entries where !entry.name.hasPrefix(".") {
        let path = base + entry.name
        let relativePath = relative + entry.name
        if isExcluded(name: entry.name, relativePath: relativePath) { continue }
        if entry.isDirectory {
          visit(path, relative: relativePath + "/")
        } else if patterns.contains(where: { POSIX.matches(entry.name, pattern: $0) }) {
          scan.items.append(BatchItem(path: path, relativePath: relativePath))
        } else {
          scan.skipped.append(SkippedFile(path: path, reason: .of(entry.name, customPattern: customPattern)))
        }
      }
    }
  }

  private static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}

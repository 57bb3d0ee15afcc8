#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The stream-mode contract: one JSON request per input line, one JSON result per output
/// line, in the same order — the shape that Spark's `RDD.pipe`, GNU parallel and `xargs`
/// fan out across processes and machines.
///
/// A request is `{"id": …, "text": "…"}`, `{"id": …, "bytes": "<base64>"}` (a file's raw
/// bytes, decoded as a file is: GB18030, UTF-16 …; what Spark's `binaryFiles` gives) or
/// `{"id": …, "path": "…"}` (`id` a string or a number, echoed back; `path` beside `text` or
/// `bytes` is only a label, and a `.md` one reads Markdown). The result is the document's own
/// JSON with the request's `id` among its keys (`{"dates": …, "document": {…}, "id": …,
/// "metrics": …, …}`), or `{"error": "…", "id": …}` for a line that is not a request, an
/// input over the parser's ``GongwenParser/maxInputBytes``, bytes that are not base64, or a
/// file that may not or cannot be read; `id` is `null` when the line gave none. Nothing a
/// line holds stops the stream.
///
/// `path` requests are refused unless folders were allowed (`allowedRoots`): whoever writes
/// the requests could otherwise read any file the process can. An allowed request must name
/// a regular file inside one of those folders, once `..` and symbolic links are resolved; it
/// is opened without blocking (a FIFO cannot hang the stream) and read up to the limit.
///
/// ```swift
/// let processor = StreamProcessor(allowedRoots: ["/data/reports"])
/// let line = processor.process(line: #"{"id":"a","text":"一、总结\n完成调研8次。"}"#)
/// // {"dates":[…],"diagnostics":[],"document":{…},"id":"a","metrics":[…],…}
/// ```
public struct StreamProcessor: Sendable {
  let parser: GongwenParser
  let roots: AllowedRoots

  /// - Parameters:
  ///   - allowedRoots: the folders `path` requests may read from; none disables them. A root
  ///     that does not resolve to a folder is left out (see ``validateRoot(_:)``).
  ///   - parser: parses every request; its ``GongwenParser/maxInputBytes`` bounds texts,
  ///     files and request lines.
  public init(allowedRoots: [String] = [], parser: GongwenParser = GongwenParser()) {
    self.parser = parser
    roots = AllowedRoots(allowedRoots)
  }

  /// The folders `path` requests may read from, resolved with `realpath`.
  public var allowedRoots: [String] { roots.paths }

  /// Throws unless `path` names a folder that resolves, as a root must.
  public static func validateRoot(_ path: String) throws(GongwenError) {
    try AllowedRoots.validate(path)
  }

  /// Room for the rest of a request line beside its text: keys, `id`, a `path` label.
  static let lineOverhead = 64 << 10

  /// The longest request line worth reading: twice the input limit, since JSON escapes such
  /// as Python's default `\u4e00` write a Chinese character in 6 bytes instead of 3, plus
  /// 64 KiB for the rest. Longer lines are answered with an error unread (``RequestLineReader``).
  public var maxLineBytes: Int {
    let (double, overflowed) = parser.maxInputBytes.multipliedReportingOverflow(by: 2)
    let (total, overflowedAgain) = double.addingReportingOverflow(Self.lineOverhead)
    return overflowed || overflowedAgain ? .max : total
  }

  private struct Request: Decodable {
    var id: RequestID?
    var text: String?
    var bytes: String?
    var path: String?
  }

  enum RequestID: Decodable, JSONWritable {
    case string(String)
    case number(Double)

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let string = try? container.decode(String.self) {
        self = .string(string)
      } else {
        self = .number(try container.decode(Double.self))
      }
    }

    func write(to writer: inout JSONWriter) {
      switch self {
      case .string(let value): writer.string(value)
      case .number(let value): writer.number(value)
      }
    }
  }

  /// The result line (without its line feed) for one request line.
  public func process(line: String) -> [UInt8] {
    process(bytes: Array(line.utf8))
  }

  /// The result line (without its line feed) for a line from a ``RequestLineReader``.
  public func process(_ line: RequestLine) -> [UInt8] {
    switch line {
    case .line(let bytes):
      return process(bytes: bytes)
    case .tooLong(let count):
      return result(
        id: nil,
        error: "request line of \(count) bytes is longer than the limit of \(maxLineBytes) bytes (raise it with --max-bytes)")
    }
  }

  private func process(bytes: [UInt8]) -> [UInt8] {
    let request: Request
    do {
      request = try JSONDecoder().decode(Request.self, from: Data(bytes))
    } catch {
      return result(id: nil, error: "not a JSON request object with \"id\" and \"text\", \"bytes\" or \"path\"")
    }
    do throws(GongwenError) {
      let document: Document
      if let text = request.text {
        // A text is held whole already; the limit still applies, as to a file's bytes.
        guard text.utf8.count <= parser.maxInputBytes else { throw .tooLarge(path: nil, limit: parser.maxInputBytes) }
        document = parser.parse(text: text, path: request.path)
      } else if let encoded = request.bytes {
        // Base64 holds 3 bytes in 4 characters: the decoded size is known before decoding.
        guard encoded.utf8.count / 4 * 3 <= parser.maxInputBytes + 3 else {
          throw .tooLarge(path: request.path, limit: parser.maxInputBytes)
        }
        guard let data = Data(base64Encoded: encoded) else {
          return result(id: request.id, error: "\"bytes\" is not base64")
        }
        document = try parser.parse(bytes: [UInt8](data), path: request.path)
      } else if let path = request.path {
        document = try parser.parse(bytes: try readFile(path), path: path)
      } else {
        return result(id: request.id, error: "request has neither \"text\", \"bytes\" nor \"path\"")
      }
      var writer = JSONWriter(capacity: document.source.bytes * 8)
      let id = request.id
      document.write(to: &writer) { json in
        if let id { json.field("id", id) } else { json.field(name: "id", NullValue()) }
      }
      return writer.bytes
    } catch {
      return result(id: request.id, error: error.description)
    }
  }

  /// The bytes of the regular file at `path`, which must lie inside an allowed root.
  private func readFile(_ path: String) throws(GongwenError) -> [UInt8] {
    let descriptor = try roots.open(path)
    defer { POSIX.closeDescriptor(descriptor) }
    return try FileReader.readRegularFile(descriptor, path: path, limit: parser.maxInputBytes)
  }

  private func result(id: RequestID?, error: String) -> [UInt8] {
    var writer = JSONWriter()
    writer.object { json in
      json.field("error", error)
      if let id { json.field("id", id) } else { json.field(name: "id", NullValue()) }
    }
    return writer.bytes
  }
}

/// JSON `null`, for keys that must be present without a value.
struct NullValue: JSONWritable {
  func write(to writer: inout JSONWriter) { writer.null() }
}

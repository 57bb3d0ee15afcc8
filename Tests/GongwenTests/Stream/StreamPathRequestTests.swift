import Foundation
import Testing
@testable import Gongwen

#if canImport(Glibc)
  import Glibc
#endif

/// A temporary folder tree for `path` requests:
///
/// ```
/// base/
///   root/            the allowed root
///     sub/report.txt seed 003
///     fifo           a FIFO
///     out.txt        -> base/outside.txt
///     out-dir        -> base/secret/
///   rootab/doc.txt   a sibling whose name starts with the root's
///   outside.txt, secret/doc.txt
/// ```
struct PathSandbox: ~Copyable {
  let base: URL
  var root: String { base.appendingPathComponent("root").path }
  func path(_ relative: String) -> String { base.appendingPathComponent(relative).path }

  init() throws {
    base = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-paths-\(UUID().uuidString)")
    let manager = FileManager.default
    for folder in ["root/sub", "rootab", "secret"] {
      try manager.createDirectory(at: base.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    let report = try Fixtures.bytes("003_a7bb66045fcf768d.txt")
    try Data(report).write(to: base.appendingPathComponent("root/sub/report.txt"))
    for file in ["rootab/doc.txt", "outside.txt", "secret/doc.txt"] {
      try Data("一、机密\n不应读到的内容。\n".utf8).write(to: base.appendingPathComponent(file))
    }
    try manager.createSymbolicLink(atPath: path("root/out.txt"), withDestinationPath: path("outside.txt"))
    try manager.createSymbolicLink(atPath: path("root/out-dir"), withDestinationPath: path("secret"))
    guard mkfifo(path("root/fifo"), 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
  }

  deinit { try? FileManager.default.removeItem(at: base) }
}

@Suite("Stream mode: path requests")
struct StreamPathRequestTests {
  /// The result line as a dictionary.
  func answer(_ processor: StreamProcessor, _ request: [String: Any]) throws -> [String: Any] {
    let line = String(decoding: try JSONSerialization.data(withJSONObject: request), as: UTF8.self)
    let bytes = processor.process(line: line)
    return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
  }

  func error(_ processor: StreamProcessor, path: String) throws -> String? {
    try answer(processor, ["id": 1, "path": path])["error"] as? String
  }

  @Test func pathRequestsAreDisabledWithoutRoots() throws {
    let processor = StreamProcessor()
    #expect(processor.allowedRoots.isEmpty)
    for path in [Fixtures.seedPath("003"), "../../../../etc/shadow", "/dev/zero"] {
      #expect(try error(processor, path: path) == "\(path): refused: path requests are disabled; start the stream with --allow-path DIR")
    }
    // A text request still works, and a path beside a text is only its label.
    let text = try answer(processor, ["id": "t", "text": "一、总结\n完成调研8次。", "path": "/etc/shadow"])
    #expect((text["document"] as? [String: Any]) != nil)
  }

  @Test func regularFileInsideTheRootIsParsed() throws {
    let sandbox = try PathSandbox()
    let processor = StreamProcessor(allowedRoots: [sandbox.root])
    let path = sandbox.path("root/sub/report.txt")
    let result = try answer(processor, ["id": "r", "path": path])
    // The result is the document itself, with the request's id among its keys.
    #expect(result["id"] as? String == "r")
    #expect((result["source"] as? [String: Any])?["path"] as? String == path)
    #expect(((result["document"] as? [String: Any])?["title"] as? String) == "X县委办公室2021年工作要点")
    // `.` and `..` that stay inside the root are fine.
    #expect(try error(processor, path: sandbox.path("root/sub/../sub/./report.txt")) == nil)
  }

  @Test func traversalOutOfTheRootIsRefused() throws {
    let sandbox = try PathSandbox()
    let processor = StreamProcessor(allowedRoots: [sandbox.root])
    let outside = ": refused: outside the folders allowed with --allow-path"
    for path in [
      sandbox.root + "/../../../../../../etc/shadow",
      sandbox.root + "/sub/../../outside.txt",  // exists, but outside
      sandbox.root + "/../secret/doc.txt",
      "../../../../../../../../etc/shadow",  // relative to the current directory
      "/etc/passwd",
    ] {
      #expect(try error(processor, path: path) == path + outside)
    }
    // A missing file outside the root is refused the same way: no telling what exists there.
    let missing = sandbox.root + "/../no-such-file.txt"
    #expect(try error(processor, path: missing) == missing + outside)
  }

  /// `/data/ab` is not inside `/data/a`: paths are compared by component, not by prefix.
  @Test func siblingWithTheRootsNameAsPrefixIsOutside() throws {
    let sandbox = try PathSandbox()
    let processor = StreamProcessor(allowedRoots: [sandbox.root])
    let path = sandbox.path("rootab/doc.txt")
    #expect(path.hasPrefix(sandbox.root))
    #expect(try error(processor, path: path) == path + ": refused: outside the folders allowed with --allow-path")
    #expect(!AllowedRoots.isInside(["data", "ab"], ["data", "a"]))
    #expect(AllowedRoots.isInside(["data", "a", "b.txt"], ["data", "a"]))
  }

  @Test func symbolicLinksOutOfTheRootAreRefused() throws {
    let sandbox = try PathSandbox()
    let processor = StreamProcessor(allowedRoots: [sandbox.root])
    for path in [sandbox.path("root/out.txt"), sandbox.path("root/out-dir/doc.txt")] {
      #expect(try error(processor, path: path) == path + ": refused: outside the folders allowed with --allow-path")
    }
  }

  /// A root given through a link admits its files by either name.
  @Test func rootGivenThroughALink() throws {
    let sandbox = try PathSandbox()
    let link = sandbox.path("root-link")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: sandbox.root)
    let processor = StreamProcessor(allowedRoots: [link])
    #expect(processor.allowedRoots == [URL(fileURLWithPath: sandbox.root).resolvingSymlinksInPath().path])
    #expect(try error(processor, path: link + "/sub/report.txt") == nil)
    #expect(try error(processor, path: sandbox.root + "/sub/report.txt") == nil)
    #expect(try error(processor, path: link + "/../outside.txt") != nil)
  }

  @Test func devicesDirectoriesAndFIFOsAreNotRegularFiles() throws {
    let sandbox = try PathSandbox()
    let processor = StreamProcessor(allowedRoots: [sandbox.root, "/dev"])
    #expect(try error(processor, path: "/dev/zero") == "/dev/zero: refused: not a regular file (a character device)")
    #expect(try error(processor, path: sandbox.path("root/sub")) == sandbox.path("root/sub") + ": refused: not a regular file (a directory)")
    #expect(try error(processor, path: sandbox.root) == sandbox.root + ": refused: not a regular file (a directory)")
    // Opened without blocking: a FIFO with no writer would otherwise hang here for ever.
    #expect(try error(processor, path: sandbox.path("root/fifo")) == sandbox.path("root/fifo") + ": refused: not a regular file (a FIFO)")
  }

  @Test func nulInAPathIsRefused() throws {
    let sandbox = try PathSandbox()
    let processor = StreamProcessor(allowedRoots: [sandbox.root])
    let path = "/etc/passwd\u{0}/../../" + sandbox.root + "/sub/report.txt"
    #expect(try error(processor, path: path)?.hasSuffix("refused: the path holds a NUL character") == true)
  }

  @Test func filesAndTextsOverTheLimitAreRefused() throws {
    let sandbox = try PathSandbox()
    let processor = StreamProcessor(allowedRoots: [sandbox.root], parser: GongwenParser(maxInputBytes: 1000))
    let path = sandbox.path("root/sub/report.txt")
    #expect(try error(processor, path: path) == "\(path): larger than the input limit of 1000 bytes (raise it with --max-bytes)")
    let long = try answer(processor, ["id": 2, "text": String(repeating: "字", count: 334)])
    #expect(long["error"] as? String == "<input>: larger than the input limit of 1000 bytes (raise it with --max-bytes)")
    #expect(long["id"] as? Int == 2)
    let fits = try answer(processor, ["id": 3, "text": String(repeating: "字", count: 333)])
    #expect(fits["document"] != nil)
    #expect(processor.maxLineBytes == 2000 + 65536)
  }

  @Test func missingRootsAreLeftOutAndReported() throws {
    let processor = StreamProcessor(allowedRoots: ["/no/such/folder"])
    #expect(processor.allowedRoots.isEmpty)
    #expect(throws: GongwenError.unreadable(path: "/no/such/folder", reason: "No such file or directory")) {
      try StreamProcessor.validateRoot("/no/such/folder")
    }
    #expect(throws: GongwenError.notAllowed(path: Fixtures.seedPath("003"), reason: "not a directory")) {
      try StreamProcessor.validateRoot(Fixtures.seedPath("003"))
    }
  }
}

@Suite("Stream mode: bounded request lines")
struct RequestLineReaderTests {
  /// Every line `input` gives, read through a pipe in chunks of `chunkSize` bytes.
  func lines(_ input: [UInt8], limit: Int, chunkSize: Int) throws -> [RequestLine] {
    let pipe = Pipe()
    pipe.fileHandleForWriting.write(Data(input))
    try pipe.fileHandleForWriting.close()
    var reader = RequestLineReader(descriptor: pipe.fileHandleForReading.fileDescriptor, limit: limit, chunkSize: chunkSize)
    var lines: [RequestLine] = []
    while let line = reader.next() { lines.append(line) }
    #expect(reader.readError == nil)
    return lines
  }

  @Test("Lines split at LF whatever the chunk size", arguments: [1, 3, 7, 64, 4096])
  func linesAcrossChunks(chunkSize: Int) throws {
    let input = Array("{\"id\":1}\r\n\n一二三\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 40) + Array("\nlast".utf8)
    let expected: [RequestLine] = [
      .line(Array("{\"id\":1}".utf8)), .line([]), .line(Array("一二三".utf8)), .tooLong(byteCount: 40),
      .line(Array("last".utf8)),
    ]
    #expect(try lines(input, limit: 20, chunkSize: chunkSize) == expected)
  }

  @Test func aLineOfExactlyTheLimitIsKept() throws {
    let line = Array(repeating: UInt8(ascii: "a"), count: 20)
    #expect(try lines(line + [0x0A] + line + [0x61, 0x0A], limit: 20, chunkSize: 8) == [.line(line), .tooLong(byteCount: 21)])
  }

  @Test func emptyInputHasNoLines() throws {
    #expect(try lines([], limit: 10, chunkSize: 4).isEmpty)
  }

  @Test func tooLongLineAnswerNamesTheLimit() throws {
    let processor = StreamProcessor(parser: GongwenParser(maxInputBytes: 10))
    let answer = String(decoding: processor.process(.tooLong(byteCount: 100_000)), as: UTF8.self)
    #expect(answer == #"{"error":"request line of 100000 bytes is longer than the limit of 65556 bytes (raise it with --max-bytes)","id":null}"#)
  }
}

/// `bytes` requests: a file's raw bytes in base64, decoded as the file would be (issue 18:
/// GB18030 files read by Spark's `binaryFiles` came out garbled as text).
@Suite("stream bytes requests")
struct StreamBytesRequestTests {
  func answer(_ request: [String: Any]) throws -> [String: Any] {
    let line = String(decoding: try JSONSerialization.data(withJSONObject: request), as: UTF8.self)
    let result = StreamProcessor().process(line: line)
    return try #require(try JSONSerialization.jsonObject(with: Data(result)) as? [String: Any])
  }

  @Test func gb18030BytesReadAsTheFileWould() throws {
    let bytes = try Fixtures.bytes("003-gb18030.txt")
    let result = try answer(["id": 7, "bytes": Data(bytes).base64EncodedString(), "path": "003-gb18030.txt"])
    #expect(result["id"] as? Int == 7)
    #expect((result["source"] as? [String: Any])?["encoding"] as? String == "GB18030")
    let expected = try Fixtures.seed("003")
    #expect((result["document"] as? [String: Any])?["title"] as? String == expected.outline.title)
    #expect((result["metrics"] as? [Any])?.count == expected.metrics.count)
  }

  @Test func badBase64IsAnErrorForThatLine() throws {
    let result = try answer(["id": "x", "bytes": "not base64!"])
    #expect(result["error"] as? String == "\"bytes\" is not base64")
    #expect(result["id"] as? String == "x")
  }

  @Test func bytesOverTheLimitAreRefusedUndecoded() throws {
    let processor = StreamProcessor(parser: GongwenParser(maxInputBytes: 16))
    let encoded = Data(repeating: 0x41, count: 64).base64EncodedString()
    let line = String(decoding: try JSONSerialization.data(withJSONObject: ["id": 1, "bytes": encoded]), as: UTF8.self)
    let result = try #require(try JSONSerialization.jsonObject(with: Data(processor.process(line: line))) as? [String: Any])
    #expect((result["error"] as? String)?.contains("16") == true)
  }
}

import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `gongwen stream` with hostile requests: paths out of the allowed folders, devices, FIFOs
/// and endless lines. Every request gets its answer line, in order, and the stream goes on.
@Suite("gongwen stream: path requests and limits")
struct StreamSafetyCommandTests {
  /// Runs `gongwen stream` in `directory`, killing it after `timeout` seconds so that a hang
  /// fails the test instead of stalling the suite.
  func stream(
    _ arguments: [String], requests: [String], directory: URL? = nil, timeout: Double = 60
  ) throws -> (status: Int32, lines: [[String: Any]], stderr: String) {
    let input = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-requests-\(UUID().uuidString)")
    try Data((requests.joined(separator: "\n") + "\n").utf8).write(to: input)
    defer { try? FileManager.default.removeItem(at: input) }
    let process = Process()
    process.executableURL = CLIRunner.executable
    process.arguments = ["stream"] + arguments
    if let directory { process.currentDirectoryURL = directory }
    process.standardInput = try FileHandle(forReadingFrom: input)
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let watchdog = DispatchWorkItem { process.terminate() }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
    // Standard error holds a line at most, so reading it after standard output cannot block.
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let errorOutput = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    watchdog.cancel()
    #expect(process.terminationReason == .exit, "gongwen stream was killed after \(timeout) s")
    let lines = try output.split(separator: 0x0A).map {
      try #require(try JSONSerialization.jsonObject(with: Data($0)) as? [String: Any])
    }
    return (process.terminationStatus, lines, String(decoding: errorOutput, as: UTF8.self))
  }

  func request(_ id: Int, path: String) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: ["id": id, "path": path]), as: UTF8.self)
  }

  func request(_ id: Int, text: String) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: ["id": id, "text": text]), as: UTF8.self)
  }

  @Test func pathRequestsNeedAllowPath() throws {
    let result = try stream([], requests: [
      try request(1, path: CLIRunner.fixture("003_a7bb66045fcf768d.txt")), try request(2, path: "../../../../etc/shadow"),
      try request(3, text: "一、总结\n完成调研8次。"),
    ])
    #expect(result.status == 0)
    #expect(result.lines.map { $0["id"] as? Int } == [1, 2, 3])
    for line in result.lines.prefix(2) {
      #expect((line["error"] as? String)?.hasSuffix("refused: path requests are disabled; start the stream with --allow-path DIR") == true)
    }
    #expect(result.lines[2]["document"] != nil)
  }

  /// The threat model's cases in one stream, run from inside the allowed folder so that
  /// relative requests resolve against it.
  @Test func allowedFolderAdmitsOnlyItsRegularFiles() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-stream-\(UUID().uuidString)")
    let root = base.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: root.appendingPathComponent("reports"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: base) }
    try FileManager.default.copyItem(
      atPath: CLIRunner.fixture("003_a7bb66045fcf768d.txt"), toPath: root.appendingPathComponent("reports/003.txt").path)
    try Data("secret".utf8).write(to: base.appendingPathComponent("secret.txt"))
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("escape.txt").path, withDestinationPath: base.appendingPathComponent("secret.txt").path)
    #expect(mkfifo(root.appendingPathComponent("pipe").path, 0o600) == 0)

    let requests = [
      try request(1, path: "../../../../../../etc/shadow"),
      try request(2, path: "reports/003.txt"),
      try request(3, path: "../secret.txt"),
      try request(4, path: "escape.txt"),
      try request(5, path: "pipe"),
      try request(6, path: "/dev/zero"),
      try request(7, path: root.appendingPathComponent("reports/003.txt").path),
      try request(8, text: "二、计划\n开展培训3次。"),
    ]
    let result = try stream(["--allow-path", root.path], requests: requests, directory: root)
    #expect(result.status == 0)
    #expect(result.lines.map { $0["id"] as? Int } == Array(1...8))
    let errors = result.lines.map { $0["error"] as? String }
    #expect(errors[0] == "../../../../../../etc/shadow: refused: outside the folders allowed with --allow-path")
    #expect(errors[2] == "../secret.txt: refused: outside the folders allowed with --allow-path")
    #expect(errors[3] == "escape.txt: refused: outside the folders allowed with --allow-path")
    #expect(errors[4] == "pipe: refused: not a regular file (a FIFO)")
    #expect(errors[5] == "/dev/zero: refused: outside the folders allowed with --allow-path")
    for index in [1, 6, 7] {
      #expect(result.lines[index]["document"] != nil, "request \(index + 1)")
    }
  }

  @Test func devZeroIsNotARegularFileAndTheNextRequestIsAnswered() throws {
    let result = try stream(["--allow-path", "/dev"], requests: [try request(1, path: "/dev/zero"), try request(2, text: "一、总结\n完成。")])
    #expect(result.lines.count == 2)
    #expect(result.lines[0]["error"] as? String == "/dev/zero: refused: not a regular file (a character device)")
    #expect(result.lines[1]["id"] as? Int == 2)
    #expect(result.lines[1]["document"] != nil)
  }

  /// A line longer than the limit is dropped as it is read (never held whole), answered with
  /// an error with id null, and the stream goes on.
  @Test func tooLongLineGetsAnErrorAndTheNextLineIsAnswered() throws {
    let long = try request(1, text: String(repeating: "字", count: 200_000))  // 600 KB
    let result = try stream(["--max-bytes", "1K"], requests: [long, try request(2, text: "三、措施\n落实责任。"), "not json"])
    #expect(result.status == 0)
    #expect(result.lines.count == 3)
    #expect(result.lines[0]["error"] as? String == "request line of \(long.utf8.count) bytes is longer than the limit of 67584 bytes (raise it with --max-bytes)")
    #expect(result.lines[0]["id"] is NSNull)
    #expect(result.lines[1]["id"] as? Int == 2)
    #expect(result.lines[1]["document"] != nil)
    #expect(result.lines[2]["error"] != nil)
  }

  @Test func allowPathMustBeAFolder() throws {
    let missing = try CLIRunner.run(["stream", "--allow-path", "/no/such/folder"], stdin: Data())
    #expect(missing.status == 64 || missing.status == 2)
    #expect(missing.stderr.contains("--allow-path /no/such/folder: cannot read file: No such file or directory"))
    let file = try CLIRunner.run(["stream", "--allow-path", CLIRunner.fixture("short-gbk.txt")], stdin: Data())
    #expect(file.stderr.contains("not a directory"))
  }
}

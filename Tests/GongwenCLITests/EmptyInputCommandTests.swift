import Foundation
import Testing

/// An empty file is the same thing in every command: a valid, empty document whose
/// `diagnostics` hold one `input.empty` warning, and exit code 0.
@Suite("empty inputs")
struct EmptyInputCommandTests {
  /// A folder holding `empty.txt` (0 bytes) and `bom.txt` (a UTF-8 byte-order mark alone).
  static func makeFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data().write(to: folder.appendingPathComponent("empty.txt"))
    try Data([0xEF, 0xBB, 0xBF]).write(to: folder.appendingPathComponent("bom.txt"))
    return folder
  }

  static func object(_ text: some StringProtocol) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  static func expectEmptyDocument(_ document: [String: Any]) {
    let diagnostics = document["diagnostics"] as? [[String: Any]] ?? []
    #expect(diagnostics.map { $0["code"] as? String } == ["input.empty"])
    #expect(diagnostics.first?["severity"] as? String == "warning")
    #expect((document["document"] as? [String: Any])?["sections"] as? [Any] != nil)
    #expect((document["metrics"] as? [Any])?.isEmpty == true)
  }

  @Test func parseAndOutlineGiveAnEmptyDocumentWithAWarning() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["empty.txt", "bom.txt"] {
      let parse = try CLIRunner.run(["parse", folder.appendingPathComponent(name).path])
      #expect(parse.status == 0)
      Self.expectEmptyDocument(try Self.object(parse.stdout))
      let outline = try CLIRunner.run(["outline", folder.appendingPathComponent(name).path])
      #expect(outline.status == 0)
    }
    let stdin = try CLIRunner.run(["parse", "-"], stdin: Data())
    #expect(stdin.status == 0)
    Self.expectEmptyDocument(try Self.object(stdin.stdout))
  }

  @Test(arguments: ["json", "jsonl", "csv", "sqlite"])
  func convertConvertsAnEmptyFile(format: String) throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent(format == "sqlite" ? "out.sqlite" : "out").path
    let result = try CLIRunner.run(["convert", folder.path, "-o", output, "--format", format, "-q"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("converted 2, failed 0"))
    switch format {
    case "json":
      Self.expectEmptyDocument(try Self.object(String(contentsOfFile: output + "/empty.json", encoding: .utf8)))
    case "jsonl":
      let lines = try String(contentsOfFile: output + "/documents.jsonl", encoding: .utf8).split(separator: "\n")
      #expect(lines.count == 2)
      for line in lines { Self.expectEmptyDocument(try Self.object(line)) }
    case "csv":
      let rows = try String(contentsOfFile: output + "/documents.csv", encoding: .utf8).components(separatedBy: "\r\n")
      #expect(rows.filter { !$0.isEmpty }.count == 3)
    default:
      #expect(try String(contentsOfFile: output + ".errors.jsonl", encoding: .utf8).isEmpty)
    }
  }

  @Test func tablesHaveARowForAnEmptyFile() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let documents = try CLIRunner.run(["documents", "--format", "jsonl", folder.path])
    #expect(documents.status == 0)
    let rows = try documents.stdout.split(separator: "\n").map { try Self.object($0) }
    #expect(rows.count == 2)
    #expect(rows.allSatisfy { $0["diagnostics"] as? Int == 1 && $0["sections"] as? Int == 0 })
    let metrics = try CLIRunner.run(["metrics", "--format", "jsonl", folder.path])
    #expect(metrics.status == 0)
    #expect(metrics.stdout.isEmpty)
  }

  @Test func streamTextBytesAndPathRequestsGiveTheSameEmptyDocument() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = folder.appendingPathComponent("empty.txt").path
    let requests = """
      {"id":1,"text":""}
      {"id":2,"bytes":""}
      {"id":3,"path":"\(empty)"}

      """
    let result = try CLIRunner.run(["stream", "--allow-path", folder.path], stdin: Data(requests.utf8))
    #expect(result.status == 0)
    let lines = try result.stdout.split(separator: "\n").map { try Self.object($0) }
    #expect(lines.count == 3)
    for line in lines {
      #expect(line["error"] == nil, "\(line)")
      Self.expectEmptyDocument(line)  // a result is the document's JSON with its "id" beside
    }
  }
}

import Foundation
import Testing

/// Word documents through the commands: `outline`, `parse --text`, `stream` and `convert`.
@Suite("gongwen with .docx files")
struct DocxCommandTests {
  @Test func testOutlineOfTheAutoNumberedDocxIsTheTextFilesTree() throws {
    let text = try CLIRunner.run(["outline", CLIRunner.fixture("003_a7bb66045fcf768d.txt")])
    let word = try CLIRunner.run(["outline", CLIRunner.fixture("docx/003-auto-numbered.docx")])
    #expect(word.status == 0)
    #expect(word.stderr == "")
    #expect(word.stdout == text.stdout)
    #expect(word.stdout.contains("一、 提高政治站位，坚决践行“两个维护”"))
  }

  @Test func testParseTextPrintsTheTextSpansIndex() throws {
    let result = try CLIRunner.run(["parse", "--text", CLIRunner.fixture("docx/000-typed-table.docx")])
    #expect(result.status == 0)
    #expect(result.stdout.contains("\n一、2021年工作成效\n"))
    #expect(result.stdout.contains("\n序号\t工作\t责任单位\n"))
    #expect(!result.stdout.contains("内部资料"))
    let json = try CLIRunner.run(["parse", CLIRunner.fixture("docx/000-typed-table.docx")])
    #expect(json.stdout.contains("\"format\":\"docx\""))
  }

  @Test func testStreamReadsDocxBytes() throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.fixture("docx/003-auto-numbered.docx")))
    let lines = [
      "{\"id\":1,\"bytes\":\"\(bytes.base64EncodedString())\",\"path\":\"x.docx\"}",
      "{\"id\":2,\"bytes\":\"\(bytes.base64EncodedString())\"}",
      "{\"id\":3,\"bytes\":\"\(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).base64EncodedString())\",\"path\":\"y.doc\"}",
    ]
    let result = try CLIRunner.run(["stream"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
    #expect(result.status == 0)
    let results = result.stdout.split(separator: "\n").map(String.init)
    #expect(results.count == 3)
    #expect(results[0].contains("\"format\":\"docx\"") && results[0].contains("提高政治站位"))
    #expect(results[1].contains("\"format\":\"docx\""))
    #expect(results[2].contains("\"error\":\"y.doc: Word 97–2003 .doc (or WPS .wps) is not read: save as .docx\""))
  }

  /// A folder of text, markdown, Word, binary and old Word files: each read or reported, and
  /// an honest exit code (1: some inputs failed).
  @Test func testConvertReportsEachFileOfAMixedFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-docx-\(UUID().uuidString)")
    let input = folder.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      atPath: CLIRunner.fixture("003_a7bb66045fcf768d.txt"), toPath: input.appendingPathComponent("a.txt").path)
    try FileManager.default.copyItem(
      atPath: CLIRunner.fixture("docx/003-auto-numbered.docx"), toPath: input.appendingPathComponent("b.docx").path)
    try Data("## 一、总体要求\n\n正文。\n".utf8).write(to: input.appendingPathComponent("c.md"))
    try Data([0, 1, 2, 3, 0, 0xFF, 0, 7]).write(to: input.appendingPathComponent("d.txt"))
    let word = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.fixture("docx/000-typed-table.docx")))
    try word.prefix(word.count / 2).write(to: input.appendingPathComponent("e.docx"))
    try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).write(to: input.appendingPathComponent("f.doc"))
    let output = folder.appendingPathComponent("out")

    let result = try CLIRunner.run(["convert", input.path, "-o", output.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("left out 1: \(input.path)/f.doc (not read: save it as .docx)"))
    #expect(result.stderr.contains("converted 3, failed 2, skipped 0, left out 1; "))
    #expect(result.stderr.contains("\(input.path)/d.txt: binary data, not a text document"))
    #expect(result.stderr.contains("\(input.path)/e.docx: damaged Word document: "))
    for name in ["a.json", "b.json", "c.json"] {
      #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(name).path), "\(name)")
    }
    let json = try String(contentsOf: output.appendingPathComponent("b.json"), encoding: .utf8)
    #expect(json.contains("\"format\":\"docx\""))
    // Named directly, an old .doc is read and refused with why.
    let doc = try CLIRunner.run(["parse", input.appendingPathComponent("f.doc").path])
    #expect(doc.status == 1)
    #expect(doc.stderr == "gongwen: \(input.path)/f.doc: Word 97–2003 .doc (or WPS .wps) is not read: save as .docx\n")
  }
}

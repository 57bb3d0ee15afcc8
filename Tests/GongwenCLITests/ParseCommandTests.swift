import Foundation
import Testing

@Suite("gongwen parse and outline")
struct ParseCommandTests {
  @Test func parsePrintsSortedJSONWithTheContract() throws {
    let result = try CLIRunner.run(["parse", CLIRunner.fixture("000_2f763b3cc542b0bb.txt")])
    #expect(result.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(json["schemaVersion"] as? Int == 2)
    for key in ["source", "document", "metrics", "placeholders", "dates", "references", "titles", "diagnostics"] {
      #expect(json[key] != nil, "missing \(key)")
    }
    let document = try #require(json["document"] as? [String: Any])
    let sections = try #require(document["sections"] as? [[String: Any]])
    #expect(sections.map { $0["title"] as? String } == ["2021年工作成效", "2022年工作计划"])
    // Sorted keys: "dates" comes before "diagnostics" before "document".
    let dates = try #require(result.stdout.range(of: "\"dates\""))
    let documentKey = try #require(result.stdout.range(of: "\"document\""))
    #expect(dates.lowerBound < documentKey.lowerBound)
  }

  @Test func prettyOutputIsIndented() throws {
    let result = try CLIRunner.run(["parse", "--pretty", CLIRunner.fixture("004_9c219bd1e73ba6c0.txt")])
    #expect(result.status == 0)
    #expect(result.stdout.contains("\n  \"document\": {"))
  }

  @Test func parseReadsStandardInput() throws {
    let result = try CLIRunner.run(["parse", "-"], stdin: Data("一、总结\n正文。\n".utf8))
    #expect(result.status == 0)
    #expect(result.stdout.contains("\"title\":\"总结\""))
  }

  @Test func outlineShowsTheTree() throws {
    let result = try CLIRunner.run(["outline", CLIRunner.fixture("003_a7bb66045fcf768d.txt")])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("docType: plan\ntitle: X县委办公室2021年工作要点\n"))
    #expect(result.stdout.contains("\n  1. 精准开展督促检查"))
  }

  @Test func errorsNameTheFileAndExitWithOne() throws {
    let missing = try CLIRunner.run(["parse", "/no/such/report.txt"])
    #expect(missing.status == 1)
    #expect(missing.stderr == "gongwen: /no/such/report.txt: cannot read file: No such file or directory\n")
    #expect(missing.stdout.isEmpty)

    let directory = try CLIRunner.run(["parse", CLIRunner.fixture("")])
    #expect(directory.status == 1)
    #expect(directory.stderr.contains("is a directory"))

    let binary = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-binary-\(UUID()).bin")
    try Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7) }).write(to: binary)
    defer { try? FileManager.default.removeItem(at: binary) }
    let refused = try CLIRunner.run(["parse", binary.path])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("\(binary.path): binary data, not a text document"))
  }

  @Test func numbersPrintsEveryNumberAsJSONLines() throws {
    // Seed 003 in GB18030: decoded like a report, spans into the decoded text.
    let result = try CLIRunner.run(["numbers", CLIRunner.fixture("003-gb18030.txt")])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count > 10)
    let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(Set(first.keys) == ["approximate", "kind", "span", "text", "value"])
    #expect(lines.contains { $0.contains("\"text\":\"2021\"") })

    let missing = try CLIRunner.run(["numbers", "/no/such/report.txt"])
    #expect(missing.status == 1)
    #expect(missing.stderr.hasPrefix("gongwen: /no/such/report.txt: cannot read file"))
  }

  @Test func emptyFileGivesAnEmptyDocument() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-empty-\(UUID()).txt")
    try Data().write(to: empty)
    defer { try? FileManager.default.removeItem(at: empty) }
    let result = try CLIRunner.run(["parse", empty.path])
    #expect(result.status == 0)
    #expect(result.stdout.contains("\"sections\":[]"))
  }

  @Test func usageErrorsExitWithTwo() throws {
    let result = try CLIRunner.run(["parse"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Missing expected argument"))
    let unknown = try CLIRunner.run(["frobnicate"])
    #expect(unknown.status == 2)
  }
}

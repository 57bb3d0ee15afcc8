import Foundation
import Testing
@testable import Gongwen

/// The five analyst questions of Docs/Guide.md ("SQLite"), run as written — the ```sql blocks
/// are read from the Guide — on the seeds and families, and on the development corpus when
/// it is beside the repository, with the answers the Guide gives (issue 18).
@Suite("The Guide's SQL questions")
struct GuideSQLTests {
  static func questions() throws -> [String] {
    let guide = try String(
      contentsOf: Fixtures.root.deletingLastPathComponent().appendingPathComponent("Docs/Guide.md"), encoding: .utf8)
    let section = try #require(guide.components(separatedBy: "\n### SQLite\n").dropFirst().first)
      .components(separatedBy: "\n### ").first ?? ""
    var blocks: [String] = []
    var current: [Substring]?
    for line in section.split(separator: "\n", omittingEmptySubsequences: false) {
      if line == "```sql" {
        current = []
      } else if line.hasPrefix("```"), let lines = current {
        blocks.append(lines.joined(separator: "\n"))
        current = nil
      } else {
        current?.append(line)
      }
    }
    return blocks
  }

  static func database(_ items: [BatchItem]) async throws -> (connection: SQLiteConnection, folder: URL) {
    let folder = try SQLiteExportTests.temporaryFolder()
    let path = folder.appendingPathComponent("corpus.sqlite").path
    let summary = try await SQLiteExport(database: path, jobs: 2).run(items)
    #expect(summary.failures.isEmpty)
    return (try SQLiteConnection(path: path, readOnly: true), folder)
  }

  static func file(_ row: [TableCell]) -> String {
    if case .text(let name) = row.first { return name }
    return ""
  }

  @Test func fiveQuestionsOnTheSeedsAndFamilies() async throws {
    let questions = try Self.questions()
    try #require(questions.count == 5)
    let (connection, folder) = try await Self.database(SQLiteExportTests.inputs)
    defer { try? FileManager.default.removeItem(at: folder) }
    let answers = try questions.map { try connection.query($0) }

    #expect(answers[0].isEmpty, "the seeds state no GDP growth target")
    // Masked share: 001 all, 002 33 of 34, 004 38 of 40, then the rest at 0.
    #expect(Array(answers[1].prefix(3)) == [
      [.text("001_f4a6b982d7f4d465.txt"), .integer(16), .integer(16), .number(100), .integer(82)],
      [.text("002_f787e4203b274c41.txt"), .integer(34), .integer(33), .number(97.1), .integer(179)],
      [.text("004_9c219bd1e73ba6c0.txt"), .integer(40), .integer(38), .number(95), .integer(49)],
    ])
    #expect(answers[1].count == SQLiteExportTests.inputs.count)
    #expect(answers[2].first?.prefix(2) == [.text("achievements"), .integer(99)])
    #expect(answers[3].contains([.text("plan"), .integer(2021), .integer(1), .integer(11287)]))
    #expect(answers[4].map { Self.file($0) + " " + ($0[1].textValue ?? "") } == [
      "000_2f763b3cc542b0bb.txt 1.2", "001_f4a6b982d7f4d465.txt 1.4", "001_f4a6b982d7f4d465.txt 2.3",
      "002_f787e4203b274c41.txt 1.1", "002_f787e4203b274c41.txt 3.1",
    ])
    #expect(answers[4].first?.last == .text("2021年工作成效 > 党建工作"))  // path read back by json_each
  }

  static let dev = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/corpus/dev")
  static let hasDevCorpus = FileManager.default.fileExists(atPath: dev.path)

  @Test(.enabled(if: hasDevCorpus, "needs the development corpus beside the repository"))
  func fiveQuestionsOnTheDevelopmentCorpus() async throws {
    let questions = try Self.questions()
    try #require(questions.count == 5)
    let (items, failures) = BatchInput.collect([Self.dev.path])
    #expect(failures.isEmpty)
    let (connection, folder) = try await Self.database(items)
    defer { try? FileManager.default.removeItem(at: folder) }
    let answers = try questions.map { try connection.query($0) }

    // One GDP growth target per report that states one, for the year it plans.
    #expect(answers[0].count == 10)
    #expect(Set(answers[0].map(Self.file)).count == 10)
    #expect(answers[0].contains {
      $0.prefix(4) == [.text("provincial_2026_beijing_gov_work_report.txt"), .integer(2026), .text("5%左右"), .number(5)]
    })
    #expect(answers[0].contains {
      Self.file($0) == "provincial_2026_guangdong_gov_work_report.txt" && $0[3] == .null && $0[4] == .number(4.5)
        && $0[5] == .number(5)
    })
    #expect(answers[0].contains { Self.file($0) == "national_2021_gov_work_report.txt" && $0[6] == .text(">=") })
    // Published text: nothing masked.
    #expect(answers[1].count == 17)
    #expect(answers[1].allSatisfy { $0[2] == .integer(0) })
    #expect(answers[2].map { $0[0] } == [.text("achievements"), .text("plan"), .text("(preamble)"), .text("other")])
    #expect(answers[3].contains([.text("report"), .integer(2025), .integer(5), .integer(327279)]))
    #expect(answers[4].isEmpty, "no heading of the development corpus mentions 党建")
  }
}

extension TableCell {
  var textValue: String? {
    if case .text(let value) = self { return value }
    return nil
  }
}

import Foundation
import Testing

/// `gongwen convert` end to end on a temporary folder with good and bad inputs.
@Suite("gongwen convert")
struct ConvertCommandTests {
  /// A folder with the five seeds, a nested GBK file, and three bad inputs: random bytes, a
  /// dangling link (unreadable even for root, which reads chmod 000 files), and, when not
  /// running as root, a file without read permission. (An empty file is not a bad input:
  /// `EmptyInputCommandTests`.)
  static func makeInputs() throws -> (root: URL, bad: Set<String>) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-convert-\(UUID().uuidString)")
    let input = root.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input.appendingPathComponent("nested/deeper"), withIntermediateDirectories: true)
    for name in ["000_2f763b3cc542b0bb.txt", "001_f4a6b982d7f4d465.txt", "002_f787e4203b274c41.txt", "003_a7bb66045fcf768d.txt", "004_9c219bd1e73ba6c0.txt"] {
      try FileManager.default.copyItem(atPath: CLIRunner.fixture(name), toPath: input.appendingPathComponent(name).path)
    }
    try FileManager.default.copyItem(
      atPath: CLIRunner.fixture("short-gbk.txt"), toPath: input.appendingPathComponent("nested/deeper/short-gbk.txt").path)
    try Data("not picked: wrong extension".utf8).write(to: input.appendingPathComponent("notes.rtf"))
    var bad: Set<String> = []
    var generator = SystemRandomNumberGenerator()
    let binary = input.appendingPathComponent("nested/binary.txt")
    try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: binary)
    bad.insert(binary.path)
    let dangling = input.appendingPathComponent("dangling.txt")
    try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "/nonexistent/gongwen")
    bad.insert(dangling.path)
    if getuid() != 0 {
      let locked = input.appendingPathComponent("locked.txt")
      try Data("一、总结\n正文。".utf8).write(to: locked)
      try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
      bad.insert(locked.path)
    }
    return (root, bad)
  }

  func errorPaths(_ directory: URL) throws -> Set<String> {
    let lines = try String(contentsOf: directory.appendingPathComponent("errors.jsonl"), encoding: .utf8).split(separator: "\n")
    return Set(try lines.map { line in
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect((object["error"] as? String)?.isEmpty == false)
      return try #require(object["path"] as? String)
    })
  }

  @Test func convertsGoodFilesReportsBadOnesAndSkipsOnASecondRun() throws {
    let (root, bad) = try Self.makeInputs()
    defer { try? FileManager.default.removeItem(at: root) }
    let input = root.appendingPathComponent("in").path
    let output = root.appendingPathComponent("out")

    let first = try CLIRunner.run(["convert", input, "--output", output.path, "--jobs", "2"])
    #expect(first.status == 1)
    let expected = [
      "000_2f763b3cc542b0bb.json", "001_f4a6b982d7f4d465.json", "002_f787e4203b274c41.json", "003_a7bb66045fcf768d.json",
      "004_9c219bd1e73ba6c0.json", "nested/deeper/short-gbk.json",
    ]
    for name in expected {
      let data = try Data(contentsOf: output.appendingPathComponent(name))
      let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      #expect(object["schemaVersion"] as? Int == 2)
    }
    let written = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".json") }
    #expect(Set(written) == Set(expected))
    // No temporary files are left behind.
    #expect(try FileManager.default.subpathsOfDirectory(atPath: output.path).allSatisfy { !$0.hasSuffix(".tmp") })
    #expect(try errorPaths(output) == bad)
    for path in bad { #expect(first.stderr.contains(path)) }
    #expect(first.stderr.contains("converted 6, failed \(bad.count), skipped 0"))

    let before = try Data(contentsOf: output.appendingPathComponent(expected[0]))
    let second = try CLIRunner.run(["convert", input, "--output", output.path])
    #expect(second.status == 1)
    #expect(second.stderr.contains("converted 0, failed \(bad.count), skipped 6"))
    #expect(try Data(contentsOf: output.appendingPathComponent(expected[0])) == before)

    let third = try CLIRunner.run(["convert", input, "--output", output.path, "--overwrite", "--pretty"])
    #expect(third.stderr.contains("converted 6, failed \(bad.count), skipped 0"))
    #expect(try Data(contentsOf: output.appendingPathComponent(expected[0])) != before)
  }

  @Test func jsonlKeepsInputOrderWhateverTheJobs() throws {
    let (root, bad) = try Self.makeInputs()
    defer { try? FileManager.default.removeItem(at: root) }
    let input = root.appendingPathComponent("in").path
    var outputs: [String] = []
    for jobs in ["1", "2", "4"] {
      let output = root.appendingPathComponent("out\(jobs)")
      let result = try CLIRunner.run(["convert", input, "-o", output.path, "--format", "jsonl", "-j", jobs, "--quiet"])
      #expect(result.status == 1)
      outputs.append(try String(contentsOf: output.appendingPathComponent("documents.jsonl"), encoding: .utf8))
      #expect(try errorPaths(output) == bad)
    }
    #expect(outputs[0] == outputs[1] && outputs[1] == outputs[2])
    let paths = try outputs[0].split(separator: "\n").map { line in
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      return try #require((object["source"] as? [String: Any])?["path"] as? String)
    }
    #expect(paths.count == 6)
    #expect(paths == paths.sorted())
  }

  /// A folder's `.md` files are converted as its `.txt` files are, and read as markdown.
  @Test func convertPicksUpMarkdown() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-markdown-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let input = root.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: CLIRunner.fixture("families/markdown-report.md"), toPath: input.appendingPathComponent("report.md").path)
    try FileManager.default.copyItem(
      atPath: CLIRunner.fixture("003_a7bb66045fcf768d.txt"), toPath: input.appendingPathComponent("seed.txt").path)
    let output = root.appendingPathComponent("out")
    let result = try CLIRunner.run(["convert", input.path, "-o", output.path, "-q"])
    #expect(result.status == 0)
    let written = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".json") }
    #expect(Set(written) == ["report.json", "seed.json"])
    let data = try Data(contentsOf: output.appendingPathComponent("report.json"))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let document = try #require(object["document"] as? [String: Any])
    #expect(document["title"] as? String == "青山县2026年政府工作报告")
    let sections = try #require(document["sections"] as? [[String: Any]])
    #expect(sections.map { $0["title"] as? String } == ["工作回顾", "总体要求", "重点任务"])
  }

  /// Standard input is plain text unless `--markdown` says otherwise.
  @Test func markdownFlagReadsStandardInputAsMarkdown() throws {
    let text = Data("## 一、总体要求\n坚持稳中求进。\n".utf8)
    let markdown = try CLIRunner.run(["outline", "--markdown", "-"], stdin: text)
    #expect(markdown.status == 0)
    #expect(markdown.stdout.contains("一、 总体要求"))
    let plain = try CLIRunner.run(["outline", "-"], stdin: text)
    #expect(!plain.stdout.contains("一、 总体要求"))
  }

  @Test func combinedOutputIsNotReplacedWithoutOverwrite() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-combined-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let fixture = CLIRunner.fixture("003_a7bb66045fcf768d.txt")
    let first = try CLIRunner.run(["convert", fixture, "-o", root.path, "--format", "csv"])
    #expect(first.status == 0)
    let second = try CLIRunner.run(["convert", fixture, "-o", root.path, "--format", "csv"])
    #expect(second.status == 1)
    #expect(second.stderr.contains("documents.csv: already exists"))
  }

  /// `--format csv` writes the documents table beside the others: one row per converted
  /// input, none for a failed one, joinable to the metrics by `file`.
  @Test func csvFormatWritesADocumentsTable() throws {
    let (root, bad) = try Self.makeInputs()
    defer { try? FileManager.default.removeItem(at: root) }
    let output = root.appendingPathComponent("out")
    let result = try CLIRunner.run(["convert", root.appendingPathComponent("in").path, "-o", output.path, "--format", "csv"])
    #expect(result.status == 1)
    for name in ["documents.csv", "metrics.csv", "placeholders.csv", "sections.csv"] {
      #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(name).path), "\(name)")
    }
    let documents = try String(contentsOf: output.appendingPathComponent("documents.csv"), encoding: .utf8)
      .components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(documents[0].hasPrefix("file,title,doc_type,kind,period_year,period_part,dateline_date,number,issuer,"))
    #expect(documents.count == 1 + 6)
    #expect(documents.contains { $0.contains("003_a7bb66045fcf768d.txt,X县委办公室2021年工作要点,plan,plan,2021,full,") })
    #expect(documents.contains { $0.contains("short-gbk.txt,") && $0.contains(",GB18030,") })
    for path in bad { #expect(!documents.contains { $0.hasPrefix(path + ",") }) }
    let metrics = try String(contentsOf: output.appendingPathComponent("metrics.csv"), encoding: .utf8)
    let files = Set(documents.dropFirst().map { String($0.prefix { $0 != "," }) })
    for line in metrics.components(separatedBy: "\r\n").dropFirst() where !line.isEmpty {
      #expect(files.contains(String(line.prefix { $0 != "," })))
    }
  }

  /// Row counts of a database's tables, read with Python's sqlite3 module (not Gongwen's).
  static func tableCounts(_ database: String) throws -> String {
    let script = """
      import sqlite3, sys
      db = sqlite3.connect(sys.argv[1])
      names = ["documents", "sections", "paragraphs", "metrics", "placeholders", "dates", "refs", "titles"]
      print(" ".join(n + "=" + str(db.execute("SELECT count(*) FROM " + n).fetchone()[0]) for n in names))
      print("fk=" + str(len(db.execute("PRAGMA foreign_key_check").fetchall())))
      """
    let result = try CLIRunner.run(shell: "python3 -c '\(script)' '\(database)'")
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  /// `--format sqlite -o FILE`: one database, bad inputs listed in FILE.errors.jsonl and on
  /// standard error with exit code 1, and the same rows after a second run.
  @Test func sqliteFormatWritesOneDatabase() throws {
    let (root, bad) = try Self.makeInputs()
    defer { try? FileManager.default.removeItem(at: root) }
    let database = root.appendingPathComponent("out/corpus.sqlite").path
    let input = root.appendingPathComponent("in").path
    let first = try CLIRunner.run(["convert", input, "-o", database, "--format", "sqlite", "-j", "2"])
    #expect(first.status == 1)
    #expect(first.stderr.contains("converted 6, failed \(bad.count), skipped 0"))
    #expect(first.stderr.contains("failures listed in \(database).errors.jsonl"))
    for path in bad { #expect(first.stderr.contains(path)) }
    let counts = try Self.tableCounts(database)
    #expect(counts.hasPrefix("documents=6 sections="))
    #expect(counts.contains("fk=0"))
    let errors = try String(contentsOfFile: database + ".errors.jsonl", encoding: .utf8)
    #expect(errors.split(separator: "\n").count == bad.count)

    let second = try CLIRunner.run(["convert", input, "-o", database, "--format", "sqlite", "-q"])
    #expect(second.status == 1)
    #expect(second.stderr.contains("converted 6, failed \(bad.count), skipped 0"))
    #expect(try Self.tableCounts(database) == counts)
    let good = try CLIRunner.run(["convert", CLIRunner.fixture("003_a7bb66045fcf768d.txt"), "-o", database, "--format", "sqlite", "-q"])
    #expect(good.status == 0)
    #expect(try Self.tableCounts(database) == counts)
  }

  @Test func sqliteFormatRefusesAFileThatIsNotADatabase() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-notdb-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let file = root.appendingPathComponent("notes.txt")
    try Data(String(repeating: "这不是数据库。\n", count: 200).utf8).write(to: file)
    let before = try Data(contentsOf: file)
    let fixture = CLIRunner.fixture("003_a7bb66045fcf768d.txt")
    let result = try CLIRunner.run(["convert", fixture, "-o", file.path, "--format", "sqlite", "-q"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("\(file.path): SQLite database: file is not a database; choose another file, or --overwrite"))
    #expect(try Data(contentsOf: file) == before)
    let replaced = try CLIRunner.run(["convert", fixture, "-o", file.path, "--format", "sqlite", "-q", "--overwrite"])
    #expect(replaced.status == 0)
    #expect(try Self.tableCounts(file.path).hasPrefix("documents=1 "))
  }

  @Test func usageErrorsExitWithTwo() throws {
    #expect(try CLIRunner.run(["convert", CLIRunner.fixture("short-gbk.txt")]).status == 2)
    #expect(try CLIRunner.run(["convert", CLIRunner.fixture("short-gbk.txt"), "-o", "/tmp/x", "--format", "xml"]).status == 2)
    #expect(try CLIRunner.run(["convert", CLIRunner.fixture("short-gbk.txt"), "-o", "/tmp/x", "--jobs", "0"]).status == 2)
  }
}

/// `convert` and the tables name the files of the input folders they leave out, and why.
@Suite("gongwen convert: files left out")
struct LeftOutCommandTests {
  @Test func convertNamesWhatItLeftOutOrWithQuietCountsIt() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-left-out-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      atPath: CLIRunner.fixture("003_a7bb66045fcf768d.txt"), toPath: folder.appendingPathComponent("in/r.txt").path)
    try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]).write(to: folder.appendingPathComponent("in/a.doc"))
    try Data("%PDF".utf8).write(to: folder.appendingPathComponent("in/b.pdf"))
    let input = folder.appendingPathComponent("in").path

    let loud = try CLIRunner.run(["convert", input, "-o", folder.appendingPathComponent("out").path])
    #expect(loud.status == 0)
    #expect(loud.stderr.contains(
      "left out 2: \(input)/a.doc (not read: save it as .docx), \(input)/b.pdf (PDF files are not read yet; extract their text first)\n"))
    #expect(loud.stderr.contains("converted 1, failed 0, skipped 0, left out 2; "))

    let quiet = try CLIRunner.run(["convert", input, "-o", folder.appendingPathComponent("db.sqlite").path, "--format", "sqlite", "-q"])
    #expect(quiet.status == 0)
    #expect(!quiet.stderr.contains("a.doc"))
    #expect(quiet.stderr.contains("converted 1, failed 0, skipped 0, left out 2; "))

    let table = try CLIRunner.run(["documents", input])
    #expect(table.status == 0)
    #expect(table.stderr.contains("left out 2: \(input)/a.doc (not read: save it as .docx)"))
    let quietTable = try CLIRunner.run(["metrics", input, "-q"])
    #expect(quietTable.stderr == "left out 2\n")
  }
}

import Foundation
import Testing

@Suite("gongwen documents, metrics, placeholders, sections and stream")
struct TableAndStreamCommandTests {
  @Test func documentsPrintsOneRowPerFileAndReportsBadOnes() throws {
    let result = try CLIRunner.run([
      "documents", "--format", "jsonl", CLIRunner.fixture("003_a7bb66045fcf768d.txt"), "/nonexistent.txt",
      CLIRunner.fixture("families/request-with-signature.txt"),
    ])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/nonexistent.txt"))
    let rows = try result.stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(rows.count == 2)
    #expect(rows[0]["title"] as? String == "X县委办公室2021年工作要点")
    #expect(rows[0]["placeholders"] as? Int == 15)
    #expect(rows[1]["doc_type"] as? String == "request")
    #expect(rows[1]["number"] as? String == "松政〔2022〕5号")
    #expect(rows[1]["signing_date"] as? String == "2022-03-15")
    #expect((rows[1]["sha256"] as? String)?.count == 64)
  }

  @Test func metricsCSVHasAHeaderAndOneRowPerMetric() throws {
    let result = try CLIRunner.run(["metrics", CLIRunner.fixture("003_a7bb66045fcf768d.txt")])
    #expect(result.status == 0)
    let lines = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines[0].hasPrefix("file,section_id,section_path,section_title,role,subject,kind,value,unit,normalized_value"))
    #expect(lines.contains { $0.contains(",采用率,quantity,30.0,%,30.0,%,false,>=,") })
    let parse = try CLIRunner.run(["parse", CLIRunner.fixture("003_a7bb66045fcf768d.txt")])
    let document = try #require(try JSONSerialization.jsonObject(with: Data(parse.stdout.utf8)) as? [String: Any])
    #expect(lines.count - 1 == (document["metrics"] as? [Any])?.count)
  }

  @Test func excelFlagAddsAByteOrderMark() throws {
    let result = try CLIRunner.run(["placeholders", "--excel", CLIRunner.fixture("004_9c219bd1e73ba6c0.txt")])
    #expect(result.stdout.hasPrefix("\u{FEFF}file,"))
  }

  @Test func sectionsAsJSONLines() throws {
    let result = try CLIRunner.run(["sections", "--format", "jsonl", CLIRunner.fixture("000_2f763b3cc542b0bb.txt")])
    let rows = try result.stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(rows.count == 15)
    #expect(rows[1]["title"] as? String == "xx学习教育")
    #expect(rows[1]["enumerations"] as? Int == 6)
    #expect(rows[0]["role"] as? String == "achievements")
  }

  @Test func badInputsAreReportedAndTheRestIsPrinted() throws {
    let result = try CLIRunner.run(["metrics", "--format", "tsv", "/nonexistent.txt", CLIRunner.fixture("003_a7bb66045fcf768d.txt")])
    #expect(result.status == 1)
    #expect(result.stderr.contains("/nonexistent.txt"))
    #expect(result.stdout.split(separator: "\n").count > 5)
  }

  /// The analytics loaders people use read the CSV with the right column count: Python's
  /// csv module here, DuckDB when it is installed (`pip install duckdb`).
  @Test func pythonCSVReadsTheMetricsOfEveryFixture() throws {
    let script = CLIRunner.packageRoot.appendingPathComponent("Scripts/check_csv.py").path
    let csv = try CLIRunner.run(["metrics", CLIRunner.fixture("")])
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-metrics-\(UUID().uuidString).csv")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(csv.stdout.utf8).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script, file.path, "31"]  // TableKind.metrics.columns.count
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let report = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(report)")
    #expect(report.contains("csv: "))
  }

  @Test func streamAnswersEveryLineInOrder() throws {
    var lines: [String] = []
    for index in 0..<10_000 {
      if index % 100 == 37 {
        lines.append(index % 200 == 37 ? "not json \(index)" : #"{"id":\#(index)}"#)
      } else {
        lines.append(#"{"id":"\#(index)","text":"一、总结\n完成调研\#(index)次以上。"}"#)
      }
    }
    let result = try CLIRunner.run(["stream"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
    #expect(result.status == 0)
    let outputs = result.stdout.split(separator: "\n")
    #expect(outputs.count == 10_000)
    var errors = 0
    for (index, line) in outputs.enumerated() {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      if index % 100 == 37 {
        errors += 1
        #expect(object["error"] is String)
      } else {
        #expect(object["id"] as? String == String(index))
        let metrics = object["metrics"] as? [[String: Any]]
        #expect(metrics?.first?["value"] as? Double == Double(index))
      }
    }
    #expect(errors == 100)
  }
}

@Suite("Stream mode fanned out")
struct StreamFanOutTests {
  /// Docs/examples/stream-xargs.sh, as the guide shows it: 2,500 requests over 4 processes
  /// in chunks of 300 lines come back complete and in order.
  @Test func xargsExampleKeepsOrder() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-xargs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let requests = (0..<2_500).map { #"{"id":"r\#($0)","text":"二、计划\n开展培训\#($0 + 1)次。"}"# }
    let input = root.appendingPathComponent("in.jsonl")
    let output = root.appendingPathComponent("out.jsonl")
    try Data((requests.joined(separator: "\n") + "\n").utf8).write(to: input)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      CLIRunner.packageRoot.appendingPathComponent("Docs/examples/stream-xargs.sh").path, input.path, output.path, "4", "300",
    ]
    process.environment = ["GONGWEN": CLIRunner.executable.path, "PATH": "/usr/bin:/bin"]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)

    let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 2_500)
    for (index, line) in lines.enumerated() {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      #expect(object["id"] as? String == "r\(index)")
    }
  }
}

import Foundation
import Gongwen
import Testing

/// The files of input folders that a batch does not read are listed with why.
@Suite("Skipped files")
struct SkippedFileTests {
  static func makeFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-skipped-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    for name in ["a.txt", "b.md", "c.docx", "sub/d.PDF", "sub/e.doc", "f.rtf", ".hidden.docx", "g.wps"] {
      try Data("一、总结\n正文。\n".utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  @Test func scanListsWhatTheDefaultPatternsLeaveOut() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scan = BatchInput.scan([folder.path])
    #expect(scan.items.map(\.relativePath) == ["a.txt", "b.md", "c.docx"])
    let skipped = scan.skipped.map { (String($0.path.dropFirst(folder.path.count + 1)), $0.reason) }
    #expect(skipped.map(\.0) == ["f.rtf", "g.wps", "sub/d.PDF", "sub/e.doc"])
    #expect(skipped.map(\.1) == [.wordDocument, .wordDocument, .pdf, .wordDocument])
    #expect(scan.failures.isEmpty)
    // collect stays what it was.
    #expect(BatchInput.collect([folder.path]).items == scan.items)
  }

  @Test func aGivenPatternNamesWhatItDoesNotTake() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scan = BatchInput.scan([folder.path], pattern: "*.md")
    #expect(scan.items.map(\.relativePath) == ["b.md"])
    let reasons = Dictionary(uniqueKeysWithValues: scan.skipped.map { ($0.path.split(separator: "/").last.map(String.init) ?? "", $0.reason) })
    #expect(reasons["a.txt"] == .notMatchingPattern)
    #expect(reasons["c.docx"] == .notMatchingPattern)
    #expect(reasons["e.doc"] == .wordDocument)
    #expect(reasons["d.PDF"] == .pdf)
    // A file named directly is read whatever its name.
    #expect(BatchInput.scan([folder.appendingPathComponent("c.docx").path]).skipped.isEmpty)
  }

  /// `--exclude`: a folder or file matched by name or by its path below the input is not
  /// read and not listed as left out; a file named directly is still read.
  @Test func excludedEntriesAreNeitherReadNorListed() throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bySubfolder = BatchInput.scan([folder.path], exclude: ["sub"])
    #expect(bySubfolder.items.map(\.relativePath) == ["a.txt", "b.md", "c.docx"])
    #expect(bySubfolder.skipped.map { $0.path.split(separator: "/").last.map(String.init) ?? "" } == ["f.rtf", "g.wps"])
    let byName = BatchInput.scan([folder.path], exclude: ["*.md", "sub/*.doc"])
    #expect(byName.items.map(\.relativePath) == ["a.txt", "c.docx"])
    #expect(!byName.skipped.contains { $0.path.hasSuffix("e.doc") })
    #expect(byName.skipped.contains { $0.path.hasSuffix("d.PDF") })
    #expect(BatchInput.scan([folder.appendingPathComponent("b.md").path], exclude: ["*.md"]).items.count == 1)
  }

  @Test func theSummaryHandsThemBackAndCountsThem() async throws {
    let folder = try Self.makeFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let scan = BatchInput.scan([folder.appendingPathComponent("sub").path])
    let output = folder.appendingPathComponent("out").path
    let summary = try await BatchConverter(options: BatchOptions(outputDirectory: output)).run(
      scan.items, earlierFailures: scan.failures, leftOut: scan.skipped)
    #expect(summary.leftOut == scan.skipped)
    #expect(summary.failures.isEmpty)
    #expect(summary.description.hasPrefix("converted 0, failed 0, skipped 0, left out 2; "))
    let sqlite = try await SQLiteExport(database: folder.appendingPathComponent("db.sqlite").path).run(
      scan.items, leftOut: scan.skipped)
    #expect(sqlite.leftOut.count == 2)
    let line = try #require(SkippedFile.summary(scan.skipped))
    #expect(line == "left out 2: \(folder.path)/sub/d.PDF (PDF files are not read yet; extract their text first), "
      + "\(folder.path)/sub/e.doc (not read: save it as .docx)")
    #expect(SkippedFile.summary(scan.skipped, names: false) == "left out 2")
    #expect(SkippedFile.summary([]) == nil)
  }
}

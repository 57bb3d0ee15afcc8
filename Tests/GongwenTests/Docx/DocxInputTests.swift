import Foundation
import Gongwen
import Testing
import ZIPFoundation

/// Word documents end to end: the fixtures made from the seeds read as their text files do,
/// styles and tables reach the outline, and broken or foreign files give their errors.
@Suite("Word documents")
struct DocxInputTests {
  /// A `.docx` made of the given parts (path → XML), built in memory.
  static func docx(_ parts: [String: String]) throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, xml) in parts.sorted(by: { $0.key < $1.key }) {
      let data = Data(xml.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    return [UInt8](try #require(archive.data))
  }

  static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

  static func document(_ body: String) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document \(w)><w:body>\(body)</w:body></w:document>"
  }

  static func paragraph(_ text: String, style: String? = nil) -> String {
    let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
    return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
  }

  /// A section's place in the tree: depth, marker, title.
  static func outline(_ document: Document) -> [String] {
    func walk(_ sections: [Section], depth: Int) -> [String] {
      sections.flatMap { ["\(depth) \($0.marker) \($0.title ?? "—")"] + walk($0.children, depth: depth + 1) }
    }
    return walk(document.outline.sections, depth: 0)
  }

  static func metrics(_ document: Document) -> [String] {
    document.metrics.map { "\($0.text) \($0.value.map { String($0) } ?? "-") \($0.unit ?? "-")" }
  }

  @Test(arguments: [
    ("003_a7bb66045fcf768d.txt", "docx/003-auto-numbered.docx"),
    ("000_2f763b3cc542b0bb.txt", "docx/000-typed-table.docx"),
  ])
  func testFixturesReadAsTheirSeedText(seed: String, docx: String) throws {
    let parser = GongwenParser()
    let text = try parser.parse(contentsOfFile: Fixtures.path(seed))
    let word = try parser.parse(contentsOfFile: Fixtures.path(docx))
    #expect(!Self.outline(text).isEmpty)
    #expect(Self.outline(word) == Self.outline(text))
    #expect(word.outline.title == text.outline.title)
    #expect(Self.metrics(word) == Self.metrics(text))
    #expect(word.placeholders.map(\.kind) == text.placeholders.map(\.kind))
    #expect(word.placeholders.map(\.text) == text.placeholders.map(\.text))
    #expect(word.dates.map(\.text) == text.dates.map(\.text))
    // The source is the .docx file; the spans index the text read out of it.
    let bytes = try Fixtures.bytes(docx)
    #expect(word.source.format == .docx)
    #expect(word.source.bytes == bytes.count)
    #expect(text.source.format == .plainText)
    for metric in word.metrics { #expect(word.text(of: metric.span) == metric.text) }
    // Neither the header's watermark nor the footnote is body text.
    let body = try #require(word.text)
    #expect(!body.contains("内部资料"))
    #expect(!body.contains("统计局"))
  }

  @Test func testAutomaticNumbersAreWrittenIntoTheText() throws {
    let document = try GongwenParser().parse(contentsOfFile: Fixtures.path("docx/003-auto-numbered.docx"))
    let lines = try #require(document.text).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.contains("一、提高政治站位，坚决践行“两个维护”"))
    #expect(lines.contains { $0.hasPrefix("21.带头恪尽职守") })
  }

  @Test func testHeadingStylesAndTablesReachTheOutline() throws {
    let styles = """
      <w:styles \(Self.w)>\
      <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style></w:styles>
      """
    let row = "<w:tr><w:tc><w:p><w:r><w:t>一、</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc></w:tr>"
    let body = [
      Self.paragraph("某县2021年工作总结", style: "Title"),
      Self.paragraph("工作回顾", style: "Heading1"),
      Self.paragraph("全年完成生产总值120亿元，同比增长6.5%。"),
      Self.paragraph("主要做法", style: "Heading2"),
      Self.paragraph("坚持问题导向，狠抓落实。"),
      "<w:tbl>\(row)</w:tbl>",
      Self.paragraph("下步打算", style: "Heading1"),
      Self.paragraph("继续抓好各项工作。"),
    ].joined()
    let bytes = try Self.docx(["word/document.xml": Self.document(body), "word/styles.xml": styles])
    let document = try GongwenParser().parse(bytes: bytes, path: "report.docx")
    #expect(Self.outline(document) == ["0  工作回顾", "1  主要做法", "0  下步打算"])
    #expect(document.outline.title == "某县2021年工作总结")
    #expect(document.metrics.contains { $0.value == 120 && $0.unit == "亿元" })
    // Bytes without a name are sniffed: a ZIP archive is read as a Word document.
    #expect(try GongwenParser().parse(bytes: bytes).outline.sections.count == 2)
  }

  @Test func testADocumentWithNoTextIsAnEmptyDocument() throws {
    let bytes = try Self.docx(["word/document.xml": Self.document("<w:p/><w:sectPr/>")])
    let document = try GongwenParser().parse(bytes: bytes, path: "empty.docx")
    #expect(document.outline.sections.isEmpty)
    #expect(document.diagnostics.map(\.code) == ["input.empty"])
  }

  /// An OLE compound file's header, and a stream name in its directory.
  static func compoundFile(stream: String) -> [UInt8] {
    var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
    bytes += stream.utf8.flatMap { [$0, 0] } + [UInt8](repeating: 0, count: 64)
    return bytes
  }

  @Test func testBrokenAndForeignFilesGiveTheirErrors() throws {
    let parser = GongwenParser()
    let good = try Fixtures.bytes("docx/003-auto-numbered.docx")
    let truncated = Array(good.prefix(good.count / 2))
    #expect {
      try parser.parse(bytes: truncated, path: "cut.docx")
    } throws: { error in
      guard case .damagedDocument(let path, _)? = error as? GongwenError else { return false }
      return path == "cut.docx" && "\(error)".hasPrefix("cut.docx: damaged Word document: ")
    }
    #expect(throws: GongwenError.encryptedDocument(path: "secret.docx")) {
      try parser.parse(bytes: Self.compoundFile(stream: "EncryptionInfo"), path: "secret.docx")
    }
    #expect(throws: GongwenError.legacyWordDocument(path: "old.doc")) {
      try parser.parse(bytes: Self.compoundFile(stream: "WordDocument"), path: "old.doc")
    }
    #expect(
      GongwenError.legacyWordDocument(path: "old.doc").description
        == "old.doc: Word 97–2003 .doc (or WPS .wps) is not read: save as .docx")
    #expect(throws: GongwenError.binaryInput(path: "book.xls")) {
      try parser.parse(bytes: Self.compoundFile(stream: "Workbook"), path: "book.xls")
    }
    let archive = try Self.docx(["xl/workbook.xml": "<workbook/>"])
    #expect(throws: GongwenError.notWordDocument(path: "book.xlsx")) { try parser.parse(bytes: archive, path: "book.xlsx") }
    let bodiless = try Self.docx(["word/document.xml": "<w:document \(Self.w)/>"])
    #expect(throws: GongwenError.documentWithoutBody(path: "x.docx")) { try parser.parse(bytes: bodiless, path: "x.docx") }
    #expect {
      try parser.parse(bytes: Array("一、总体要求\n".utf8), path: "text.docx")
    } throws: { error in
      guard case .damagedDocument(_, let reason)? = error as? GongwenError else { return false }
      return reason == "not a ZIP archive"
    }
    let broken = try Self.docx(["word/document.xml": "<w:document \(Self.w)><w:body><w:p>"])
    #expect(throws: GongwenError.self) { try parser.parse(bytes: broken, path: "x.docx") }
    // A part may unpack to at most 8 times the input limit.
    let big = try Self.docx(["word/document.xml": Self.document(String(repeating: Self.paragraph("一二三四五六七八九十"), count: 400))])
    #expect(throws: GongwenError.tooLarge(path: "big.docx", limit: big.count)) {
      try GongwenParser(maxInputBytes: big.count).parse(bytes: big, path: "big.docx")
    }
  }

  @Test func testFormatFollowsTheName() {
    #expect(InputFormat(path: "a/b.DOCX") == .docx)
    #expect(InputFormat(path: "b.dotx") == .docx)
    #expect(InputFormat(path: "b.doc") == .plainText)
    // A string is text whatever its name.
    #expect(GongwenParser().parse(text: "一、总体要求\n", path: "x.docx").source.format == .plainText)
  }
}

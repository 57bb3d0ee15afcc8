import Foundation
import Testing
@testable import Gongwen

@Suite("Decoding bytes into text")
struct TextDecoderTests {
  let parser = GongwenParser()

  @Test func utf8WithoutBOM() throws {
    let document = try parser.parse(bytes: Array("一、总结\n正文。".utf8))
    #expect(document.source.encoding == "UTF-8")
    #expect(document.source.bom == false)
    #expect(document.outline.sections.first?.title == "总结")
  }

  @Test func utf8WithBOMDropsTheMarkFromOffsets() throws {
    let document = try parser.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("一、总结\n正文。".utf8))
    #expect(document.source.encoding == "UTF-8")
    #expect(document.source.bom == true)
    let section = try #require(document.outline.sections.first)
    #expect(section.span.start == 0)
    #expect(section.paragraphs.first?.span == Span(start: 5, end: 8, line: 2))
  }

  @Test func utf16BigEndianWithBOM() throws {
    var bytes: [UInt8] = [0xFE, 0xFF]
    for unit in "一、总结\n正文。".utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    let document = try parser.parse(bytes: bytes)
    #expect(document.source.encoding == "UTF-16BE")
    #expect(document.outline.sections.first?.paragraphs.first?.text == "正文。")
  }

  @Test("The GB18030, UTF-16 and CRLF copies of seed 003 give the same tree as the original",
    arguments: [("003-gb18030.txt", "GB18030", false), ("003-utf16le-bom.txt", "UTF-16LE", true), ("003-crlf.txt", "UTF-8", false)])
  func encodedCopiesMatchTheOriginal(file: String, encoding: String, bom: Bool) throws {
    let original = try Fixtures.seed("003")
    let copy = try parser.parse(contentsOfFile: Fixtures.path(file))
    #expect(copy.source.encoding == encoding)
    #expect(copy.source.bom == bom)
    #expect(copy.outline == original.outline)
    #expect(copy.diagnostics.isEmpty)
  }

  @Test func crAloneIsALineBreakToo() throws {
    let document = try parser.parse(bytes: Array("一、总结\r正文。\r\n二、计划\r".utf8))
    #expect(document.outline.sections.map(\.title) == ["总结", "计划"])
    #expect(document.outline.sections[1].span.line == 3)
  }

  @Test func invalidBytesBecomeReplacementCharactersWithAWarningPerLine() throws {
    var bytes = Array("一、总结\n正文正文正文正文正文正文正文正文正文正文正文。\n".utf8)
    bytes += [0xE4, 0xB8]  // a truncated sequence
    bytes += Array("第三行的文字文字文字文字文字文字文字文字。\n".utf8)
    let document = try parser.parse(bytes: bytes, path: "bad.txt")
    #expect(document.source.encoding == "UTF-8")
    let warning = try #require(document.diagnostics.first)
    #expect(warning.code == "decode.replacement")
    #expect(warning.severity == .warning)
    #expect(warning.line == 3)
    #expect(document.treeText.contains("\u{FFFD}第三行"))
  }

  @Test func emptyInputGivesAnEmptyDocument() throws {
    let document = try parser.parse(bytes: [])
    #expect(document.outline.sections.isEmpty)
    #expect(document.outline.preamble.isEmpty)
    #expect(document.source.bytes == 0)
  }

  @Test func binaryInputIsRefusedWithThePath() throws {
    var generator = SeededGenerator(seed: 42)
    let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    #expect(throws: GongwenError.binaryInput(path: "random.bin")) {
      try parser.parse(bytes: bytes, path: "random.bin")
    }
    let pngHeader: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
    #expect(throws: GongwenError.binaryInput(path: nil)) { try parser.parse(bytes: pngHeader) }
    // Four bytes that read as UTF-16LE "x" and U+0201: too few and too odd to be text.
    #expect(throws: GongwenError.binaryInput(path: nil)) { try parser.parse(bytes: [0x78, 0, 1, 2]) }
  }

  @Test func randomBytesWithoutNULAreRefusedToo() throws {
    var generator = SeededGenerator(seed: 7)
    let bytes = (0..<4096).map { _ in UInt8.random(in: 1...255, using: &generator) }
    #expect(throws: GongwenError.self) { try parser.parse(bytes: bytes, path: "noise.bin") }
  }

  @Test func missingFileAndDirectoryAreClearErrors() throws {
    #expect(throws: GongwenError.unreadable(path: "/no/such/file.txt", reason: "No such file or directory")) {
      try parser.parse(contentsOfFile: "/no/such/file.txt")
    }
    #expect(throws: GongwenError.isDirectory(path: Fixtures.root.path)) {
      try parser.parse(contentsOfFile: Fixtures.root.path)
    }
    #expect(GongwenError.isDirectory(path: "x").description == "x: is a directory, not a text file")
  }

  @Test func shortGBKTextIsNotMistakenForAnotherCharset() throws {
    let document = try parser.parse(contentsOfFile: Fixtures.path("short-gbk.txt"))
    #expect(document.source.encoding == "GB18030")
    #expect(document.outline.sections.first?.title == "工作总结")
    #expect(document.outline.sections.first?.paragraphs.first?.text == "今年完成了各项任务。")
  }
}

import Foundation
import Testing
@testable import Gongwen

/// Files whose lines are in two encodings: seed 003 cut into lines, some taken from the
/// UTF-8 original and some from its GB18030 copy (`Fixtures/003-gb18030.txt`, the same
/// text line for line).
@Suite("Files mixing UTF-8 and GBK lines")
struct MixedEncodingTests {
  let parser = GongwenParser()

  /// Seed 003 with line `n` (0-based) taken from the GB18030 copy when `gbk(n)`.
  static func mixedSeed(_ gbk: (Int) -> Bool) throws -> [UInt8] {
    let utf8 = try Fixtures.bytes("003_a7bb66045fcf768d.txt").split(separator: 0x0A, omittingEmptySubsequences: false)
    let gb = try Fixtures.bytes("003-gb18030.txt").split(separator: 0x0A, omittingEmptySubsequences: false)
    precondition(utf8.count == gb.count)
    let lines = utf8.indices.map { gbk($0) ? Array(gb[$0]) : Array(utf8[$0]) }
    return Array(lines.joined(separator: [0x0A]))
  }

  func paragraphs(_ document: Document) -> [String] {
    (document.outline.preamble + document.allSections.flatMap(\.paragraphs)).map(\.text)
  }

  @Test func utf8ThenGBKReadsBothHalves() throws {
    let document = try parser.parse(bytes: try Self.mixedSeed { $0 >= 26 }, path: "mixed.txt")
    let original = try Fixtures.seed("003")
    #expect(document.source.encoding == "UTF-8")
    #expect(document.outline == original.outline)
    #expect(document.metrics == original.metrics)
    let mixed = try #require(document.diagnostics.first { $0.code == "decode.mixed" })
    #expect(mixed.severity == .warning)
    #expect(mixed.line == 27)
    #expect(mixed.message == "lines in two encodings: 25 read as UTF-8, 17 as GB18030 (the first at this line)")
    #expect(!document.diagnostics.contains { $0.code == "decode.replacement" })
    // The GBK half, read right: 14.完善档案史志管理 is the first GBK line.
    #expect(document.treeText.contains("完善档案史志管理"))
  }

  @Test func gbkThenUTF8ReadsBothHalvesAndNamesTheMajority() throws {
    let document = try parser.parse(bytes: try Self.mixedSeed { $0 < 26 })
    #expect(document.source.encoding == "GB18030")
    #expect(document.outline == (try Fixtures.seed("003")).outline)
    let mixed = try #require(document.diagnostics.first { $0.code == "decode.mixed" })
    #expect(mixed.message == "lines in two encodings: 25 read as GB18030, 17 as UTF-8 (the first at this line)")
    #expect(mixed.line == 27)
  }

  /// Metamorphic: however the lines are split between the encodings, the paragraphs are those
  /// of the pure UTF-8 file.
  @Test("Any split of the lines gives the UTF-8 file's paragraphs", arguments: [2, 3, 5, 7])
  func everySplitReadsLikeTheOriginal(period: Int) throws {
    let expected = paragraphs(try Fixtures.seed("003"))
    for phase in 0..<period {
      let document = try parser.parse(bytes: try Self.mixedSeed { $0 % period == phase })
      #expect(paragraphs(document) == expected, "period \(period), phase \(phase)")
      #expect(document.diagnostics.map(\.code) == ["decode.mixed"], "period \(period), phase \(phase)")
    }
  }

  /// 酷乐文行 in UTF-8 is also valid GBK (閰蜂箰鏂囪); in a file that mixes the two, the valid
  /// UTF-8 reading wins even where GB18030 names the file.
  @Test func utf8LineThatIsAlsoValidGBKIsReadAsUTF8() throws {
    let line = Array("酷乐文行".utf8)
    let asGBK = line.withUnsafeBytes { raw in TextBuilder.utf8Census(raw) }
    #expect(asGBK == UTF8Census(nonASCII: 4, invalid: 0))
    let text = try TextDecoder().decode(try Self.mixedSeed { $0 != 1 && $0 < 40 })
    #expect(text.encoding == "GB18030")
    let lines = String(String.UnicodeScalarView(text.scalars)).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1] == "酷乐文行")
    #expect(lines[37] == "酷乐文行")  // the same line in GBK
    #expect(!lines.contains { $0.contains("閰蜂箰") })
  }

  @Test func pureGBKFixturesStayWholeFileGB18030() throws {
    for name in ["short-gbk.txt", "003-gb18030.txt"] {
      let document = try parser.parse(contentsOfFile: Fixtures.path(name))
      #expect(document.source.encoding == "GB18030", "\(name)")
      #expect(document.diagnostics.isEmpty, "\(name)")
    }
  }

  /// Near-miss: GBK with damaged bytes (a lone lead byte, a truncated end) is still GBK, with
  /// stand-ins, not a mix; even though one of its lines (一) is also valid UTF-8 (U+04BB).
  @Test func gbkWithADamagedByteStaysGB18030() throws {
    var bytes = try Fixtures.bytes("short-gbk.txt")
    bytes.insert(0xFF, at: 4)  // never a GB18030 byte: 一、 | FF | 工作总结
    bytes += [0x0A, 0xD2, 0xBB, 0x0A, 0xD7]  // 一 on its own line, then half a character
    let document = try parser.parse(bytes: bytes)
    #expect(document.source.encoding == "GB18030")
    #expect(!document.diagnostics.contains { $0.code == "decode.mixed" })
    #expect(document.diagnostics.filter { $0.code == "decode.replacement" }.compactMap(\.line) == [1, 5])
    #expect(document.treeText.contains("今年完成了各项任务。"))
    let text = try TextDecoder().decode(bytes)
    #expect(String(String.UnicodeScalarView(text.scalars)) == "一、\u{FFFD}工作总结\n今年完成了各项任务。\n\n一\n\u{FFFD}")
    #expect(text.replacementOffsets == [2, 22])
  }

  /// Near-miss: a UTF-8 report with one stray byte inside a line, and two on a line of their
  /// own (B8 B8 is a valid GBK character), stays UTF-8 with stand-ins.
  @Test func utf8WithStrayBytesStaysUTF8() throws {
    var lines = try Fixtures.bytes("003_a7bb66045fcf768d.txt").split(separator: 0x0A, omittingEmptySubsequences: false)
      .map { Array($0) }
    lines[7].insert(0xB8, at: 3 * 4)  // 一、提高 | B8 | 政治站位
    lines.insert([0xB8, 0xB8], at: 9)
    let document = try parser.parse(bytes: Array(lines.joined(separator: [0x0A])))
    #expect(document.source.encoding == "UTF-8")
    let warnings = document.diagnostics.filter { $0.code == "decode.replacement" }
    #expect(warnings.map(\.line) == [8, 10])
    #expect(warnings.map(\.message) == [
      "1 invalid byte sequence(s) replaced with U+FFFD", "2 invalid byte sequence(s) replaced with U+FFFD",
    ])
    #expect(!document.diagnostics.contains { $0.code == "decode.mixed" })
    #expect(document.treeText.contains("\u{FFFD}政治站位"))
  }

  /// A GBK line of a few characters pasted into a UTF-8 report is read as GBK.
  @Test func shortGBKLineInAUTF8Report() throws {
    let bytes = Array("一、总结\n今年完成了各项任务。\n".utf8) + "二、工作计划".gbkBytes + [0x0A]
      + Array("明年继续做好各项工作。\n".utf8)
    let document = try parser.parse(bytes: bytes)
    #expect(document.source.encoding == "UTF-8")
    #expect(document.outline.sections.map(\.title) == ["总结", "工作计划"])
    #expect(document.diagnostics.map(\.code) == ["decode.mixed"])
    #expect(document.diagnostics.first?.line == 3)
  }

  /// CRLF line ends split across the two encodings' lines still give one break each.
  @Test func crlfMixedFileKeepsLineNumbers() throws {
    let crlf = try Self.mixedSeed { $0 >= 26 }.split(separator: 0x0A, omittingEmptySubsequences: false)
      .map { Array($0) + [0x0D] }.joined(separator: [0x0A])
    let document = try parser.parse(bytes: Array(crlf))
    #expect(document.outline == (try Fixtures.seed("003")).outline)
    #expect(document.diagnostics.first { $0.code == "decode.mixed" }?.line == 27)
  }
}

extension String {
  /// The GBK bytes of a string, for the few characters the tests need (checked with Python's
  /// `str.encode("gbk")`); other characters are dropped.
  var gbkBytes: [UInt8] {
    let table: [Unicode.Scalar: [UInt8]] = [
      "二": [0xB6, 0xFE], "、": [0xA1, 0xA2], "工": [0xB9, 0xA4], "作": [0xD7, 0xF7], "计": [0xBC, 0xC6],
      "划": [0xBB, 0xAE],
    ]
    return unicodeScalars.flatMap { table[$0] ?? [] }
  }
}

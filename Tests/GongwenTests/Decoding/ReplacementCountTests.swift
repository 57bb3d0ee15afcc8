import Testing
@testable import Gongwen

/// U+FFFD is a character like any other when the file holds it; only the stand-ins the
/// decoder writes for invalid bytes are damage.
@Suite("Honest replacement counts")
struct ReplacementCountTests {
  let parser = GongwenParser()

  static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

  /// `count` U+FFFD characters in UTF-8.
  static func replacementCharacters(_ count: Int) -> [UInt8] {
    Array(Array(repeating: replacementCharacter, count: count).joined())
  }

  @Test func textOfRealReplacementCharactersIsValid() throws {
    // 1 MiB of EF BF BD: once reported as "349525 invalid byte sequence(s)".
    let bytes = Self.replacementCharacters(349_525)
    let document = try parser.parse(bytes: bytes)
    #expect(document.source.encoding == "UTF-8")
    #expect(!document.diagnostics.contains { $0.code == "decode.replacement" })
    #expect(try TextDecoder().decode(bytes).replacementOffsets.isEmpty)
  }

  @Test func oneStrayByteAmongReplacementCharactersCountsOnce() throws {
    let bytes = Self.replacementCharacters(1000) + [0xB8] + Self.replacementCharacters(10)
    let text = try TextDecoder().decode(bytes)
    #expect(text.encoding == "UTF-8")
    #expect(text.replacementOffsets == [1000])
    #expect(text.scalars.count == 1011)
    let warnings = try parser.parse(bytes: bytes).diagnostics.filter { $0.code == "decode.replacement" }
    #expect(warnings.map(\.message) == ["1 invalid byte sequence(s) replaced with U+FFFD"])
  }

  @Test func realAndStandInReplacementCharactersOnOneLine() throws {
    let bytes = Array("一、总结\n来源不明的字符".utf8) + Self.replacementCharacter + [0xE4, 0xB8]
      + Array("保留原样，共计十二个字的说明文字。\n".utf8)
    let text = try TextDecoder().decode(bytes)
    #expect(text.replacementOffsets == [13])
    #expect(text.scalars[12] == "\u{FFFD}")
    let warnings = try parser.parse(bytes: bytes).diagnostics.filter { $0.code == "decode.replacement" }
    #expect(warnings.map(\.line) == [2])
    #expect(warnings.map(\.message) == ["1 invalid byte sequence(s) replaced with U+FFFD"])
  }

  /// GB18030 encodes U+FFFD as 84 31 A4 37: that is text, an invalid byte is not.
  @Test func gb18030ReplacementCharacterIsText() throws {
    let bytes = try Fixtures.bytes("short-gbk.txt") + [0x84, 0x31, 0xA4, 0x37, 0x0A]
    let clean = try TextDecoder().decode(bytes)
    #expect(clean.encoding == "GB18030")
    #expect(clean.scalars.contains("\u{FFFD}"))
    #expect(clean.replacementOffsets.isEmpty)
    let damaged = try TextDecoder().decode(bytes + [0xFF, 0x0A])
    #expect(damaged.replacementOffsets == [damaged.scalars.count - 2])
  }

  /// UTF-16: FFFD written in the file is text; an unpaired surrogate is a stand-in.
  @Test func utf16UnpairedSurrogateIsAStandIn() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in Array("一、总结\n正文\u{FFFD}。".utf16) + [0xD800] + Array("完。\n".utf16) {
      bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
    }
    let text = try TextDecoder().decode(bytes)
    #expect(text.encoding == "UTF-16LE")
    #expect(text.replacementOffsets == [9])
    let warnings = try parser.parse(bytes: bytes).diagnostics.filter { $0.code == "decode.replacement" }
    #expect(warnings.map(\.line) == [2])
  }

  /// The sequence-by-sequence reading that places stand-ins gives the same scalars as the
  /// fast `String(decoding:as:)` path, on random bytes biased towards UTF-8 lead and
  /// continuation bytes.
  @Test func standInReadingMatchesTheFastPath() {
    var generator = SeededGenerator(seed: 2024)
    for _ in 0..<2000 {
      let count = Int.random(in: 0...64, using: &generator)
      let bytes: [UInt8] = (0..<count).map { _ in
        switch UInt8.random(in: 0...3, using: &generator) {
        case 0: UInt8.random(in: 0x20...0x7F, using: &generator)
        case 1: UInt8.random(in: 0x80...0xBF, using: &generator)
        case 2: UInt8.random(in: 0xC0...0xFF, using: &generator)
        default: [0xE4, 0xB8, 0x80, 0xEF, 0xBF, 0xBD, 0x0D, 0x0A][Int.random(in: 0..<8, using: &generator)]
        }
      }
      var builder = TextBuilder(capacity: count)
      bytes.withUnsafeBytes { builder.appendUTF8($0) }
      let fast = TextDecoder.unifiedLineBreaks(String(decoding: bytes, as: UTF8.self).unicodeScalars, capacity: count)
      #expect(builder.scalars == fast, "\(bytes)")
      #expect(builder.replacementOffsets.allSatisfy { builder.scalars[$0] == "\u{FFFD}" })
    }
  }

  /// CRLF and lone CR do not shift the lines the warnings name.
  @Test func replacementLinesCountCRLFAsOneBreak() throws {
    let bytes = Array("一、总结\r\n今年完成了各项任务，完成率百分之百。\r第三行".utf8) + [0xB8]
      + Array("的文字文字文字文字。\r\n".utf8)
    let warnings = try parser.parse(bytes: bytes).diagnostics.filter { $0.code == "decode.replacement" }
    #expect(warnings.map(\.line) == [3])
  }
}

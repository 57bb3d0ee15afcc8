import Testing
@testable import Gongwen

@Suite("Chinese numerals")
struct ChineseNumeralTests {
  func value(_ string: String) -> Double? {
    let text = SourceText(string).folded
    return ChineseNumeral.parse(text, at: 0).map(\.value)
  }

  @Test("Values", arguments: [
    ("十八", 18.0), ("三百二十一", 321), ("两千", 2000), ("两千零五", 2005), ("一百零五", 105),
    ("十二万三千", 123_000), ("三千五百万", 35_000_000), ("一亿二千万", 120_000_000), ("拾捌", 18),
    ("二〇二一", 2021), ("三点五", 3.5), ("十", 10), ("九十九", 99), ("一", 1),
  ])
  func values(numeral: String, expected: Double) {
    #expect(value(numeral) == expected)
  }

  @Test func lengthStopsAtTheFirstOtherCharacter() {
    let text = SourceText("十八项").folded
    #expect(ChineseNumeral.parse(text, at: 0) == ChineseNumeral.Match(value: 18, length: 2))
  }

  @Test("Not numerals", arguments: ["百姓", "千方百计", "万事", "亿万", "是"])
  func notNumerals(text: String) {
    #expect(value(text) == nil)
  }
}

/// Runs of numeral units multiply past `Int.max`: every reader of numerals must take them
/// without trapping (a regular expression's character class quoted in a README crashed
/// `convert`: `[〇零一二三四五六七八九十两百千万亿兩萬億]`).
@Suite("Numerals too large for an Int")
struct HugeNumeralTests {
  @Test(arguments: [
    "[〇零一二三四五六七八九十两百千万亿兩萬億]{2,}",
    "一亿亿亿、标题\n正文。",
    "（一亿亿亿亿）标题\n正文。",
    "第一亿亿亿章　总则\n第一亿亿亿条　正文。",
    "第九万亿亿、关于\n正文。",
    "二〇二一亿亿年九万亿亿月完成九万亿亿亿项。",
    "一是…九万亿亿亿是…",
  ])
  func parsesWithoutTrapping(text: String) {
    let document = GongwenParser().parse(text: text)
    #expect(document.schemaVersion == Document.currentSchemaVersion)
  }

  @Test func theIntegerIsHeldNotTrapped() throws {
    let text = SourceText("一亿亿亿亿")
    let match = try #require(ChineseNumeral.parse(text.folded, at: 0))
    #expect(match.integer == 1_000_000_000_000_000)
  }
}

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

  @Test func aRunOfUnitsSaturatesInsteadOfOverflowing() {
    // From Fixtures/answers/metric-sample-2/README.md, which made `convert Fixtures` trap.
    #expect(value("〇零一二三四五六七八九十两百千万亿兩萬億") == Double(ChineseNumeral.ceiling))
    #expect(value("九千九百兆兆兆") == Double(ChineseNumeral.ceiling))
  }

  @Test("Not numerals", arguments: ["百姓", "千方百计", "万事", "亿万", "是"])
  func notNumerals(text: String) {
    #expect(value(text) == nil)
  }
}

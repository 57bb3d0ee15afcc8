import Foundation
import GongwenDocx
import Testing

/// Word's automatic numbers: each `w:numFmt`, `w:lvlText` patterns over several levels,
/// restarts and start overrides.
@Suite("Word numbering")
struct NumberingFormatterTests {
  @Test func testEveryFormatWritesItsNumbers() {
    let cases: [(NumberFormat, [Int], [String])] = [
      (.chineseCounting, [1, 2, 10, 11, 19, 20, 21, 99, 100, 101, 110], ["一", "二", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十"]),
      (.chineseCountingThousand, [3, 12, 1000, 1020, 10001], ["三", "十二", "一千", "一千零二十", "一万零一"]),
      (.chineseLegalSimplified, [1, 3, 10, 11, 20], ["壹", "叁", "壹拾", "壹拾壹", "贰拾"]),
      (.decimal, [1, 12], ["1", "12"]),
      (.decimalZero, [3, 12], ["03", "12"]),
      (.decimalFullWidth, [1, 12], ["１", "１２"]),
      (.ideographDigital, [1, 10, 2021], ["一", "一〇", "二〇二一"]),
      (.decimalEnclosedCircle, [1, 20, 21], ["①", "⑳", "21"]),
      (.decimalEnclosedCircleChinese, [3], ["③"]),
      (.upperLetter, [1, 26, 27], ["A", "Z", "AA"]),
      (.lowerLetter, [2, 28], ["b", "bb"]),
      (.upperRoman, [4, 9, 14, 2024], ["IV", "IX", "XIV", "MMXXIV"]),
      (.lowerRoman, [3, 40], ["iii", "xl"]),
      (.bullet, [1], [""]),
      (.none, [1], [""]),
    ]
    for (format, values, expected) in cases {
      #expect(values.map(format.text) == expected, "\(format)")
    }
    #expect(NumberFormat(wordValue: "chineseCounting") == .chineseCounting)
    #expect(NumberFormat(wordValue: "hebrew1") == .decimal)
  }

  /// 一、 （一） 1. （1）, the GB/T 9704 ladder, as one multi-level list.
  static let ladder = NumberingDefinitions.Instance(levels: [
    0: NumberingLevel(format: .chineseCounting, text: "%1、"),
    1: NumberingLevel(format: .chineseCounting, text: "（%2）"),
    2: NumberingLevel(format: .decimal, text: "%3."),
    3: NumberingLevel(format: .decimal, text: "（%4）"),
  ])

  static func markers(_ instance: NumberingDefinitions.Instance, _ levels: [Int], numId: Int = 1) -> [String?] {
    var counter = NumberingCounter(definitions: NumberingDefinitions(instances: [numId: instance]))
    return levels.map { counter.next(numId: numId, level: $0)?.text }
  }

  @Test func testDeeperLevelsRestartWhenAShallowerOneAdvances() {
    #expect(Self.markers(Self.ladder, [0, 1, 1, 2, 2, 3, 1, 2, 0, 1, 2]) == [
      "一、", "（一）", "（二）", "1.", "2.", "（1）", "（三）", "1.", "二、", "（一）", "1.",
    ])
  }

  @Test func testLevelTextWithSeveralLevels() {
    let legal = NumberingDefinitions.Instance(levels: [
      0: NumberingLevel(format: .decimal, text: "%1."),
      1: NumberingLevel(format: .decimal, text: "%1.%2"),
      2: NumberingLevel(format: .decimal, text: "%1.%2.%3"),
    ])
    #expect(Self.markers(legal, [0, 1, 1, 2, 0, 2]) == ["1.", "1.1", "1.2", "1.2.1", "2.", "2.1.1"])
    // A level used before its parent shows the parent at its start value.
    #expect(Self.markers(legal, [1]) == ["1.1"])
    let statute = NumberingDefinitions.Instance(levels: [0: NumberingLevel(format: .chineseCounting, text: "第%1条")])
    #expect(Self.markers(statute, [0, 0, 0]) == ["第一条", "第二条", "第三条"])
    // A legal level writes the shallower counters in decimal.
    let mixed = NumberingDefinitions.Instance(levels: [
      0: NumberingLevel(format: .chineseCounting, text: "%1、"),
      1: NumberingLevel(format: .decimal, text: "%1.%2", legal: true),
    ])
    #expect(Self.markers(mixed, [0, 1]) == ["一、", "1.1"])
  }

  @Test func testRestartAfterZeroNeverRestarts() {
    var ladder = Self.ladder
    ladder.levels[2]?.restartAfter = 0
    #expect(Self.markers(ladder, [0, 2, 2, 0, 2, 1, 2]) == ["一、", "1.", "2.", "二、", "3.", "（一）", "4."])
    // Restarting only after level 1 (the top): a level-2 heading does not restart it.
    ladder.levels[2]?.restartAfter = 1
    #expect(Self.markers(ladder, [0, 2, 1, 2, 0, 2]) == ["一、", "1.", "（一）", "2.", "二、", "1."])
  }

  @Test func testStartValuesAndStartOverride() {
    var ladder = Self.ladder
    ladder.levels[0]?.start = 3
    #expect(Self.markers(ladder, [0, 0]) == ["三、", "四、"])
    ladder.startOverrides[0] = 5
    #expect(Self.markers(ladder, [0, 1, 0]) == ["五、", "（一）", "六、"])
  }

  @Test func testCountersArePerListInstance() {
    let definitions = NumberingDefinitions(instances: [1: Self.ladder, 2: Self.ladder])
    var counter = NumberingCounter(definitions: definitions)
    let markers = [(1, 0), (1, 0), (2, 0), (1, 0)].map { counter.next(numId: $0.0, level: $0.1)?.text }
    #expect(markers == ["一、", "二、", "一、", "三、"])
    #expect(counter.next(numId: 9, level: 0) == nil)
  }

  @Test func testBulletsGiveNoMarker() {
    let bullets = NumberingDefinitions.Instance(levels: [0: NumberingLevel(format: .bullet, text: "•")])
    #expect(Self.markers(bullets, [0, 0]) == [nil, nil])
  }

  @Test func testNumberingXMLIsRead() throws {
    let xml = """
      <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="7">
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="2"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlRestart w:val="0"/>
      <w:suff w:val="space"/><w:lvlText w:val="%2"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
      <w:num w:numId="4"><w:abstractNumId w:val="7"/>
      <w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
      </w:numbering>
      """
    let definitions = try NumberingDefinitions.read(Data(xml.utf8))
    let level = try #require(definitions.instances[3]?.levels[1])
    #expect(level == NumberingLevel(start: 2, format: .decimalEnclosedCircle, text: "%2", restartAfter: 0, suffix: .space))
    #expect(definitions.instances[4]?.startOverrides == [0: 4])
    var counter = NumberingCounter(definitions: definitions)
    #expect(counter.next(numId: 4, level: 0)?.text == "四、")
    #expect(counter.next(numId: 3, level: 1)?.text == "②")
  }
}

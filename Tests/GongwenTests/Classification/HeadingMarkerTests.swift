import Testing
@testable import Gongwen

@Suite("Heading markers")
struct HeadingMarkerTests {
  func marker(_ line: String) -> HeadingMarker? {
    let text = SourceText(line)
    return HeadingMarker.read(text.folded, in: 0..<text.count)
  }

  @Test("Markers of every style", arguments: [
    ("一、2021年工作成效", HeadingStyle.chineseComma, 1),
    ("十二、其他", .chineseComma, 12),
    ("（一）xx学习教育", .chineseParen, 1),
    ("(三)深化开发利用", .chineseParen, 3),
    ("（十四）全面加强政府自身建设", .chineseParen, 14),
    ("㈡工作安排", .chineseParen, 2),
    ("1.精准开展督促检查。进一步…", .arabicDot, 1),
    ("21.带头恪尽职守", .arabicDot, 21),
    ("3、继续深化马上就办", .arabicDot, 3),
    ("４．持续优化营商环境", .arabicDot, 4),
    ("（1）有步骤地实行", .arabicParen, 1),
    ("（１０）在各级学校", .arabicParen, 10),
    ("⑴第一项", .arabicParen, 1),
    ("2)第二项", .arabicParen, 2),
    ("①第一项", .circled, 1),
    ("第一部分 工作总结", .part, 1),
    ("第三章　附则", .chapter, 3),
    ("附件1", .part, 1),
    ("附件2：名词解释", .part, 2),
  ])
  func markers(line: String, style: HeadingStyle, number: Int) throws {
    let found = try #require(marker(line))
    #expect(found.style == style)
    #expect(found.number == number)
  }

  @Test("Near-misses that are body text", arguments: [
    "一是按照县委要求，组织召开动员会；二是…",
    "十九届五中全会精神",
    "2021年，我办以习近平新时代中国特色社会主义思想为指导",
    "2.5",
    "1978.12—2012.12",
    "2021.12.3召开会议",
    "第一，坚持党的领导。",
    "第一时间转发学习疫情防控知识文件",
    "两学一做",
    "千方百计稳就业",
    "（2022年10月16日）",
    "附件材料已印发各单位",
    "百分之三十",
  ])
  func nearMisses(line: String) {
    #expect(marker(line) == nil)
  }

  @Test func textStartSkipsSeparatorsAfterTheMarker() throws {
    let line = "（一）、 明职责"
    let found = try #require(marker(line))
    #expect(found.range == 0..<3)
    #expect(found.textStart == 5)
  }
}

import Testing
@testable import Gongwen

@Suite("Placeholders")
struct PlaceholderTests {
  func placeholders(_ sentence: String) -> [Placeholder] { GongwenParser().parse(text: sentence).placeholders }

  @Test func nameAndOrdinal() {
    let found = placeholders("按照**省第**次党代会、**市第**党代会关于大力推动文化繁荣兴盛的部署")
    #expect(found.map(\.kind) == [.name, .ordinal, .name, .ordinal])
    #expect(found.map(\.width) == [2, 2, 2, 2])
  }

  @Test func yearsInAPeriod() {
    let found = placeholders("启动《中国共产党**县历史（19**—20**）》（第三卷）编纂。")
    #expect(found.map(\.text) == ["**", "19**", "20**"])
    #expect(found.map(\.kind) == [.name, .year, .year])
    #expect(found.map(\.width) == [2, 2, 2])
  }

  @Test func datePartsAndYears() {
    #expect(placeholders("2021年X月X日组织纳新党员集中宣誓").map(\.kind) == [.datePart, .datePart])
    #expect(placeholders("截至****年*月**日，关注人数").map(\.kind) == [.year, .datePart, .datePart])
    #expect(placeholders("****年上半年，在省委省政府坚强领导下").map(\.kind) == [.year])
    #expect(placeholders("XX月分类培训入党积极分子").map(\.kind) == [.datePart])
  }

  @Test func codesInADocumentNumber() {
    let found = placeholders("下发了责任清单等X个清单（X党工通〔2021〕XX号）")
    #expect(found.map(\.kind) == [.number, .code, .code])
  }

  @Test func names() {
    let found = placeholders("下发了《中共xx县委县直机关工委2021年党建工作要点》，向驻*官兵赠阅，形成XX特色农产品专栏，助力治*兴*")
    #expect(found.map(\.kind) == [.name, .name, .name, .name, .name])
    #expect(placeholders("“史志**”微信公众号").map(\.kind) == [.name])
    #expect(placeholders("完成《**》总纂稿").map(\.kind) == [.name])
  }

  @Test func numbers() {
    #expect(placeholders("召开中心组学习*次、专题讨论*次").map(\.kind) == [.number, .number])
    #expect(placeholders("庆祝建党xx周年系列活动").map(\.kind) == [.number])
    #expect(placeholders("向**大学等*院校赠送图书").map(\.kind) == [.name, .number])
    #expect(placeholders("人均在X 次以上").map(\.kind) == [.number])
  }

  @Test("Not masks", arguments: [
    "获得完整版资料咨询唯一指定QQ206157060", "制作PPT和APP，推进5G建设，GDP增长，CPI上涨", "面积为3×4米，分辨率1920x1080",
    "Xi Jinping thought; xlsx files; APEX", "0x1F",
  ])
  func notMasks(sentence: String) {
    #expect(placeholders(sentence).isEmpty)
  }

  @Test func markdownEmphasisIsNotAMask() {
    #expect(placeholders("**工作目标**：全面完成任务").isEmpty)
    // A pair of masks around a short word is still two masks.
    #expect(placeholders("在**村、**村建立阅览室").map(\.kind) == [.name, .name])
  }

  @Test func fullwidthMasksAreFoundWithTheirOriginalText() {
    let found = placeholders("ＸＸ县开展＊＊次活动")
    #expect(found.map(\.text) == ["ＸＸ", "＊＊"])
    #expect(found.map(\.kind) == [.name, .number])
  }
}

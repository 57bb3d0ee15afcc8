import Testing
@testable import Gongwen

@Suite("Document numbers and titles")
struct ReferenceAndTitleTests {
  @Test func seed000References() throws {
    let references = try Fixtures.seed("000").references
    #expect(references.map(\.text) == ["桂史发〔2020〕29号", "鹿学组〔2021〕2号"])
    #expect(references.map(\.issuer) == ["桂史发", "鹿学组"])
    #expect(references.map(\.year) == [2020, 2021])
    #expect(references.map(\.serial) == [29, 2])
    #expect(references.allSatisfy { !$0.masked })
  }

  @Test func maskedReference() throws {
    let reference = try #require(try Fixtures.seed("004").references.first)
    #expect(reference.text == "X党工通〔2021〕XX号")
    #expect(reference.issuer == "X党工通")
    #expect(reference.year == 2021)
    #expect(reference.serial == nil)
    #expect(reference.masked)
  }

  @Test("Bracket variants", arguments: ["国办发[2021]3号", "国办发［2021］3号", "国办发【2021】3号", "国办发〔2021〕3号"])
  func bracketVariants(text: String) throws {
    let reference = try #require(GongwenParser().parse(text: "根据\(text)文件").references.first)
    #expect(reference.issuer == "国办发")
    #expect(reference.serial == 3)
  }

  @Test func titlesWithNestingAndCategories() throws {
    let titles = GongwenParser().parse(text: "学习《中国共产党纪律处分条例》《关于〈决议〉的说明》，编纂《XX县志（1988—2005）》，印发《2021年党建工作要点》《实施方案》。").titles
    #expect(titles.map(\.text) == ["中国共产党纪律处分条例", "关于〈决议〉的说明", "XX县志（1988—2005）", "2021年党建工作要点", "实施方案"])
    #expect(titles.map(\.category) == ["regulation", "other", "book", "plan", "plan"])
  }

  @Test func seed000TitleHoldsANameMaskAndNoMetric() throws {
    let document = try Fixtures.seed("000")
    let title = try #require(document.titles.first { $0.text == "XX县志（1988—2005）" })
    #expect(title.category == "book")
    let inside = document.placeholders.filter { $0.span.start >= title.span.start && $0.span.end <= title.span.end }
    #expect(inside.map(\.kind) == [.name])
    #expect(!document.metrics.contains { $0.span.start >= title.span.start && $0.span.end <= title.span.end })
  }
}

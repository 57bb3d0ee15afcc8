import Foundation
import Testing
@testable import Gongwen

/// The document families of Fixtures/families (a statute, notices that issue or forward
/// documents, a 请示, a scraped speech, a markdown report), against outlines written by reading
/// them.
@Suite("Family outlines")
struct FamilyOutlineTests {
  static let families = [
    "measures-urban-greening", "notice-issuing-measures", "notice-forwarding-two-attachments", "request-with-signature",
    "scraped-speech", "markdown-report",
  ]

  /// The family's file: `NAME.txt`, or `NAME.md` for a markdown document.
  static func parse(_ name: String) throws -> Document {
    let markdown = Fixtures.path("families/\(name).md")
    let path = FileManager.default.fileExists(atPath: markdown) ? markdown : Fixtures.path("families/\(name).txt")
    return try GongwenParser().parse(contentsOfFile: path)
  }

  @Test(arguments: families)
  func reviewedOutline(family: String) throws {
    let expected = try Fixtures.text("families/expected/\(family).outline.txt")
    #expect(try Self.parse(family).outline.treeDump() + "\n" == expected)
  }

  @Test func noticeIssuingMeasuresKeepsTheNoticeAndTheIssuedDocumentApart() throws {
    let document = try Self.parse("notice-issuing-measures")
    let outline = document.outline
    #expect(outline.masthead?.text == "清河市人民政府文件")
    #expect(outline.number?.text == "清政发〔2021〕12号")
    #expect(outline.title == "清河市人民政府关于印发《清河市政府投资项目管理办法》的通知")
    #expect(outline.titleSpan?.line == 5)
    #expect(outline.addressees?.organs == ["各县（市、区）人民政府", "市政府各部门", "各直属机构"])
    #expect(outline.preamble.map(\.text) == ["现将《清河市政府投资项目管理办法》印发给你们，请认真贯彻执行。"])
    #expect(outline.issuer?.text == "清河市人民政府")
    #expect(outline.signingDate?.value == "2021-10-11")
    #expect(outline.note?.text == "（此件公开发布）")
    #expect(outline.copyTo?.organs == ["市委各部门", "市人大常委会办公室", "市政协办公室"])
    #expect(outline.printing?.office == "清河市人民政府办公室")
    #expect(outline.printing?.date == "2021-10-12")
    let attachment = try #require(outline.attachments.first)
    #expect(outline.attachments.count == 1)
    #expect(attachment.title == "清河市政府投资项目管理办法")
    #expect(attachment.docType == .measures)
    #expect(attachment.sections.map(\.id) == ["a1.1", "a1.2", "a1.3"])
    // Entities inside the attachment name it; the notice's stay in its preamble.
    let metric = try #require(document.metrics.first { $0.text.hasPrefix("5000万元") })
    // 5000万元 stands in 第三条, the first article of 第二章 决策程序.
    #expect(metric.section.sectionId == "a1.2.1")
    #expect(metric.section.sectionPath == ["清河市政府投资项目管理办法", "决策程序", "第三条"])
    let signing = try #require(document.dates.first { $0.value == "2021-10-11" })
    #expect(signing.section == .preamble)
    // Every front and back matter line is text the extractors read, never a paragraph.
    #expect(document.references.map(\.text) == ["清政发〔2021〕12号"])
    let paragraphs = outline.preamble.map(\.text) + document.allSections.flatMap { $0.paragraphs.map(\.text) }
      + attachment.sections.flatMap { $0.paragraphs.map(\.text) }
    for line in ["清河市人民政府", "2021年10月11日", "（此件公开发布）", "清河市政府投资项目管理办法"] {
      #expect(!paragraphs.contains(line), "\(line) is a paragraph")
    }
    #expect(!paragraphs.contains { $0.hasPrefix("抄送") || $0.hasSuffix("印发") })
  }

  @Test func spansPointAtTheirLines() throws {
    let path = Fixtures.path("families/notice-issuing-measures.txt")
    let text = Array(try Fixtures.text("families/notice-issuing-measures.txt").unicodeScalars)
    let outline = try GongwenParser().parse(contentsOfFile: path).outline
    func string(_ span: Span?) -> String {
      guard let span else { return "" }
      return String(String.UnicodeScalarView(text[span.start..<span.end]))
    }
    #expect(string(outline.number?.span) == "清政发〔2021〕12号")
    #expect(string(outline.issuer?.span) == "清河市人民政府")
    #expect(string(outline.signingDate?.span) == "2021年10月11日")
    #expect(string(outline.titleSpan) == "清河市人民政府关于印发\n《清河市政府投资项目管理办法》的通知")
    let attachment = string(outline.attachments.first?.span)
    #expect(attachment.hasPrefix("清河市政府投资项目管理办法\n\n第一章"))
  }

  @Test func forwardedDocumentsEachGetTheirOwnTree() throws {
    let document = try Self.parse("notice-forwarding-two-attachments")
    let outline = document.outline
    #expect(outline.attachmentList?.text == "附件：1.东江县2022年安全生产工作要点 2.东江县安全生产考核细则")
    #expect(outline.sections.isEmpty)
    #expect(outline.attachments.map(\.label) == ["附件1", "附件2"])
    #expect(outline.attachments.map(\.docType) == [.plan, .measures])
    #expect(outline.attachments[1].sections.map(\.id) == ["a2.1", "a2.2"])
    let metric = try #require(document.metrics.first { $0.text == "12次" })
    #expect(metric.section.sectionId == "a1.1")
    #expect(metric.section.sectionPath == ["东江县2022年安全生产工作要点", "压实安全生产责任"])
  }

  @Test func requestHasSignerChineseNumeralDateAndContactNote() throws {
    let outline = try Self.parse("request-with-signature").outline
    #expect(outline.signer?.text == "签发人：王建国")
    #expect(outline.addressees?.organs == ["市人民政府"])
    #expect(outline.signingDate?.text == "二〇二二年三月十五日")
    #expect(outline.signingDate?.value == "2022-03-15")
    #expect(outline.note?.text == "（联系人：李明，电话：0431-12345678）")
    #expect(outline.attachments.isEmpty)
    #expect(outline.sections.last?.paragraphs.last?.text == "妥否，请批示。")
  }

  @Test func scrapedSpeechSkipsPageChromeAndJoinsItsTitle() throws {
    let outline = try Self.parse("scraped-speech").outline
    #expect(outline.title == "在全市优化营商环境工作会议上的讲话")
    #expect(outline.speaker?.office == "市长")
    #expect(outline.speaker?.name == "赵海峰")
    #expect(outline.dateline?.date == "2026-02-09")
    #expect(outline.boilerplate.map(\.line) == [1, 2, 3, 4, 5, 6, 7, 8])
    #expect(outline.preamble.count == 1)
  }
}

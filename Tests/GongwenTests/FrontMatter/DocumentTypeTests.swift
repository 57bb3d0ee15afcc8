import Testing
@testable import Gongwen

/// ``DocumentType`` from the title's last word, the dateline and the framing.
@Suite("Document type")
struct DocumentTypeTests {
  static func type(ofTitle title: String) -> DocumentType? {
    DocumentTypeClassifier.type(named: title.foldedScalars)
  }

  @Test(arguments: [
    ("政府工作报告", DocumentType.report), ("关于2021年工作总结的报告", .report), ("X县委办公室2021年工作要点", .plan),
    ("XX县史志办2021年工作总结", .summary), ("2021年工作总结和2022年工作计划", .summary), ("在全县工作会议上的讲话", .speech),
    ("关于加快发展的实施意见", .opinion), ("关于印发《XX市管理办法》的通知", .notice), ("关于表彰先进集体的决定", .resolution),
    ("关于申请补助资金的请示", .request), ("关于同意设立XX镇的批复", .reply), ("关于商请支持的函", .letter),
    ("县政府常务会议纪要", .minutes), ("XX市政府投资项目管理办法（试行）", .measures), ("XX章程", .measures),
    ("第十四届全国人民代表大会第一次会议关于政府工作报告的决议", .resolution),
    ("关于做好2021年工作总结和2022年工作计划编制工作的通知", .notice), ("关于全市安全生产情况的通报", .notice),
    ("XX区“十四五”规划（2021—2025年）", .plan),
  ])
  func titleLastWord(title: String, type: DocumentType) {
    #expect(Self.type(ofTitle: title) == type)
  }

  @Test func titlesThatNameNoType() {
    #expect(Self.type(ofTitle: "高举中国特色社会主义伟大旗帜") == nil)
    #expect(Self.type(ofTitle: "奋力谱写新篇章") == nil)
  }

  func docType(_ lines: String...) -> DocumentType {
    GongwenParser().parse(text: lines.joined(separator: "\n")).outline.docType
  }

  @Test func datelineAndFraming() {
    #expect(docType("高举伟大旗帜", "——在中国共产党第二十次全国代表大会上的报告", "同志们：", "现在，我代表中央委员会向大会作报告。") == .report)
    #expect(docType("各位代表：", "现在，我代表国务院向大会作政府工作报告，请予审议。", "一、过去一年工作回顾") == .report)
    #expect(docType("同志们：", "这次会议的主要任务是，分析当前形势。", "一、取得的成就") == .speech)
    // Hearing someone else's report is no report of one's own.
    #expect(docType("同志们：", "刚才，王书记作了很好的报告，我完全同意。") == .speech)
  }

  @Test func untitledTextsFallBackOnTheirGenre() {
    #expect(docType("2021年，我办圆满完成各项任务。", "一、2021年工作成效", "（一）党建工作", "二、2022年工作计划", "（一）抓学习") == .summary)
    #expect(docType("会议于昨日召开。") == .article)
    #expect(docType("") == .unknown)
  }
}

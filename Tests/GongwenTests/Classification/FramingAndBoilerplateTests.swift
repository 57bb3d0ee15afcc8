import Testing
@testable import Gongwen

@Suite("Framing and boilerplate")
struct FramingAndBoilerplateTests {
  func outline(_ text: String) -> Outline { GongwenParser().parse(text: text).outline }

  @Test func newsPageControlsAndMetadataAreBoilerplate() {
    let tree = outline("下载\n打印\n【字号：\n加大\n】\n2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n来源：北京日报\n时间：2026-02-02\n北京市市长 殷勇\n殷勇同志作政府工作报告。本报记者 戴冰摄\n各位代表：\n现在，我代表北京市人民政府作报告。\n一、2025年工作回顾")
    #expect(tree.title == "2026年北京市政府工作报告")
    #expect(tree.salutation?.text == "各位代表：")
    #expect(tree.boilerplate.map(\.text) == ["下载", "打印", "【字号：", "加大", "】", "来源：北京日报", "时间：2026-02-02", "殷勇同志作政府工作报告。本报记者 戴冰摄"])
    // The dateline and the speaker line are front matter, not preamble (schemaVersion 2).
    #expect(tree.dateline?.text == "——2026年1月25日在北京市第十六届人民代表大会第四次会议上")
    #expect(tree.speaker?.text == "北京市市长 殷勇")
    #expect(tree.preamble.map(\.text) == ["现在，我代表北京市人民政府作报告。"])
  }

  @Test("Report sentences that mention the same words stay text", arguments: [
    "积极发展工会会员，发挥会员作用。",
    "“史志**”微信公众号发布信息**余条。",
    "来源于群众、服务于群众。",
    "时间紧、任务重，我们要抓紧落实。",
  ])
  func reportTextIsNotBoilerplate(line: String) {
    let tree = outline("一、工作\n\(line)")
    #expect(tree.boilerplate.isEmpty)
    #expect(tree.sections[0].paragraphs.map(\.text) == [line])
  }

  @Test func closingNeedsACueAndSitsAtTheEnd() {
    let speech = outline("同志们：\n一、工作\n谢谢大家的支持，我们取得了成绩。\n我就讲这些，谢谢大家！")
    #expect(speech.closing?.text == "我就讲这些，谢谢大家！")
    #expect(speech.sections[0].paragraphs.count == 1)
    let report = outline("一、工作\n全年工作取得成效。")
    #expect(report.closing == nil)
  }

  @Test func addressInsideTheBodyIsNotASalutation() {
    let tree = outline("一、工作\n各位代表！经过五年接续奋斗，我省顺利收官。")
    #expect(tree.salutation == nil)
    #expect(tree.sections[0].paragraphs.count == 1)
  }

  @Test func repeatedShortLineNextToAnAdIsAWatermark() {
    let tree = outline("仅供学习 禁止外传\n某某文库\n2021年工作要点\n总的要求是：抓落实。\n一、工作\n内容。\n某某文库\n这是正文里的短句")
    #expect(tree.title == "2021年工作要点")
    #expect(tree.boilerplate.map(\.text) == ["仅供学习 禁止外传", "某某文库", "某某文库"])
  }

  /// Each watermark of a pair touches the ad only through the other, in one document one
  /// way round and in the other the other way. A single pass over an unordered dictionary
  /// (whose order is fixed within a process but varies between runs) marked one of the two
  /// documents wrong in every run; marking until nothing changes gives one answer.
  @Test func watermarksNextToWatermarksAreMarkedWhateverTheOrder() {
    for (first, second) in [("某某文库", "某某平台"), ("某某平台", "某某文库")] {
      let text = "仅供学习 禁止外传\n\(first)\n\(second)\n2021年工作要点\n总的要求是：抓落实。\n一、工作\n内容。\n\(second)\n\(first)\n二、保障\n加强组织领导，确保各项任务落到实处，形成工作合力。"
      #expect(outline(text).boilerplate.map(\.text) == ["仅供学习 禁止外传", first, second, second, first])
    }
  }
}

import Testing
@testable import Gongwen

/// Site notices, page headers and footers and download prompts of copies taken from
/// document-sharing sites and PDFs (Docs/Boilerplate.md), and the report lines that look like
/// them but must stay text.
@Suite("Site notices and page footers")
struct SiteNoticeTests {
  /// Whether the rules alone take the line (trimmed, as the classifier passes it).
  func isBoilerplate(_ line: String) -> Bool {
    let folded = line.foldedScalars
    return BoilerplateRules.isBoilerplate(folded, 0..<folded.count)
  }

  /// A short report with `line` between two paragraphs of its first section.
  func report(around line: String) -> Document {
    GongwenParser().parse(
      text: "2021年工作总结\n一、主要工作\n全年完成各项目标任务。\n\(line)\n加强组织领导，确保工作落实。\n二、下一步计划\n继续抓好落实。")
  }

  static let notices = [
    "本文档由用户上传，如有侵权请联系删除",
    "本文档由用户上传,如有侵权请联系删除",
    "本文为word版，下载后可编辑",
    "本文为Word版，下载后可自行编辑修改",
    "文档来源于网络，仅供参考",
    "文档来源于网络，如有侵权请告知删除",
    "仅供参考",
    "（仅供参考）",
    "下载提示",
    "下载提示（请认真阅读）：1.请仔细阅读文档，确保文档完整性，对于不预览、不比对内容而直接下载带来的问题本站不予受理。",
    "免责声明：本文档仅供学习与交流，如有侵权请联系删除。",
    "【免责声明】本站文档均由用户上传，仅供学习交流使用。",
    "点击下载完整版",
    "点击下载完整版文档",
    "下载文档到电脑，查找使用更方便",
    "下载文档到电脑，查找使用更方便 5 积分",
    "百度文库 - 让每个人平等地提升自我",
  ]

  static let footers = [
    "第 3 页 共 12 页", "第3页共12页", "第3页/共12页", "第 3 页 / 共 12 页", "第3页，共12页", "第３页　共１２页",
    "共12页 第3页", "共 12 页，第 3 页", "第 3 页", "第3页", "- 3 -", "-3-", "— 3 —", "—3—", "－ 3 －", "–12–",
    "- 第 3 页 -", "3 / 12", "3/12", "Page 3 of 12", "page 3 of 12", "PAGE 3", "Page 3/12", "Page3of12",
  ]

  static let nearMisses = [
    "详见附件第3页。",
    "本报告第3页列出了各项指标。",
    "一是加强组织领导。",
    "一是加强监管，二是强化服务。",
    "- 加强监管",
    "— 加强监管 —",
    "2/3的乡镇完成改造。",
    "2/3",  // N ≤ M, and alone on a line: taken (see below), listed to document why
    "第三季度",
    "第三季度完成任务。",
    "全年政务APP下载量增长20%，用户满意度达到95%。",
    "该目录仅供参考，各地可结合实际制定本地区的参考标准，不作为强制性要求。",
    "2021年",
    "— 2021 —",
    "-3",
    "12",
    "2021/12",
    "第13页共12页",
    "共12页",
    "page views 达到 3 亿次",
    "下载",  // a page control, not a notice: kept by the older rule
    "请于3月1日前将材料（word版）报送至县委办公室。",
    "严厉打击网络侵权盗版行为。",
    "案件线索来源于网络举报和群众来信。",
  ]

  @Test("Site notices and download prompts are boilerplate", arguments: notices)
  func noticeIsBoilerplate(line: String) {
    #expect(isBoilerplate(line))
    let document = report(around: line)
    #expect(document.outline.boilerplate.map(\.text) == [line])
    #expect(!document.treeText.contains(line))
    #expect(document.allSections.map(\.title) == ["主要工作", "下一步计划"])
    #expect(document.allSections[0].paragraphs.count == 2)
  }

  @Test("Page headers and footers are boilerplate, with or without spaces", arguments: footers)
  func footerIsBoilerplate(line: String) {
    #expect(isBoilerplate(line))
    let document = report(around: line)
    #expect(document.outline.boilerplate.map(\.text) == [line])
    #expect(!document.treeText.split(separator: "\n").contains { $0 == line })
    #expect(document.allSections.map(\.title) == ["主要工作", "下一步计划"])
    #expect(document.allSections[0].paragraphs.count == 2)
  }

  @Test("Report lines that look like notices or footers stay text", arguments: nearMisses)
  func nearMissStaysText(line: String) {
    // "2/3" and "下载" alone on a line are boilerplate by design (a page counter, a page
    // control); every other near miss is report text.
    if line == "2/3" || line == "下载" {
      #expect(isBoilerplate(line))
      return
    }
    #expect(!isBoilerplate(line))
    let document = report(around: line)
    #expect(document.outline.boilerplate.isEmpty)
    // Spaces a copy puts around numbers are gone from the text read ("达到 3 亿次").
    #expect(document.treeText.filter { $0 != " " }.contains(line.filter { $0 != " " }))
  }

  /// A footer whose page is past its total, or a number too long for a page, is not one.
  @Test func pageNumbersAreBounded() {
    #expect(!isBoilerplate("第0页"))
    #expect(!isBoilerplate("第 12345 页"))
    #expect(!isBoilerplate("- 1234 -"))
    #expect(!isBoilerplate("Page 13 of 12"))
    #expect(isBoilerplate("- 999 -"))
    #expect(isBoilerplate("第 1234 页 共 1300 页"))
  }

  /// A footer with text after it on the same line is not a footer: the rule never splits a line.
  @Test func footerFollowedByTextStaysText() {
    #expect(!isBoilerplate("第3页共12页 加强组织领导"))
    #expect(!isBoilerplate("- 3 - 加强组织领导"))
    #expect(!isBoilerplate("3 / 12 完成"))
  }

  /// A long line that happens to hold a weak cue (仅供参考, 点击下载) is text; a long line holding
  /// a strong one is still a notice, up to the common limit for marked lines.
  @Test func lengthLimits() {
    let weak = "点击下载" + String(repeating: "加", count: BoilerplateRules.maxShortNoticeLength)
    #expect(!isBoilerplate(weak))
    let strong = "如有侵权请联系删除" + String(repeating: "加", count: 100)
    #expect(isBoilerplate(strong))
    #expect(!isBoilerplate(strong + String(repeating: "加", count: 20)))
  }

  /// Notices at the top and bottom of a copy and footers between its pages all leave the
  /// title, tree and paragraphs as they were.
  @Test func scrapedCopyKeepsItsTree() {
    let clean = "2021年工作总结\n一、主要工作\n全年完成各项目标任务。\n加强组织领导，确保工作落实。\n二、下一步计划\n继续抓好落实。"
    let scraped = "本文档由用户上传，如有侵权请联系删除\n2021年工作总结\n一、主要工作\n全年完成各项目标任务。\n第 1 页 共 2 页\n加强组织领导，确保工作落实。\n- 2 -\n二、下一步计划\n继续抓好落实。\n下载文档到电脑，查找使用更方便"
    let original = GongwenParser().parse(text: clean)
    let copy = GongwenParser().parse(text: scraped)
    #expect(copy.outline.title == original.outline.title)
    #expect(copy.treeText == original.treeText)
    #expect(copy.outline.boilerplate.map(\.line) == [1, 5, 7, 10])
  }

  /// A footer falls between any two lines, often next to a line the report repeats: it must
  /// not make that line a watermark (a footer is not an ad), nor may an ad do so when the
  /// line reads as a sentence or a number rather than a site's name.
  @Test func footersDoNotMakeRepeatedReportLinesWatermarks() {
    let text = """
      政府工作报告
      各位代表！
      一、回顾
      全年经济平稳运行，各项指标好于预期。
      第 1 页 共 3 页
      各位代表！
      二、任务
      点击下载完整版
      各位代表！
      增长率如下表所示，全年保持稳定增长态势。
      2.5
      - 2 -
      2.5
      抓好落实，确保各项任务落到实处。
      某某文库
      第 2 页 共 3 页
      某某文库
      下载文档到电脑，查找使用更方便
      三、保障
      加强组织领导，确保各项任务落到实处，形成工作合力。
      """
    let document = GongwenParser().parse(text: text)
    let boilerplate = document.outline.boilerplate.map(\.text)
    #expect(!boilerplate.contains("各位代表！"))
    #expect(!boilerplate.contains("2.5"))
    // 某某文库 touches a footer once and a notice once: a watermark through the notice.
    #expect(boilerplate.filter { $0 == "某某文库" }.count == 2)
  }

  /// The last page's footer stands among the report's last lines: an ad after them takes the
  /// footer but not the signature and date before it.
  @Test func aFooterDoesNotOpenTheTrailingAdBlock() {
    let text = "一、工作\n全年完成各项目标任务，取得明显成效。\n第 5 页 共 5 页\nXX县委办公室\n2021年12月30日\n本文档由用户上传，如有侵权请联系删除"
    let document = GongwenParser().parse(text: text)
    #expect(document.outline.boilerplate.map(\.text) == ["第 5 页 共 5 页", "本文档由用户上传，如有侵权请联系删除"])
    // They are the signature (schemaVersion 2): issuer and date of signing.
    #expect(document.outline.issuer?.text == "XX县委办公室")
    #expect(document.outline.signingDate?.text == "2021年12月30日")
  }

  /// Sharing sites set the title out letter-spaced above the title itself: the spaced copy is
  /// boilerplate and the plain line the title. A spaced line with no plain copy after it, or
  /// a different line after it, is left alone.
  @Test func aLetterSpacedCopyOfTheNextLineIsBoilerplate() {
    let copy = GongwenParser().parse(text: "文档来源于网络，仅供参考\n2 0 2 1 年 工 作 总 结\n2021年工作总结\n一、主要工作\n全年完成各项目标任务。")
    #expect(copy.outline.title == "2021年工作总结")
    #expect(copy.outline.boilerplate.map(\.text) == ["文档来源于网络，仅供参考", "2 0 2 1 年 工 作 总 结"])
    #expect(copy.outline.preamble.isEmpty)
    // Alone, the spaced title is the title, read without its spaces (layout recovery).
    let alone = GongwenParser().parse(text: "工 作 总 结\n一、主要工作\n全年完成各项目标任务。")
    #expect(alone.outline.title == "工作总结")
    #expect(alone.outline.boilerplate.isEmpty)
    let different = GongwenParser().parse(text: "工 作 总 结\n工作计划\n一、主要工作\n全年完成各项目标任务。")
    #expect(different.outline.boilerplate.isEmpty)
    let wide = GongwenParser().parse(text: "工\u{3000}作\u{3000}总\u{3000}结\n\n工作总结\n一、主要工作\n全年完成各项目标任务。")
    #expect(wide.outline.title == "工作总结")
    #expect(wide.outline.boilerplate.count == 1)
    let ad = GongwenParser().parse(text: "下 载\n下载\n2021年工作总结\n一、主要工作\n全年完成各项目标任务。")
    #expect(ad.outline.title == "2021年工作总结")
    #expect(ad.outline.boilerplate.map(\.text) == ["下 载", "下载"])
  }

  /// A copied salutation keeps its colon on the last letter ("各 位 代 表：", as a site
  /// writes it before the plain line): still a copy, so the plain line is the salutation.
  @Test func aLetterSpacedSalutationWithItsColonIsACopy() {
    let document = GongwenParser().parse(text: "各 位 代 表：\n各位代表：\n现在，我代表国务院向大会报告工作。")
    #expect(document.outline.boilerplate.map(\.text) == ["各 位 代 表："])
    #expect(document.outline.salutation?.text == "各位代表：")
    // Not a copy: a sentence with spaces is not letter-spaced.
    let sentence = GongwenParser().parse(text: "各位代表：\n参加 合作社的农户：\n参加合作社的农户：")
    #expect(sentence.outline.boilerplate.isEmpty)
  }

  /// A space that cuts a percentage from its number or the next word is repaired even in a
  /// text that shows no habit of spacing numbers: "９０％ 以上" is 90% or more.
  @Test func aSpaceAroundAPercentSignIsAlwaysRepaired() {
    let document = GongwenParser().parse(text: "农户已经占总农户的９０％ 以上，其中参加高级合作社的农户占６０ ％左右。")
    #expect(document.metrics.map(\.text) == ["９０％以上", "６０％左右"])
    #expect(document.metrics.map(\.comparator) == [.atLeast, nil])
    #expect(document.metrics.map(\.approximate) == [false, true])
    // A lone spaced number next to Chinese is left as written without the habit.
    let plain = GongwenParser().parse(text: "全年共召开会议 12 次。")
    #expect(plain.outline.preamble.first?.text == "全年共召开会议 12 次。")
  }
}

import Testing
@testable import Gongwen

/// Each front and back matter rule on real lines (from the dev corpus and the shapes of GB/T
/// 9704), with the near misses it must leave alone.
@Suite("Front matter rules")
struct FrontMatterRulesTests {
  func outline(_ lines: String...) -> Outline {
    GongwenParser().parse(text: lines.joined(separator: "\n")).outline
  }

  func lineReader(_ text: String) -> (FrontMatterReader, Range<Int>) {
    let source = SourceText(text)
    return (FrontMatterReader(text: source), 0..<source.count)
  }

  // MARK: - Title

  @Test func titleSkipsPageChrome() {
    let outline = outline(
      "下载", "打印", "【字号：", "2026年02月10日 07时41分", "【法宝引证码】 CLI.12.4792728",
      "原文链接：http://www.example.gov.cn/zwgk/2026/0210/art_123456.html", "来源：北京日报", "阅读量：2371",
      "2026年北京市政府工作报告", "各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议。", "一、2025年工作回顾",
      "过去一年，我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，全市经济社会发展主要目标任务顺利完成，实现了“十四五”圆满收官。")
    #expect(outline.title == "2026年北京市政府工作报告")
    #expect(outline.boilerplate.map(\.text).contains("2026年02月10日 07时41分"))
    #expect(outline.boilerplate.count == 8)
  }

  @Test func yamlFrontMatterIsSkipped() {
    let outline = outline("---", "title: 工作总结", "date: 2021-12-30", "---", "XX县史志办2021年工作总结", "2021年，我办圆满完成各项任务。")
    #expect(outline.title == "XX县史志办2021年工作总结")
    // The body has its own title, so `title:` stays boilerplate; it has no date of signing,
    // so `date:` gives it (Docs/FrontMatter.md, "YAML front matter").
    #expect(outline.boilerplate.map(\.line) == [1, 2, 4])
    #expect(outline.signingDate?.value == "2021-12-30")
  }

  @Test func titleOverTwoLinesIsOneTitle() {
    #expect(outline("政府工作报", "告", "——2021年3月5日在第十三届全国人民代表大会第四次会议上", "各位代表：").title == "政府工作报告")
    #expect(
      outline("XX市人民政府关于印发", "《XX市政府采购管理办法》的通知", "各区人民政府：", "现将《XX市政府采购管理办法》印发给你们，请认真贯彻执行。")
        .title == "XX市人民政府关于印发《XX市政府采购管理办法》的通知")
  }

  @Test func aCompleteTitleTakesNoSecondLine() {
    // The title ends in its type word: the organ under it is not part of it.
    let outline = outline("2021年工作总结", "中共XX县委办公室", "2021年，我办认真贯彻落实县委部署。")
    #expect(outline.title == "2021年工作总结")
  }

  @Test func aTitleInTheBodyIsNotTheTitle() {
    let outline = outline("2021年，我局认真落实各项工作。", "2021年工作总结", "全年完成任务12项。")
    #expect(outline.title == nil)
  }

  // MARK: - Dateline and speaker

  @Test func datelineWithDashParenthesesAndChineseNumerals() {
    let dashed = outline("政府工作报告", "——2024年3月5日在第十四届全国人民代表大会第二次会议上", "国务院总理　李强", "各位代表：")
    #expect(dashed.dateline?.date == "2024-03-05")
    #expect(dashed.speaker?.office == "国务院总理")
    #expect(dashed.speaker?.name == "李强")
    #expect(dashed.preamble.isEmpty)
    let bracketed = outline("政府工作报告", "（2021年1月25日在XX省第十三届人民代表大会第五次会议上）", "省长　王伟", "各位代表：")
    #expect(bracketed.dateline?.date == "2021-01-25")
    #expect(bracketed.speaker?.text == "省长　王伟")
    let chinese = outline("2026年甘肃省政府工作报告", "——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上", "各位代表：")
    #expect(chinese.dateline?.date == "2026-01-27")
  }

  @Test func datelineBrokenOverTwoLines() {
    let outline = outline("政府工作报告", "——2026年1月26日在广东省第十四届", "人民代表大会第五次会议上", "广东省省长 孟凡利", "各位代表：")
    #expect(outline.dateline?.text == "——2026年1月26日在广东省第十四届人民代表大会第五次会议上")
    #expect(outline.speaker?.name == "孟凡利")
  }

  @Test func officeAndNameOnTwoLinesAndALetterSpacedName() {
    let split = outline("政府工作报告", "——2022年3月5日在第十三届全国人民代表大会第五次会议上", "国务院总理　", "李克强", "各位代表：")
    #expect(split.speaker?.office == "国务院总理")
    #expect(split.speaker?.name == "李克强")
    let spaced = outline("高举伟大旗帜", "——在中国共产党第二十次全国代表大会上的报告", "（2022年10月16日）", "习　近　平", "同志们：")
    #expect(spaced.speaker?.name == "习近平")
    #expect(spaced.dateline?.date == "2022-10-16")
  }

  @Test func aDateInsideTheBodyIsNotADateline() {
    let outline = outline("政府工作报告", "各位代表：", "2021年3月5日，我们召开了第一次会议。")
    #expect(outline.dateline == nil)
  }

  // MARK: - Number and addressees

  @Test func documentNumberAlone() {
    let (reader, number) = lineReader("X政发〔2021〕12号")
    #expect(reader.isDocumentNumber(number))
    let (sentence, range) = lineReader("根据《关于加强管理的通知》（X政发〔2021〕12号）要求，")
    #expect(!sentence.isDocumentNumber(range))
  }

  @Test func addresseeLines() {
    for line in ["各县（市）人民政府、州级各部门：", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", "市人民政府：", "各乡镇党委、县直各单位："] {
      let (reader, range) = lineReader(line)
      #expect(reader.isAddresseeLine(range), "\(line)")
    }
    for line in ["现将有关事项通知如下：", "会议要求：", "主要做法是：", "省委、省政府要求：", "同志们："] {
      let (reader, range) = lineReader(line)
      #expect(!reader.isAddresseeLine(range), "\(line)")
    }
  }

  @Test func addresseesAreNotTheSalutationNorBody() {
    let notice = outline("关于做好防汛工作的通知", "各乡镇人民政府，县直各单位：", "现将有关事项通知如下：", "一、压实责任")
    #expect(notice.addressees?.organs == ["各乡镇人民政府", "县直各单位"])
    #expect(notice.salutation == nil)
    #expect(notice.preamble.map(\.text) == ["现将有关事项通知如下："])
    let speech = outline("在全县工作会议上的讲话", "同志们：", "今天召开会议。")
    #expect(speech.addressees == nil)
    #expect(speech.salutation?.text == "同志们：")
  }

  // MARK: - Signature and 版记

  @Test func issuerAndDateOfSigning() {
    let outline = outline(
      "关于做好防汛工作的通知", "各乡镇人民政府：", "请认真贯彻执行。", "XX县人民政府办公室", "二〇二一年十月十一日")
    #expect(outline.issuer?.text == "XX县人民政府办公室")
    #expect(outline.signingDate?.value == "2021-10-11")
    #expect(outline.preamble.map(\.text) == ["请认真贯彻执行。"])
  }

  @Test func aDateInsideTheLastParagraphIsNotTheSigningDate() {
    let outline = outline("关于做好防汛工作的通知", "各乡镇人民政府：", "请于2021年10月11日前报送。")
    #expect(outline.signingDate == nil)
    #expect(outline.issuer == nil)
  }

  @Test func copiesAndPrintingLines() {
    let outline = outline(
      "关于做好防汛工作的通知", "请认真贯彻执行。", "XX县人民政府", "2021年10月11日", "抄送：县委办公室，县人大常委会办公室。",
      "XX县人民政府办公室　　　　2021年10月12日印发")
    #expect(outline.copyTo?.organs == ["县委办公室", "县人大常委会办公室"])
    #expect(outline.printing?.date == "2021-10-12")
    #expect(outline.printing?.office == "XX县人民政府办公室")
    #expect(outline.signingDate?.value == "2021-10-11")
  }

  @Test func aBodyLineEndingInPrintedIsNotThePrintingLine() {
    let outline = outline("关于做好防汛工作的通知", "请认真贯彻执行。", "方案已于2021年10月12日印发")
    #expect(outline.printing == nil)
  }

  @Test func mastheadOnlyAboveANumber() {
    let notice = outline("XX县人民政府文件", "X政发〔2021〕3号", "XX县人民政府关于做好防汛工作的通知", "各乡镇人民政府：", "请认真贯彻执行。")
    #expect(notice.masthead?.text == "XX县人民政府文件")
    #expect(notice.title == "XX县人民政府关于做好防汛工作的通知")
    // Without a number under it, a line ending in 文件 is the title.
    let plain = outline("关于学习贯彻会议精神的文件", "各单位：", "请认真学习。")
    #expect(plain.masthead == nil)
    #expect(plain.title == "关于学习贯彻会议精神的文件")
  }

  @Test func speakerNearMisses() {
    let (reader, range) = lineReader("国务院总理　李强")
    #expect(reader.isOfficeAndName(range) != nil)
    // Two phrases set apart, a sentence: no office word before the gap.
    for line in ["推进改革　扩大开放", "全年完成任务12项", "会议强调　要抓落实"] {
      let (reader, range) = lineReader(line)
      #expect(reader.isOfficeAndName(range) == nil, "\(line)")
    }
    let (name, nameRange) = lineReader("习　近　平")
    #expect(name.isName(nameRange))
    let (word, wordRange) = lineReader("报告")
    #expect(!word.isName(wordRange))
  }

  @Test func issuerNearMisses() {
    // The last paragraph above a date is not an issuer: it is a sentence.
    let outline = outline("XX局2021年工作总结", "2021年，我局认真落实各项工作。", "全年完成任务12项。", "2021年12月30日")
    #expect(outline.issuer == nil)
    #expect(outline.signingDate?.value == "2021-12-30")
  }

  @Test func aDateInTheMiddleOfAReportSplitsNothingOff() {
    // A date alone mid-body with no issuer above it, in a report that issues nothing.
    let outline = outline(
      "XX县2021年大事记", "一、一月", "召开全县经济工作会议。", "2021年1月15日", "二、二月", "召开全县组织工作会议。")
    #expect(outline.attachments.isEmpty)
    #expect(outline.sections.count == 2)
  }

  @Test func notesAndTheirNearMisses() {
    let notice = outline("关于做好防汛工作的通知", "请认真贯彻执行。", "XX县人民政府", "2021年10月11日", "（此件公开发布）")
    #expect(notice.note?.text == "（此件公开发布）")
    let body = outline("关于做好防汛工作的通知", "请认真贯彻执行。", "（一）压实责任")
    #expect(body.note == nil)
  }

  // MARK: - Timestamps

  @Test func pageTimestampsAreBoilerplateButDatesAreNot() {
    func isTimestamp(_ line: String) -> Bool {
      let folded = line.foldedScalars
      return BoilerplateRules.isTimestamp(folded, 0..<folded.count)
    }
    #expect(isTimestamp("2026年02月10日 07时41分"))
    #expect(isTimestamp("2026-02-10 07:41"))
    #expect(isTimestamp("2026-02-10 07:41:05"))
    #expect(!isTimestamp("2021年10月11日"))
    #expect(!isTimestamp("2021年10月11日召开会议"))
    #expect(!isTimestamp("07时41分"))
  }
}

/// The cue words that tell a report's genre (``DocumentKind``). Docs/Guide.md ("Document type, kind
/// and period") lists them with the order in which they are consulted.
enum DocumentKindRules {
  /// In the opening paragraph: the speaker announcing the talk.
  static let speechCues = WordTable([
    "我讲", "讲几点意见", "讲三点意见", "讲两点意见", "讲几点", "谈几点", "我代表", "下面，我", "讲几点看法", "讲点意见", "向全会作", "向大会作", "向大会报告",
  ])
  /// In the title: a look back.
  static let summaryTitleCues = WordTable(["总结", "述职", "情况报告", "工作情况", "汇报", "自查报告", "年终报告"])
  /// In the title: a look ahead.
  static let planTitleCues = WordTable(["要点", "计划", "打算", "安排", "思路", "规划", "方案", "任务书"])
  /// In the preamble: "现将…总结如下", "各项工作任务圆满完成".
  static let summaryPreambleCues = WordTable([
    "总结如下", "汇报如下", "报告如下", "情况如下", "圆满完成", "取得了", "取得明显成效", "取得显著成效", "取得积极成效",
    "取得良好成效", "回顾如下",
  ])
  /// In the preamble: "2021年总的工作要求是：", "工作要点如下".
  static let planPreambleCues = WordTable([
    "要点如下", "计划如下", "安排如下", "打算如下", "思路如下", "总的工作要求", "总体要求是", "工作思路是", "指导思想是",
    "主要目标是", "预期目标是",
  ])
}

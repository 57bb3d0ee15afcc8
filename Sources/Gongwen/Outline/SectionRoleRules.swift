/// The cue words that give a section its ``SectionRole`` from its heading, checked in this
/// order (a heading "存在问题及下步打算" is about problems first). Docs/SectionRoles.md lists them.
enum SectionRoleRules {
  static let cues: [(role: SectionRole, phrases: [String])] = [
    (.problems, ["存在问题", "存在的问题", "问题和不足", "问题与不足", "不足", "短板", "差距", "薄弱环节", "困难和问题", "主要问题"]),
    (.plan, [
      "计划", "打算", "工作安排", "下步", "下一步", "工作要点", "重点工作", "工作思路", "主要任务", "重点任务", "工作任务",
      "目标任务", "总体要求", "工作建议", "展望",
    ]),
    (.achievements, [
      "工作成效", "主要成效", "取得成效", "主要工作", "工作总结", "总结", "完成情况", "工作回顾", "回顾", "主要成绩", "取得的成绩", "开展情况",
      "主要做法", "工作成果",
    ]),
    (.measures, ["保障措施", "措施", "工作要求", "几点要求", "举措"]),
  ]

  static let tables = cues.map { (role: $0.role, table: WordTable($0.phrases)) }

  /// The role a heading's own words give, if any.
  static func role(forTitle title: String) -> SectionRole? {
    let scalars = title.foldedScalars
    return tables.first { $0.table.occurs(in: scalars, range: 0..<scalars.count) }?.role
  }
}

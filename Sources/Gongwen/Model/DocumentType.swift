/// What a document is, as its title (or its framing) names it: a 政府工作报告 is a
/// ``report``, a 关于印发《…办法》的通知 a ``notice``.
///
/// ``DocumentKind`` is a different question: the genre of the content (does it look back, ahead,
/// or is it delivered as a speech). A 政府工作报告 is a `report` read out as a `speech`; a
/// 2021年工作要点 is a `plan` of kind `plan`. Docs/FrontMatter.md gives the word table and the
/// order in which the title, the dateline and the framing are consulted.
public enum DocumentType: String, Codable, Hashable, Sendable, CaseIterable {
  /// 报告: 政府工作报告, 党代会报告, 工作报告, 关于…的报告.
  case report
  /// 总结: 工作总结.
  case summary
  /// 计划, 要点, 方案, 规划, 纲要, 安排.
  case plan
  /// 讲话, 讲话稿, 致辞, 发言; a title-less text opening 同志们：.
  case speech
  /// 意见: 实施意见, 指导意见.
  case opinion
  /// 通知, 通报, 公告, 通告.
  case notice
  /// 办法, 规定, 细则, 条例, 章程, 准则, 规则.
  case measures
  /// 决议, 决定.
  case resolution
  /// 请示.
  case request
  /// 批复.
  case reply
  /// 函, 复函.
  case letter
  /// 纪要: 会议纪要.
  case minutes
  /// Other prose: a title that names no document type.
  case article
  /// Nothing to tell from: no title, no framing, no body.
  case unknown
}

/// The notices document-sharing sites stamp on the copies they serve: upload and takedown
/// notes, "editable Word copy" labels, source disclaimers and download prompts.
///
/// The words are written as people type them (full-width comma and all) and folded once,
/// like the other boilerplate tables. Docs/Boilerplate.md lists them with their limits.
enum SiteNoticeWords {
  /// Phrases that only a site writes. A line of up to ``BoilerplateRules/maxMarkedLineLength``
  /// scalars holding one is a notice, wherever the phrase stands in it.
  ///
  /// Each phrase is the notice's own wording, not a word it uses: a report may speak of 侵权,
  /// 用户上传, 来源于网络 or Word copies of a file it asks for, so those bare words are not here.
  static let notices: [String] = [
    // Upload and takedown notes: 本文档由用户上传，如有侵权请联系删除
    "文档由用户上传", "资料由用户上传", "由用户自行上传", "如有侵权请联系", "如有侵权，请联系", "如有侵权请告知",
    "如有侵权，请告知", "如有侵权请与", "侵权请联系删除", "请联系删除", "联系我们删除", "请告知删除",
    // Editable-copy labels: 本文为word版，下载后可编辑
    "下载后可编辑", "下载后可自行编辑", "下载即可编辑", "可编辑修改", "word版可编辑", "Word版可编辑", "WORD版可编辑",
    "本文为word版", "本文为Word版", "本文为WORD版", "本文档为word", "本文档为Word", "本文档为WORD",
    // Source disclaimers: 文档来源于网络，仅供参考
    "文档来源于网络", "资料来源于网络", "内容来源于网络", "文章来源于网络", "图片来源于网络", "素材来源于网络",
    // Download prompts: 下载提示, 点击下载完整版, 下载文档到电脑，查找使用更方便
    "下载提示", "点击下载完整", "下载文档到电脑", "查找使用更方便", "下载后使用更方便",
    // Disclaimers: 免责声明：…
    "免责声明",
    // Licence notes that text archives put after a public document: …属于公有领域。
    "属于公有领域", "在全世界都属于公有领域",
  ]

  /// Phrases a report may use in passing (以上数据仅供参考) but that make a notice of a
  /// line no longer than ``BoilerplateRules/maxShortNoticeLength`` scalars.
  static let shortNotices: [String] = [
    "仅供参考", "侵删", "点击下载", "可编辑版", "百度文库", "道客巴巴", "豆丁网", "原创力文档", "人人文库",
    // The licence block of a text archive, broken into short lines: 本作品是中华人民共和国的 /
    // 法律 / … / 公有领域 / Public domain.
    "本作品是", "公有领域", "Public domain", "public domain", "维基文库",
  ]
}

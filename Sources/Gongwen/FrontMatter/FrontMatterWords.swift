/// The word tables the front and back matter are read with (Docs/FrontMatter.md).
enum FrontMatterWords {
  /// Words an office ends with, in a speaker line ("国务院总理　李强", "河南省人民政府省长 王凯").
  static let offices = WordTable([
    "总理", "副总理", "主席", "副主席", "委员长", "总书记", "书记", "副书记", "省长", "副省长", "市长", "副市长", "县长",
    "副县长", "区长", "副区长", "州长", "旗长", "盟长", "镇长", "乡长", "主任", "副主任", "部长", "副部长", "厅长",
    "局长", "院长", "秘书长", "署长", "行长", "司长", "处长", "社长", "校长", "董事长", "总经理", "主委",
  ])

  /// Words an organ's name ends with: the items of an addressee or copies line
  /// ("各县（市）人民政府、州级各部门：") and the issuer above the date of signing.
  static let organEndings = WordTable([
    "政府", "部门", "单位", "机构", "机关", "委员会", "常委会", "党委", "党组", "党工委", "工委", "纪委", "监委", "办公室",
    "办公厅", "办", "厅", "局", "委", "院", "会", "所", "校", "司", "部", "署", "处", "室", "科", "站", "队", "馆",
    "社", "团", "组", "中心", "公司", "集团", "企业", "街道", "乡镇", "社区", "村", "支部", "总支", "省", "市", "县",
    "区", "州", "旗", "盟", "乡", "镇", "自治区", "直辖市", "兵团", "军区", "法院", "检察院", "学校", "大学", "医院",
  ])

  /// Labels that open a copies line of the 版记: 抄送：, 抄报：.
  static let copyLabels = WordTable(["抄送", "抄报", "分送"])

  /// What closes the printing line of the 版记: "…2021年10月12日印发".
  static let printed = "印发"

  /// Openings of a note (附注) under the date of signing: "（此件公开发布）", "（联系人：…）".
  static let noteOpenings = WordTable(["此件", "此页无正文", "联系人", "联系电话", "本件"])

  /// What opens an attachment label: 附件, 附件1, 附件：.
  static let attachmentLabel = "附件"

  /// Words in a title that mark a notice that issues or forwards a document.
  static let issuingVerbs = WordTable(["印发", "转发", "颁发", "发布", "下发", "批转", "公布"])

  /// What opens the signer beside a document number: 签发人：王建国.
  static let signer = "签发人"

  /// A document number's last scalar: 号.
  static let numberEnd: UInt32 = 0x53F7
  /// 文件, the end of a masthead line ("XX市人民政府文件").
  static let mastheadEnd = "文件"
  /// 上, the end of a dateline that names the meeting ("…会议上").
  static let datelineEnd: UInt32 = 0x4E0A
}

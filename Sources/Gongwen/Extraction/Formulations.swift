/// Political formulations (提法) that contain numerals but count nothing: 八项规定 is the
/// Eight-point Regulation, not eight regulations. A numeral inside one is never a metric.
///
/// Quoted formulations (“四个意识”) are already skipped as short quotations; this table
/// catches the ones reports write without quotation marks.
enum Formulations {
  static let table = WordTable([
    "八项规定", "四个意识", "四个自信", "两个维护", "两个确立", "两个务必", "三会一课", "四种形态", "一岗双责",
    "三重一大", "两学一做", "四个全面", "五位一体", "三大攻坚战", "两不愁三保障", "两个一百年", "五个坚持",
    "三严三实", "四个服从", "五个必须", "七个有之", "三个代表", "两个大局", "三新一高", "十四五", "十三五",
    "十五五", "十二五", "十一五", "双一流", "四上", "四好农村路", "五好党支部", "三服务", "两优一先",
    "三个务必", "四个伟大", "两个结合", "三个一批", "四个不摘", "六稳", "六保", "三农", "三公", "四风", "四史",
    "一带一路", "一国两制", "两个毫不动摇", "三个区分开来", "四下基层", "五个一", "两个责任", "三个全覆盖",
    "一把手", "一刀切", "一盘棋", "一张蓝图", "一站式", "一网通办", "一件事一次办", "最多跑一次", "三大战役",
    "三次产业", "四项基本原则", "四个现代化", "三大改造", "红十字", "两种资源", "两个市场", "两条底线", "两个市场两种资源", "十字路口", "十字架",
    "两个积极性", "两项补贴", "三张清单", "两个阶段", "两步走", "两头", "五项原则", "两条道路", "一二三次产业", "一二三产",
    "二三产业", "二三产",
  ])
}

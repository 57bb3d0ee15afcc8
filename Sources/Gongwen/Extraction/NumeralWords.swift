/// Words in which a numeral character is a morpheme, not a number: 一切, 统一, 四川, 万一.
/// ``NumberRecognizer`` steps over them whole. Metrics need a unit after the number, so
/// they do not depend on this list.
enum NumeralWords {
  static let table = WordTable([
    "一切", "壹切", "十足", "一看", "一些", "一般", "一样", "一直", "一起", "一致", "一律", "一旦", "一向", "一贯", "一同",
    "一并", "一经", "一味", "一再", "一举", "一心", "一体", "一流", "一道", "一新", "一度", "一定", "一边",
    "统一", "唯一", "万一", "不一", "专一", "单一", "一一", "两两", "三三两两", "四川", "十分",
    "万万不", "百姓", "千方百计", "万众一心", "一带一路", "九州", "五湖四海", "七上八下", "乱七八糟",
  ])
}

import Testing
@testable import Gongwen

/// ``NumberRecognizer`` and ``NumberRangeRecognizer`` on sentences from the seeds and the
/// dev corpus (reports of 1954 to 2026, simplified and traditional).
@Suite("Number recognizer")
struct NumberRecognizerTests {
  func numbers(_ text: String) -> [String] {
    NumberRecognizer.numbers(in: text).map { number in
      let value = number.value == number.value.rounded() && abs(number.value) < 1e15 ? String(Int(number.value)) : String(number.value)
      return "\(number.text)=\(value)\(number.approximate ? "~" : "")/\(number.kind.rawValue)"
    }
  }

  @Test("Chinese numerals with magnitudes, tails and approximations", arguments: [
    ("我们这个拥有九千六百多万名党员的马克思主义政党", ["九千六百多万=96000000~/number"]),
    ("产总值从五十四万亿元增长到一百一十四万亿元", ["五十四万亿=54000000000000/number", "一百一十四万亿=114000000000000/number"]),
    ("人均预期寿命增长到七十八点二岁", ["七十八点二=78.2/number"]),
    ("被淹的農田約佔全國農田十分之一即一億六千餘萬畝", ["十分之一=0.1/fraction", "一億六千餘萬=160000000~/number"]),
    ("改造农村危房二千四百多万户", ["二千四百多万=24000000~/number"]),
    ("组织开展四次专题学习", ["四=4/number"]),
    ("两千四百五十人", ["两千四百五十=2450/number"]),
    ("一万三千元，两千四百五元", ["一万三千=13000/number", "两千四百五=2450/number"]),
    ("投资3万4000元", ["3万4000=34000/number"]),
    // 余 between a larger and a smaller magnitude: "10 亿 and some 万", not 10 万亿.
    ("发放农业贷款１０亿余万。", ["１０亿余万=1000000000~/number"]),
    ("存款三十万多亿元", ["三十万多亿=30000000000000~/number"]),
  ])
  func chineseNumerals(text: String, expected: [String]) {
    #expect(numbers(text) == expected)
  }

  @Test("Percentages in every written form", arguments: [
    ("济总量占世界经济的比重达百分之十八点五", ["百分之十八点五=18.5/percent"]),
    ("間工業總産值平均每年遞增百分之三十六點九", ["百分之三十六點九=36.9/percent"]),
    ("采用率达到30％以上", ["30％=30/percent"]),
    ("比上年下降5.3个百分点", ["5.3个百分点=5.3/percentagePoint"]),
    ("七成以上的村", ["七成=70/percent"]),
    ("万分之三", ["万分之三=0.03/percent"]),
  ])
  func percentages(text: String, expected: [String]) {
    #expect(numbers(text) == expected)
  }

  @Test("Words that only contain numerals", arguments: [
    "以老百姓看得懂、群众喜闻乐见", "千方百计稳就业", "统一思想", "四川省", "陆地和海洋", "退伍军人", "收拾", "两两结对",
    "走入寻常百姓家", "一切为了群众",
  ])
  func wordsAreNotNumbers(text: String) {
    #expect(numbers(text).isEmpty)
  }

  @Test("An estimate of two digits (二三十) is not a number, nor is any part of it")
  func estimates() {
    #expect(numbers("来了二三十个人").isEmpty)
  }

  @Test("Dotted labels and dashes", arguments: [
    ("第1.2.3条", ["1=1/number", "2=2/number", "3=3/number"]),
    ("2019-2021年", ["2019=2019/number", "2021=2021/number"]),
    ("增长-2.5%", ["-2.5%=-2.5/percent"]),
  ])
  func dottedAndDashes(text: String, expected: [String]) {
    #expect(numbers(text) == expected)
  }

  func ranges(_ text: String) -> [String] {
    NumberRangeRecognizer.ranges(in: text).map { PeerConformanceTests.interval($0) + " " + $0.text }
  }

  @Test("Ranges and bounds, with 以上/以下 inclusive as Chinese official usage has it", arguments: [
    ("每年组织1—2次集中学习", ["[1,2] 1—2"]),
    ("培训不少于30人", ["[30,) 不少于30"]),
    ("调研8次以上", ["[8,) 8次以上"]),
    ("超过1000人", ["(1000,) 超过1000"]),
    ("控制在5%以内", ["(,5] 控制在5%"]),
    ("商品零售总额中的比重已佔百分之五十左右", []),
    ("三年竟完成了利潤計劃的百分之五百以上", ["[500,) 百分之五百以上"]),
    ("大于10并且小于20", ["(10,20) 大于10并且小于20"]),
  ])
  func rangesAndBounds(text: String, expected: [String]) {
    #expect(ranges(text) == expected)
  }
}

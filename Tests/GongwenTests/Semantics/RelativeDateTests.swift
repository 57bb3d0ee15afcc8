import Foundation
import Testing
@testable import Gongwen

/// Relative dates (issue 17, part 7): 今年, 去年年底, 上半年, 过去五年, “十四五”时期 resolved
/// against the document's year and the time their passage speaks of, with real sentences of
/// the dev corpus and the seeds.
@Suite("Relative dates")
struct RelativeDateTests {
  /// A government work report delivered in `year`: a review of the year before, then the
  /// plan for its own year.
  static func report(year: Int, review: String = "", plan: String = "", preamble: String = "") -> String {
    """
    政府工作报告
    ——\(year)年1月27日在省第十四届人民代表大会第四次会议上
    各位代表：
    \(preamble.isEmpty ? "现在，我代表省人民政府，向大会报告工作，请予审议。" : preamble)
    一、\(year - 1)年工作回顾
    \(review.isEmpty ? "各项工作稳步推进。" : review)
    二、\(year)年重点工作
    \(plan.isEmpty ? "做好各项工作。" : plan)
    """
  }

  func relative(_ text: String) -> [DateMention] { GongwenParser().parse(text: text).dates.filter(\.relative) }

  func values(_ text: String) -> [String: String] {
    Dictionary(relative(text).map { ($0.text, $0.value ?? "nil") }, uniquingKeysWith: { first, _ in first })
  }

  @Test func documentYearWords() {
    // provincial_2026_hainan, beijing, national_2013 sentences in a 2026 report.
    let text = Self.report(
      year: 2026, review: "过去一年，形势复杂多变。一年来，我们坚决贯彻习近平新时代中国特色社会主义思想。",
      plan: "今年是“十五五”开局之年，必须迈好第一步、展现新气象。明年将召开全面总结大会。")
    let found = values(text)
    #expect(found["过去一年"] == "2025")
    #expect(found["一年来"] == "2025")
    #expect(found["今年"] == "2026")
    #expect(found["明年"] == "2027")
    #expect(found["“十五五”"] == nil)  // 开局 names the plan, not its period
    let today = relative(text).first { $0.text == "今年" }
    #expect(today?.precision == "year")
  }

  @Test func spansAndPlanPeriods() {
    let text = Self.report(
      year: 2026,
      review: "“十四五”时期是极不平凡的五年。过去五年，我们坚定疏解非首都功能。五年来，国防动员和后备力量建设有力推进。结合过去十年特别是近五年工作的体会。",
      plan: "“十五五”时期，要努力实现以下目标。")
    let found = values(text)
    #expect(found["“十四五”时期"] == "2021/2025")
    #expect(found["“十五五”时期"] == "2026/2030")
    #expect(found["过去五年"] == "2021/2025")
    #expect(found["五年来"] == "2021/2025")
    #expect(found["近五年"] == "2021/2025")
    #expect(found["过去十年"] == "2016/2025")
    #expect(relative(text).filter { $0.value?.contains("/") ?? false }.allSatisfy { $0.precision == "range" })
  }

  @Test func partsTakeTheYearTheirPassageSpeaksOf() {
    // provincial_2026_guizhou: the review's 二季度, 三季度 and 全年 are 2025's.
    let review = "出台“开门红”系列政策举措，一、二季度经济平稳增长；针对三季度经济增速回落的情况，果断出台一揽子超常规政策措施，推动经济企稳回升，全年地区生产总值增长4.9%，一般公共预算收入增长2.5%。"
    // provincial_2026_guangdong: the plan's 全年 is 2026's; 上半年 and 年底 too.
    let plan = "健全市场主导、政府推动的投资内生增长机制，全年投资增长5%左右。上半年完成项目前期工作，年底前全部开工。"
    let dates = relative(Self.report(year: 2026, review: review, plan: plan))
    #expect(dates.map(\.text) == ["二季度", "三季度", "全年", "全年", "上半年", "年底"])
    #expect(dates.map(\.value) == ["2025-Q2", "2025-Q3", "2025", "2026", "2026-H1", "2026-12"])
    #expect(dates.map(\.precision) == ["quarter", "quarter", "year", "year", "half", "month"])
  }

  @Test func yearStartAndEnd() {
    // national_2021 (review of 2020) and national_2013.
    let review = "年初剩余的551万农村贫困人口全部脱贫、52个贫困县全部摘帽。城镇新增就业1186万人，年末全国城镇调查失业率降到5.2%。资本充足率从2007年底的8.4%提升到去年底的13.3%。"
    let dates = GongwenParser().parse(text: Self.report(year: 2021, review: review)).dates
    let found = Dictionary(dates.map { ($0.text, $0.value ?? "") }, uniquingKeysWith: { first, _ in first })
    #expect(found["年初"] == "2020-01")
    #expect(found["年末"] == "2020-12")
    #expect(found["去年底"] == "2020-12")
    // A written year's 年底 is its last month too, and not relative.
    #expect(found["2007年底"] == "2007-12")
    #expect(dates.first { $0.text == "2007年底" }?.relative == false)
    #expect(GongwenParser().parse(text: "贫困人口从2012年年底的9899万人减到2019年底的551万人").dates.map(\.value) == ["2012-12", "2019-12"])
  }

  @Test func relativeYearWithItsPart() {
    // speech_2020-11-04, speech_2020-03-07, national_1956, national_1958.
    let plan = "明年上半年党中央将对全面建成小康社会进行系统评估。国务院扶贫开发领导小组去年年底组织各地对已脱贫的地区开展普查。合格率超过了去年第四季度的水平。这些工业建设项目，在今年内可以建设完工。今年年初，我就考虑到地方去开。"
    let found = values(Self.report(year: 2020, plan: plan))
    #expect(found["明年上半年"] == "2021-H1")
    #expect(found["去年年底"] == "2019-12")
    #expect(found["去年第四季度"] == "2019-Q4")
    #expect(found["今年内"] == "2020")
    #expect(found["今年年初"] == "2020-01")
  }

  @Test func aDateEarlierInTheSentenceGivesTheYear() {
    // national_1956, national_1958: 全年 after 第一季度, 年初 after 年末.
    let plan = "石油工业部各厂可比产品成本降低额在第一季度只完成全年计划的11%。一九五八年要求猪的头数在年底达到一亿五千万头。"
    let dates = relative(Self.report(year: 1956, plan: plan))
    #expect(dates.map(\.value) == ["1956-Q1", "1956", "1958-12"])
  }

  @Test func sameSentenceInTwoYears() {
    // Metamorphic: the same sentences in a 2021 and a 2026 report resolve one to one to
    // each report's year.
    let review = "全年主要目标任务较好完成。过去一年取得的成绩，来之不易。"
    let plan = "今年发展主要预期目标是：城镇新增就业1100万人以上，城镇调查失业率全年控制在5.5%以内。年内完成改革任务。过去五年的经验弥足珍贵。"
    for year in [2021, 2026] {
      let dates = relative(Self.report(year: year, review: review, plan: plan))
      #expect(dates.map(\.text) == ["全年", "过去一年", "今年", "全年", "年内", "过去五年"])
      #expect(
        dates.map(\.value) == ["\(year - 1)", "\(year - 1)", "\(year)", "\(year)", "\(year)", "\(year - 5)/\(year - 1)"])
      #expect(dates.allSatisfy { $0.relative })
    }
  }

  @Test("Comparisons and counts are not dates", arguments: [
    "一般公共预算收入1981亿元，比上年增长23.6%。",  // national_2010
    "财政支出总规模比去年增加，重点仍是加大对地方转移支付。",  // national_2021
    "赤字率拟按3.2%左右安排、比去年有所下调。",  // national_2021
    "力争比去年实现更多增长。",  // provincial_2026_henan
    "今年发展环境虽然有可能好于去年。",  // national_2010 (今年 is, 去年 is not)
    "城乡低保补差水平不低于当地上年度城乡低保补差水平。",  // provincial_2026_guangdong
    "居民人均可支配收入年均增长5.7%。",  // 年均 is a rate
    "举办一年一度的农民丰收节。",
    "编制“十五五”规划纲要，谋划五年规划重大项目。",  // a plan's name
    "政府将在两三年内，逐步地把国营企业的税收简化。",  // national_1956
    "当这几条铁路干线在三、五年内建设完成以后。",  // national_1958
    "一部分建设资金来不及在本年内充分利用。",  // national_1956: 本年 is the account's year
    "实施乡村高质量发展工程实现三年初见成效。",
    "进一步健全年鉴编纂体系科学化、规范化、特色化。",  // seed 001
    "我省二十五年来坚持不懈。",
  ])
  func notDates(sentence: String) {
    let found = relative(Self.report(year: 2026, plan: sentence)).map(\.text)
    #expect(found.allSatisfy { $0 == "今年" }, "\(found)")
  }

  @Test func sinceThisYearIsTheYear() {
    // seed 004: 今年来 (今年以来) is the year.
    let found = relative(Self.report(year: 2026, plan: "今年以来，工委专题研究党风廉政建设工作。由于今年春季雨水充足，鉴于去年的经验。"))
    #expect(found.map(\.text) == ["今年", "今年", "去年"])
    #expect(found.map(\.value) == ["2026", "2026", "2025"])
  }

  @Test func unresolvedStayRelative() {
    // seed 001 and 002 have no year: the part alone, precision relative.
    let found = relative("上半年，县史志办取得良好成绩；下半年将继续推进，年底前完成，一季度启动。今年即将出版，去年年底启动，过去五年成效明显。")
    #expect(found.map(\.value) == ["H1", "H2", "year end", "Q1", "year", "year end", "last 5 years"])
    #expect(found.allSatisfy { $0.precision == "relative" && $0.relative })
    // A plan period needs no year.
    #expect(relative("“十四五”时期经济社会发展").map(\.value) == ["2021/2025"])
  }

  @Test func noDatelineCountsFromTheLastReviewedYear() throws {
    // national_2013 has no dateline: its 今年 is 2013 (2012 + 1), its 过去五年 2008–2012.
    let dev = HeadlineIndicatorTests.dev.appendingPathComponent("national_2013_gov_work_report.txt")
    let document = try GongwenParser().parse(contentsOfFile: dev.path)
    let dates = document.dates.filter(\.relative)
    #expect(dates.first { $0.text == "今年" }?.value == "2013")
    #expect(dates.first { $0.text == "过去五年" }?.value == "2008/2012")
    #expect(dates.first { $0.text == "去年底" }?.value == "2012-12")
    #expect(dates.first { $0.text == "年初" }?.value == "2012-01")
  }

  @Test func seedsResolve() throws {
    // Seed 000 reviews 2021 (and plans 2022): its 年底, 年初, 年内 and 全年 are 2021's.
    let seed = try Fixtures.seed("000")
    let values = Set(seed.dates.filter { $0.relative }.compactMap(\.value))
    #expect(values == ["2021", "2021-01", "2021-12"])
  }

  @Test func devCorpusCounts() throws {
    // Every relative date of the 2026 provincial reports is resolved.
    for name in ["beijing", "gansu", "guangdong", "guizhou", "hainan", "henan"] {
      let path = HeadlineIndicatorTests.dev.appendingPathComponent("provincial_2026_\(name)_gov_work_report.txt").path
      let dates = try GongwenParser().parse(contentsOfFile: path).dates.filter(\.relative)
      #expect(!dates.isEmpty)
      #expect(dates.allSatisfy { $0.precision != "relative" }, "\(name)")
      #expect(dates.filter { $0.text == "今年" }.allSatisfy { $0.value == "2026" })
    }
  }
}

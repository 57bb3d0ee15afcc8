import Testing
@testable import Gongwen

@Suite("Dates and periods")
struct DateExtractorTests {
  func dates(_ sentence: String) -> [DateMention] { GongwenParser().parse(text: sentence).dates }

  @Test func absoluteDates() {
    let found = dates("2021年4月2日，XX县人民政府召开发行会，确保于2022年11月底出版发行，2021年度考核。")
    #expect(found.map(\.text) == ["2021年4月2日", "2022年11月底", "2021年度"])
    #expect(found.map(\.value) == ["2021-04-02", "2022-11", "2021"])
    #expect(found.map(\.precision) == ["day", "month", "year"])
  }

  @Test func chineseNumeralDate() {
    let found = dates("——二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上")
    #expect(found.map(\.value) == ["2026-01-27"])
  }

  @Test func maskedDates() {
    let masked = dates("2021年X月X日组织纳新党员集中宣誓；截至****年*月**日")
    #expect(masked.map(\.text) == ["2021年X月X日", "****年*月**日"])
    #expect(masked.map(\.value) == ["2021-XX-XX", "XXXX-XX-XX"])
    #expect(masked.allSatisfy { $0.masked })
    #expect(dates("****年上半年，在省委坚强领导下").map(\.value) == ["XXXX-H1"])
  }

  @Test func rangesAndLists() {
    #expect(dates("修订《中国共产党XX历史（1978.12—2012.12）》").map(\.value) == ["1978-12/2012-12"])
    let inTitle = dates("《XX县志（1988—2005）》发行")
    #expect(inTitle.map(\.value) == ["1988/2005"])
    #expect(inTitle.first?.precision == "range")
    let list = dates("一是在2017、2018、2019、2020、2021年年鉴基础上")
    #expect(list.map(\.value) == ["2017", "2018", "2019", "2020", "2021"])
    #expect(dates("启动《中国共产党**县历史（19**—20**）》").map(\.value) == ["19XX/20XX"])
  }

  @Test func relativePeriods() {
    let found = dates("上半年，县史志办取得良好成绩；下半年将继续推进，年底前完成，一季度启动。")
    #expect(found.map(\.value) == ["H1", "H2", "year end", "Q1"])
    #expect(found.allSatisfy { $0.precision == "relative" })
    #expect(dates("于2021年上半年完成").map(\.value) == ["2021-H1"])
  }

  @Test("Not dates", arguments: ["编纂《XX年鉴（2021）》", "党的十九大和十九届五中全会", "供稿信息233条", "第16届台商联谊"])
  func notDates(sentence: String) {
    #expect(dates(sentence).filter { $0.precision != "relative" }.isEmpty)
  }
}

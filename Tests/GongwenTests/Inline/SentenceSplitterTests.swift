import Testing
@testable import Gongwen

@Suite("Sentences")
struct SentenceSplitterTests {
  func sentences(_ text: String) -> [String] {
    let source = SourceText(text)
    return SentenceSplitter.sentences(in: source.folded, range: 0..<source.count).map(source.string)
  }

  @Test func splitsAtFullStopsExclamationsQuestionsAndSemicolons() {
    #expect(
      sentences("一是第一时间转发学习疫情防控知识文件；二是按要求戴口罩、勤通风、勤消毒；三是拒绝食用野生动物。好！对吗？")
        == ["一是第一时间转发学习疫情防控知识文件；", "二是按要求戴口罩、勤通风、勤消毒；", "三是拒绝食用野生动物。", "好！", "对吗？"])
  }

  @Test func neverSplitsInsideQuotesOrTitles() {
    #expect(sentences("他说“要学习。要落实”，然后散会。") == ["他说“要学习。要落实”，然后散会。"])
    #expect(sentences("出版《改革。开放》一书；再版。") == ["出版《改革。开放》一书；", "再版。"])
    #expect(sentences("（见附件。）正文。") == ["（见附件。）正文。"])
  }

  @Test func aTerminatorKeepsTheClosingQuoteAfterIt() {
    #expect(sentences("树牢“四个意识。”坚定“四个自信”。") == ["树牢“四个意识。”", "坚定“四个自信”。"])
  }

  @Test func anUnbalancedQuoteDoesNotSwallowTheParagraph() {
    #expect(sentences("上文引号“未闭合。第二句。第三句。") == ["上文引号“未闭合。", "第二句。", "第三句。"])
  }

  @Test func asciiFormsAndTrailingTextWithoutTerminator() {
    #expect(sentences("First! Second? 第三; 没有句号") == ["First!", "Second?", "第三;", "没有句号"])
  }

  @Test func decimalsAndItemNumbersAreNotSentenceEnds() {
    #expect(sentences("增长8.2亿人次，1.精准开展督促检查。") == ["增长8.2亿人次，1.精准开展督促检查。"])
  }

  @Test func seedParagraphsHaveSentencesThatCoverTheirText() throws {
    for number in Fixtures.seeds.keys.sorted() {
      let document = try Fixtures.seed(number)
      for paragraph in document.outline.preamble + document.allSections.flatMap(\.paragraphs) {
        #expect(!paragraph.sentences.isEmpty)
        #expect(paragraph.sentences.first?.start == paragraph.span.start)
        #expect(paragraph.sentences.last?.end == paragraph.span.end)
        #expect(zip(paragraph.sentences, paragraph.sentences.dropFirst()).allSatisfy { $0.end <= $1.start })
      }
    }
  }
}

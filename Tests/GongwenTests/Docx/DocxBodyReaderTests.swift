import Foundation
import GongwenDocx
import Testing

/// What counts as body text in `word/document.xml`: runs, tabs, breaks, fields, tracked
/// changes, tables, text boxes, numbering from styles.
@Suite("Word body reader")
struct DocxBodyReaderTests {
  static let namespaces = """
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
    xmlns:v="urn:schemas-microsoft-com:vml"
    """

  static func read(
    _ body: String, styles: StyleSheet = StyleSheet(), numbering: NumberingDefinitions = NumberingDefinitions()
  ) throws -> [DocxParagraph] {
    let xml = "<w:document \(namespaces)><w:body>\(body)<w:sectPr/></w:body></w:document>"
    return try DocxReader.body(Data(xml.utf8), styles: styles, numbering: numbering)
  }

  static func texts(_ body: String) throws -> [String] {
    try read(body).map(\.text)
  }

  @Test func testRunsTabsAndBreaks() throws {
    let body = """
      <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>\
      <w:r><w:t>一、</w:t></w:r><w:r><w:t xml:space="preserve">总体 要求</w:t><w:tab/><w:t>甲</w:t></w:r></w:p>\
      <w:p><w:r><w:t>上一行</w:t><w:br/><w:t>下一行</w:t><w:br w:type="page"/><w:t>续</w:t></w:r></w:p>\
      <w:p/>\
      <w:p><w:r><w:t>自</w:t><w:softHyphen/><w:t>动</w:t><w:noBreakHyphen/><w:t>化</w:t></w:r></w:p>
      """
    #expect(try Self.texts(body) == ["一、总体 要求\t甲", "上一行\n下一行续", "", "自动-化"])
  }

  @Test func testOnlyBreaksBreakLines() throws {
    let body = """
      <w:p><w:r><w:t>写入的
      换行</w:t></w:r></w:p>      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>单元格</w:t><w:br/><w:t>两行</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      """
    #expect(try Self.texts(body) == ["写入的 换行", "单元格 两行"])
  }

  @Test func testFieldsShowTheirResultNotTheirCode() throws {
    let body = """
      <w:p><w:r><w:t>见第</w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页，</w:t></w:r>\
      <w:fldSimple w:instr=" DATE "><w:r><w:t>2021年1月5日</w:t></w:r></w:fldSimple></w:p>
      """
    #expect(try Self.texts(body) == ["见第3页，2021年1月5日"])
  }

  @Test func testDeletionsAreDroppedInsertionsKept() throws {
    let body = """
      <w:p><w:r><w:t>完成</w:t></w:r>\
      <w:del w:id="1" w:author="a"><w:r><w:delText>80%</w:delText><w:tab/></w:r></w:del>\
      <w:ins w:id="2" w:author="a"><w:r><w:t>90%</w:t></w:r></w:ins>\
      <w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧处</w:t></w:r></w:moveFrom>\
      <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>。</w:t></w:r></w:p>
      """
    #expect(try Self.texts(body) == ["完成90%。"])
  }

  @Test func testTablesAreRowsOfTabSeparatedCells() throws {
    let body = """
      <w:tbl><w:tblPr/>\
      <w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数值</w:t></w:r></w:p></w:tc></w:tr>\
      <w:tr><w:tc><w:p><w:r><w:t>1.</w:t></w:r></w:p><w:p><w:r><w:t>生产总值</w:t></w:r></w:p></w:tc>\
      <w:tc><w:p><w:r><w:t>100亿元</w:t></w:r></w:p>\
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>内</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>表</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
      </w:tc></w:tr>\
      <w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>\
      <w:p><w:r><w:t>表后</w:t></w:r></w:p>
      """
    let paragraphs = try Self.read(body)
    #expect(paragraphs.map(\.text) == ["指标\t数值", "1. 生产总值\t100亿元 内\t表", "", "表后"])
    #expect(paragraphs.map(\.role) == [.tableRow, .tableRow, .tableRow, .body])
  }

  @Test func testTextBoxesFollowTheirAnchorOnce() throws {
    let box = "<w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p></w:txbxContent>"
    let body = """
      <w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent>\
      <mc:Choice Requires="wps"><w:drawing><wps:txbx>\(box)</wps:txbx></w:drawing></mc:Choice>\
      <mc:Fallback><w:pict><v:textbox>\(box)</v:textbox></w:pict></mc:Fallback>\
      </mc:AlternateContent></w:r><w:r><w:t>续</w:t></w:r></w:p>\
      <w:p><w:r><w:t>下一段</w:t></w:r></w:p>
      """
    let paragraphs = try Self.read(body)
    #expect(paragraphs.map(\.text) == ["正文续", "框内文字", "下一段"])
    #expect(paragraphs[1].role == .textBox)
  }

  @Test func testNumberingComesFromTheParagraphOrItsStyle() throws {
    let numbering = NumberingDefinitions(instances: [
      1: NumberingDefinitions.Instance(levels: [
        0: NumberingLevel(format: .chineseCounting, text: "%1、"),
        1: NumberingLevel(format: .chineseCounting, text: "（%2）"),
        2: NumberingLevel(format: .decimal, text: "%3."),
      ])
    ])
    let styles = StyleSheet(styles: [
      "Heading1": StyleSheet.Style(name: "heading 1", numId: 1, numLevel: 0, outlineLevel: 0),
      "MyHeading2": StyleSheet.Style(name: "我的标题", basedOn: "Heading1", numLevel: 1, outlineLevel: 1),
      "Title": StyleSheet.Style(name: "Title"),
    ])
    let body = """
      <w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>2021年工作要点</w:t></w:r></w:p>\
      <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>总体要求</w:t></w:r></w:p>\
      <w:p><w:pPr><w:pStyle w:val="MyHeading2"/></w:pPr><w:r><w:t>明职责</w:t></w:r></w:p>\
      <w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>精准开展督促检查</w:t></w:r></w:p>\
      <w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>2021年要</w:t></w:r></w:p>\
      <w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>结束语</w:t></w:r></w:p>\
      <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>工作措施</w:t></w:r></w:p>\
      <w:p><w:pPr><w:pStyle w:val="Heading1"/><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="Title"/></w:pPr></w:pPrChange></w:pPr>\
      <w:r><w:t>保障</w:t></w:r></w:p>
      """
    let paragraphs = try Self.read(body, styles: styles, numbering: numbering)
    #expect(paragraphs.map(\.text) == [
      "2021年工作要点", "一、总体要求", "（一）明职责", "1. 精准开展督促检查", "2. 2021年要", "结束语", "二、工作措施", "三、保障",
    ])
    #expect(paragraphs.map(\.role) == [
      .title, .heading(level: 1), .heading(level: 2), .body, .body, .heading(level: 1), .heading(level: 1), .heading(level: 1),
    ])
    #expect(paragraphs[1].marker == "一、")
  }

  @Test func testCentredLargeFirstParagraphIsTheTitle() throws {
    let body = """
      <w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="44"/></w:rPr><w:t>关于做好工作的通知</w:t></w:r></w:p>\
      <w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="44"/></w:rPr><w:t>第二个大标题</w:t></w:r></w:p>
      """
    #expect(try Self.read(body).map(\.role) == [.title, .body])
  }

  @Test func testStylesXMLIsRead() throws {
    let xml = """
      <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>
      <w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="a5"><w:name w:val="标题 3"/></w:style>
      <w:style w:type="paragraph" w:styleId="Custom"><w:name w:val="Custom"/><w:basedOn w:val="2"/>
      <w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>
      <w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="heading 1 Char"/></w:style>
      </w:styles>
      """
    let styles = try StyleSheet.read(Data(xml.utf8))
    #expect(styles.headingLevel(of: "2") == 2)
    #expect(styles.headingLevel(of: "a5") == 3)
    #expect(styles.headingLevel(of: "Custom") == 4)
    #expect(styles.numbering(of: "Custom")?.numId == 5)
    #expect(styles.numbering(of: "Custom")?.level == 1)
    #expect(styles.isContents("TOC1"))
    #expect(styles.styles["Heading1Char"] == nil)
  }

  /// Word writes document.xml as one line; libxml2 refuses more than 10 MB of it given at
  /// once, so the parser is fed from a stream.
  @Test func testAPartOverTenMegabytesIsRead() throws {
    let padding = String(repeating: "x", count: 1000)
    let paragraph = "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"\(padding)\"/><w:r><w:t>段落。</w:t></w:r></w:p>"
    let body = String(repeating: paragraph, count: 11_000)
    #expect(body.utf8.count > 11_000_000)
    let paragraphs = try Self.read(body)
    #expect(paragraphs.count == 11_000)
    #expect(paragraphs.last?.text == "段落。")
  }

  @Test func testMalformedXMLIsDamaged() {
    #expect(throws: DocxError.self) { try DocxReader.body(Data("<w:document><w:body>".utf8), styles: StyleSheet(), numbering: NumberingDefinitions()) }
    #expect(throws: DocxError.noBody) {
      try DocxReader.body(Data("<w:document xmlns:w=\"x\"/>".utf8), styles: StyleSheet(), numbering: NumberingDefinitions())
    }
  }
}

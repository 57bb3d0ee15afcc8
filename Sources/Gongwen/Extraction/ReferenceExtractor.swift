/// Finds document numbers (发文字号): issuer code, year in brackets, serial, 号 —
/// 桂史发〔2020〕29号, 国办发[2021]3号, X党工通〔2021〕XX号 (masked).
struct ReferenceExtractor {
  let text: SourceText

  static let openBrackets: Set<UInt32> = [0x3014, 0x5B, 0x3010, 0x28, 0x3016]  // 〔 [ 【 ( 〖
  static let closeBrackets: Set<UInt32> = [0x3015, 0x5D, 0x3011, 0x29, 0x3017]  // 〕 ] 】 ) 〗
  static let serialEnd: UInt32 = 0x53F7  // 号
  static let maxIssuerLength = 6
  /// Scalars an issuer code does not contain; where walking back from the bracket meets one,
  /// the code has begun. Organisation-name endings (室 部 委 局 厅 …) stop it too:
  /// 研究室桂史发 → 桂史发.
  static let issuerStops: Set<UInt32> = Set("的和及与按照据印室部委局厅会府院处司署社站心号在由经".unicodeScalars.map(\.value))

  func extract(from units: [TextUnit]) -> [Reference] {
    var references: [Reference] = []
    let folded = text.folded
    for unit in units {
      var index = unit.range.lowerBound
      while index < unit.range.upperBound {
        defer { index += 1 }
        guard Self.openBrackets.contains(folded[index]), let match = match(at: index, limit: unit.range.upperBound),
          index > unit.range.lowerBound
        else { continue }
        var issuerStart = index
        while issuerStart > unit.range.lowerBound, index - issuerStart < Self.maxIssuerLength {
          let value = folded[issuerStart - 1]
          guard Scalar.isIdeograph(value) || MaskScanner.isMaskScalar(value), !Self.issuerStops.contains(value) else { break }
          issuerStart -= 1
        }
        guard index - issuerStart >= 1 else { continue }
        let range = issuerStart..<match.end
        let masked = MaskScanner.tokens(in: folded, range: range).isEmpty == false
        references.append(
          Reference(
            text: text.string(range), issuer: text.string(issuerStart..<index), year: match.year,
            serial: match.serial, masked: masked, section: unit.section, span: text.span(range)))
        index = match.end - 1
      }
    }
    return references
  }

  /// 〔2020〕29号 at `open`: the year, the serial and where the number ends.
  private func match(at open: Int, limit: Int) -> (year: Int?, serial: Int?, end: Int)? {
    let folded = text.folded
    var cursor = open + 1
    var year = 0
    var yearMasked = false
    for _ in 0..<4 {
      guard cursor < limit else { return nil }
      let value = folded[cursor]
      if Scalar.isDigit(value) { year = year * 10 + Int(value - 0x30) } else if MaskScanner.isMaskScalar(value) {
        yearMasked = true
      } else {
        return nil
      }
      cursor += 1
    }
    guard cursor < limit, Self.closeBrackets.contains(folded[cursor]) else { return nil }
    cursor += 1
    let serialStart = cursor
    var serial = 0
    var serialMasked = false
    while cursor < limit, cursor - serialStart < 5 {
      let value = folded[cursor]
      if Scalar.isDigit(value) { serial = serial * 10 + Int(value - 0x30) } else if MaskScanner.isMaskScalar(value) {
        serialMasked = true
      } else {
        break
      }
      cursor += 1
    }
    guard cursor > serialStart, cursor < limit, folded[cursor] == Self.serialEnd else { return nil }
    return (yearMasked ? nil : year, serialMasked ? nil : serial, cursor + 1)
  }
}

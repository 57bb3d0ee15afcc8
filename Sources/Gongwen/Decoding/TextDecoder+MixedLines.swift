import GongwenICU

extension TextDecoder {
  /// The two encodings whose lines a file may mix: UTF-8 text pasted into a GBK report, or
  /// GBK lines appended to a UTF-8 one. Both are ASCII-compatible, so an LF byte is a line
  /// break in either and the file can be cut into lines before it is decoded.
  enum LineEncoding: Equatable {
    case utf8, gb18030

    init?(name: String) {
      switch name {
      case "UTF-8": self = .utf8
      case "GB18030": self = .gb18030
      default: return nil
      }
    }

    /// ICU's name, as `source.encoding` gives it.
    var name: String {
      switch self {
      case .utf8: "UTF-8"
      case .gb18030: "GB18030"
      }
    }

    var other: LineEncoding { self == .utf8 ? .gb18030 : .utf8 }
  }

  /// Lines with invalid bytes that the other encoding reads cleanly must hold at least this
  /// many non-ASCII characters between them before a file counts as mixed. One or two stray
  /// bytes in a UTF-8 file can read as one valid GBK character; they must stay stand-ins.
  static let minimumSwitchedCharacters = 4

  /// `whole`, or the file read line by line when `whole` (read as UTF-8 or GB18030) has
  /// stand-ins for invalid bytes on lines that the other encoding reads cleanly.
  ///
  /// Runs only when the whole-file reading has stand-ins, so valid files pay nothing; it is
  /// one pass over the lines in each encoding.
  func readingMixedLines(_ whole: DecodedText, _ bytes: UnsafeRawBufferPointer) throws(GongwenError) -> DecodedText {
    guard whole.replacementCount > 0, let primary = LineEncoding(name: whole.encoding) else { return whole }
    return try Self.decodeLines(bytes, primary: primary, path: path) ?? whole
  }

  /// The file read line by line, each line in the encoding that reads it cleanly; `nil` when
  /// that changes no line that `primary` could not read.
  ///
  /// The choice for a line:
  /// - valid UTF-8 with non-ASCII bytes: UTF-8, even when GB18030 also reads it and is the
  ///   file's encoding. UTF-8 Chinese often reads as valid GBK (总结 → 鎬荤粨: any pair of bytes
  ///   from 0x81 up is a GBK character), while GBK text is almost never valid UTF-8 (a lead
  ///   byte must be followed by exactly the right number of 0x80–0xBF bytes);
  /// - invalid UTF-8 that GB18030 reads cleanly: GB18030, unless the UTF-8 reading has at
  ///   least as many valid characters as invalid sequences — that is UTF-8 with a stray byte
  ///   (GBK text read as UTF-8 gives mostly invalid sequences);
  /// - anything else (ASCII, or read by neither): `primary`, with stand-ins.
  static func decodeLines(
    _ bytes: UnsafeRawBufferPointer, primary: LineEncoding, path: String?
  ) throws(GongwenError) -> DecodedText? {
    var lines: [Range<Int>] = []
    var start = 0
    for index in 0..<bytes.count where bytes[index] == 0x0A {
      lines.append(start..<index)
      start = index + 1
    }
    if start < bytes.count { lines.append(start..<bytes.count) }

    let census = lines.map { TextBuilder.utf8Census(UnsafeRawBufferPointer(rebasing: bytes[$0])) }
    // GB18030 (through ICU) only where it may be needed: for a UTF-8 file, the lines UTF-8
    // cannot read.
    let gbLines = lines.indices.filter { primary == .gb18030 || census[$0].invalid > 0 }
    let gb: [ICUDecoding]
    do {
      gb = try ICUConverter.decode(bytes, pieces: gbLines.map { lines[$0] }, charset: "GB18030")
    } catch {
      throw .undecodable(path: path, reason: error.description)
    }
    var gbIndex = [Int?](repeating: nil, count: lines.count)
    for (position, line) in gbLines.enumerated() { gbIndex[line] = position }

    var choices: [LineEncoding] = []
    choices.reserveCapacity(lines.count)
    var switchedCharacters = 0
    var nonASCIILines: [LineEncoding: Int] = [:]
    for line in lines.indices {
      let utf8 = census[line]
      let gbReading = gbIndex[line].map { gb[$0] }
      let choice: LineEncoding
      if utf8.invalid == 0 {
        choice = utf8.nonASCII == 0 ? primary : .utf8
      } else if let gbReading, gbReading.replacements.isEmpty, utf8.invalid > utf8.nonASCII {
        choice = .gb18030
      } else {
        choice = primary
      }
      choices.append(choice)
      guard utf8.nonASCII > 0 || utf8.invalid > 0 else { continue }
      nonASCIILines[choice, default: 0] += 1
      let primaryFailed = primary == .utf8 ? utf8.invalid > 0 : gbReading?.replacements.isEmpty == false
      if choice != primary && primaryFailed {
        switch choice {
        case .utf8: switchedCharacters += utf8.nonASCII
        case .gb18030: switchedCharacters += gbReading.map { $0.units.count { $0 >= 0x80 } } ?? 0
        }
      }
    }
    guard switchedCharacters >= minimumSwitchedCharacters else { return nil }

    // The encoding that read more lines names the file; the diagnostic tells the rest.
    let primaryCount = nonASCIILines[primary, default: 0]
    let otherCount = nonASCIILines[primary.other, default: 0]
    let label = otherCount > primaryCount ? primary.other : primary
    var builder = TextBuilder(capacity: bytes.count / 2)
    var firstSecondaryOffset: Int?
    for (line, range) in lines.enumerated() {
      let choice = choices[line]
      let isASCII = census[line].nonASCII == 0 && census[line].invalid == 0
      if choice != label && !isASCII && firstSecondaryOffset == nil { firstSecondaryOffset = builder.scalars.count }
      if choice == .gb18030, let position = gbIndex[line] {
        builder.append(gb[position])
      } else {
        builder.appendUTF8(UnsafeRawBufferPointer(rebasing: bytes[range]))
      }
      if range.upperBound < bytes.count { builder.append("\n") }
    }
    let mixed = MixedLines(
      primaryLines: nonASCIILines[label, default: 0], secondaryEncoding: label.other.name,
      secondaryLines: nonASCIILines[label.other, default: 0], firstSecondaryOffset: firstSecondaryOffset ?? 0)
    return DecodedText(
      scalars: builder.scalars, encoding: label.name, hadByteOrderMark: false,
      replacementOffsets: builder.replacementOffsets, mixed: mixed)
  }
}

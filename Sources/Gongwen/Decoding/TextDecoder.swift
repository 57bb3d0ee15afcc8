import GongwenICU

/// Turns the bytes of a report into text: UTF-8 with or without BOM, UTF-16/32 with BOM,
/// and legacy Chinese encodings (GB18030/GBK, Big5) detected with ICU.
///
/// Line breaks are unified (CRLF and CR become LF) so that offsets are those of the text a
/// reader sees. Binary input is refused. The U+FFFD stand-ins for invalid bytes are listed
/// (``DecodedText/replacementOffsets``), and a file whose lines mix UTF-8 and GBK is read
/// line by line (`TextDecoder+MixedLines.swift`).
struct TextDecoder: Sendable {
  /// How many leading bytes ICU's detector looks at.
  static let detectionSampleSize = 64 * 1024

  var path: String?

  /// Decodes a whole byte array, as the buffer variant below does.
  func decode(_ bytes: [UInt8]) throws(GongwenError) -> DecodedText {
    let decoded = bytes.withUnsafeBytes { raw in Result { () throws(GongwenError) in try decode(raw) } }
    return try decoded.get()
  }

  func decode(_ bytes: UnsafeRawBufferPointer) throws(GongwenError) -> DecodedText {
    if bytes.isEmpty {
      return DecodedText(scalars: [], encoding: "UTF-8", hadByteOrderMark: false, replacementOffsets: [])
    }
    if let bom = ByteOrderMark(prefixOf: bytes) {
      let body = UnsafeRawBufferPointer(rebasing: bytes[bom.length...])
      var text = try readingMixedLines(try decode(body, charset: bom.charset), body)
      text.hadByteOrderMark = true
      return try checkedText(text)
    }
    let hasNUL = bytes.contains(0)
    if !hasNUL, let text = Self.decodeUTF8IfMostlyValid(bytes) {
      return try checkedText(try readingMixedLines(text, bytes))
    }
    let sample = UnsafeRawBufferPointer(rebasing: bytes[..<min(bytes.count, Self.detectionSampleSize)])
    guard let guess = ICUCharsetDetector.detect(sample) else { throw .binaryInput(path: path) }
    if hasNUL && !guess.name.hasPrefix("UTF-16") && !guess.name.hasPrefix("UTF-32") {
      throw .binaryInput(path: path)
    }
    var best = try decode(bytes, charset: guess.name)
    // ICU sometimes names an East Asian or Latin charset for short Chinese
    // text; GB18030 is the likeliest truth, so let the more Chinese-looking
    // decoding win.
    if !hasNUL && guess.name != "GB18030" {
      let gb = try decode(bytes, charset: "GB18030")
      if Self.chineseScore(gb.scalars) > Self.chineseScore(best.scalars) { best = gb }
    }
    // Before the checks below: a file half UTF-8, half GBK has too many stand-ins read whole
    // in either encoding, and reads cleanly line by line.
    best = try readingMixedLines(best, bytes)
    // Without a BOM or valid UTF-8 to go on, the decoding must also read like text: random
    // bytes decode "successfully" as UTF-16 into scalars scattered over the whole BMP.
    guard Self.plausibleTextShare(best.scalars) >= Self.minimumPlausibleShare else {
      throw .binaryInput(path: path)
    }
    return try checkedText(best)
  }

  /// The share of scalars a detected decoding must have in the ranges real text uses.
  static let minimumPlausibleShare = 0.9

  /// The share of `scalars` in the Unicode blocks that text (Chinese or not) is written in.
  static func plausibleTextShare(_ scalars: [Unicode.Scalar]) -> Double {
    guard !scalars.isEmpty else { return 1 }
    var plausible = 0
    for scalar in scalars {
      switch scalar.value {
      // Latin-1 and Latin Extended-A, and of Extended-B only pinyin's ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ: the
      // rest of Extended-B is what two random bytes read as UTF-16 tend to give (x\0\1\2).
      case 0x09, 0x0A, 0x0C, 0x20...0x7E, 0xA0...0x17F, 0x1CD...0x1DC, 0x370...0x4FF, 0x2000...0x27BF,
        0x2E80...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF,
        0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x1F300...0x1FAFF:
        plausible += 1
      default:
        break
      }
    }
    return Double(plausible) / Double(scalars.count)
  }

  /// Decodes as UTF-8 when the bytes are valid UTF-8, or nearly so (a few damaged
  /// sequences in otherwise UTF-8 text); `nil` when they look like another encoding.
  static func decodeUTF8IfMostlyValid(_ bytes: UnsafeRawBufferPointer) -> DecodedText? {
    // One scalar per byte that is not a continuation byte: reserving that, not one per byte,
    // keeps a Chinese text's scalars at a third of the memory (massif).
    var leadBytes = 0
    for byte in bytes where byte & 0xC0 != 0x80 { leadBytes += 1 }
    let scalars = unifiedLineBreaks(String(decoding: bytes, as: UTF8.self).unicodeScalars, capacity: leadBytes)
    var replacements = 0
    var nonASCII = 0
    for scalar in scalars {
      if scalar.value == 0xFFFD { replacements += 1 } else if scalar.value >= 0x80 { nonASCII += 1 }
    }
    // The common case, valid UTF-8 without U+FFFD, is done: no second pass over the bytes.
    guard replacements > 0 else {
      return DecodedText(scalars: scalars, encoding: "UTF-8", hadByteOrderMark: false, replacementOffsets: [])
    }
    // U+FFFD written in the file itself is text, not damage.
    let literal = countLiteralReplacementCharacters(bytes)
    replacements -= literal
    // A U+FFFD the file holds is a character of the text like any other.
    guard replacements == 0 || nonASCII + literal >= 20 * replacements else { return nil }
    guard replacements > 0 else {
      return DecodedText(scalars: scalars, encoding: "UTF-8", hadByteOrderMark: false, replacementOffsets: [])
    }
    // Only a second reading that parses sequence by sequence knows which U+FFFD are stand-ins.
    var builder = TextBuilder(capacity: scalars.count)
    builder.appendUTF8(bytes)
    return DecodedText(
      scalars: builder.scalars, encoding: "UTF-8", hadByteOrderMark: false, replacementOffsets: builder.replacementOffsets)
  }

  /// The scalars with CRLF and lone CR turned into LF.
  static func unifiedLineBreaks(_ input: String.UnicodeScalarView, capacity: Int) -> [Unicode.Scalar] {
    var scalars = [Unicode.Scalar]()
    scalars.reserveCapacity(capacity)
    var previousWasCR = false
    for scalar in input {
      if scalar.value == 0x0A && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = scalar.value == 0x0D
      scalars.append(previousWasCR ? "\n" : scalar)
    }
    return scalars
  }

  private static func countLiteralReplacementCharacters(_ bytes: UnsafeRawBufferPointer) -> Int {
    var count = 0
    var index = 0
    while index + 2 < bytes.count {
      if bytes[index] == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD {
        count += 1
        index += 3
      } else {
        index += 1
      }
    }
    return count
  }

  private func decode(_ bytes: UnsafeRawBufferPointer, charset: String) throws(GongwenError) -> DecodedText {
    if charset == "UTF-8", let text = Self.decodeUTF8IfMostlyValid(bytes) {
      return text
    }
    let decoding: ICUDecoding
    do {
      decoding = try ICUConverter.decode(bytes, charset: charset)
    } catch {
      throw .undecodable(path: path, reason: error.description)
    }
    return Self.text(decoding, encoding: charset)
  }

  /// The text of an ICU decoding, with its stand-ins placed.
  static func text(_ decoding: ICUDecoding, encoding: String) -> DecodedText {
    guard decoding.replacements.isEmpty else {
      var builder = TextBuilder(capacity: decoding.units.count)
      builder.append(decoding)
      return DecodedText(
        scalars: builder.scalars, encoding: encoding, hadByteOrderMark: false,
        replacementOffsets: builder.replacementOffsets)
    }
    let scalars = unifiedLineBreaks(
      String(decoding: decoding.units, as: UTF16.self).unicodeScalars, capacity: decoding.units.count)
    return DecodedText(scalars: scalars, encoding: encoding, hadByteOrderMark: false, replacementOffsets: [])
  }

  /// Refuses text that is mostly control characters or stand-ins: that is binary data
  /// read as text, not a report.
  private func checkedText(_ text: DecodedText) throws(GongwenError) -> DecodedText {
    guard !text.scalars.isEmpty else { return text }
    var controls = 0
    for scalar in text.scalars {
      switch scalar.value {
      case 0x09, 0x0A, 0x0C: continue
      case 0x00..<0x20, 0x7F: controls += 1
      default: continue
      }
    }
    let total = text.scalars.count
    if controls * 100 > total || (controls > 0 && total < 16) {
      throw .binaryInput(path: path)
    }
    if text.replacementCount * 10 > total {
      throw .undecodable(path: path, reason: "\(text.replacementCount) of \(total) characters are invalid in \(text.encoding)")
    }
    return text
  }

  /// A rough measure of how Chinese a decoding looks: CJK ideographs and CJK punctuation
  /// count for, stand-ins and controls against.
  static func chineseScore(_ scalars: [Unicode.Scalar]) -> Int {
    var score = 0
    for scalar in scalars {
      switch scalar.value {
      case 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF01...0xFF5E: score += 1
      case 0xFFFD, 0x00..<0x09, 0x0E..<0x20: score -= 4
      default: break
      }
    }
    return score
  }
}

/// A byte-order mark at the start of a file, and the charset it announces.
struct ByteOrderMark: Equatable {
  var charset: String
  var length: Int

  init?(prefixOf bytes: UnsafeRawBufferPointer) {
    func starts(with prefix: [UInt8]) -> Bool {
      bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
    }
    if starts(with: [0xEF, 0xBB, 0xBF]) {
      (charset, length) = ("UTF-8", 3)
    } else if starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
      (charset, length) = ("UTF-32LE", 4)
    } else if starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
      (charset, length) = ("UTF-32BE", 4)
    } else if starts(with: [0xFF, 0xFE]) {
      (charset, length) = ("UTF-16LE", 2)
    } else if starts(with: [0xFE, 0xFF]) {
      (charset, length) = ("UTF-16BE", 2)
    } else if starts(with: [0x84, 0x31, 0x95, 0x33]) {
      (charset, length) = ("GB18030", 4)
    } else {
      return nil
    }
  }
}

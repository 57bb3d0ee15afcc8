import GongwenICU

/// Collects decoded scalars, turning CRLF and lone CR into LF and remembering which scalars
/// stand in for invalid bytes.
///
/// The decoder's fast paths (valid UTF-8, ICU output without stand-ins) do not use it: they
/// have no stand-ins to place. It serves text with invalid bytes and files read line by line
/// in two encodings, where the line break state must carry over from one piece to the next
/// (a CR ending one line and the LF that follows it are one break).
struct TextBuilder {
  private(set) var scalars: [Unicode.Scalar] = []
  private(set) var replacementOffsets: [Int] = []
  private var previousWasCR = false

  init(capacity: Int) {
    scalars.reserveCapacity(capacity)
  }

  mutating func append(_ scalar: Unicode.Scalar) {
    if scalar.value == 0x0A && previousWasCR {
      previousWasCR = false
      return
    }
    previousWasCR = scalar.value == 0x0D
    scalars.append(previousWasCR ? "\n" : scalar)
  }

  /// Appends a U+FFFD standing in for an invalid byte sequence.
  mutating func appendReplacement() {
    previousWasCR = false
    replacementOffsets.append(scalars.count)
    scalars.append("\u{FFFD}")
  }

  /// Appends `bytes` read as UTF-8.
  ///
  /// Each maximal invalid subpart becomes one stand-in, as `String(decoding:as:)` does, so
  /// this gives the same scalars as the fast path; only it knows which U+FFFD are stand-ins.
  mutating func appendUTF8(_ bytes: UnsafeRawBufferPointer) {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): append(Unicode.UTF8.decode(encoded))
      case .error: appendReplacement()
      case .emptyInput: return
      }
    }
  }

  /// Appends text ICU decoded, with its stand-ins marked.
  mutating func append(_ decoding: ICUDecoding) {
    let units = decoding.units
    var nextReplacement = 0
    var index = 0
    while index < units.count {
      if nextReplacement < decoding.replacements.count && decoding.replacements[nextReplacement] == index {
        appendReplacement()
        nextReplacement += 1
        index += 1
        continue
      }
      let unit = units[index]
      if let scalar = Unicode.Scalar(unit) {
        append(scalar)
        index += 1
      } else if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]),
        let scalar = Unicode.Scalar(0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(units[index + 1] - 0xDC00))
      {
        append(scalar)
        index += 2
      } else {
        // ICU reports unpaired surrogates itself; this only keeps a stray one from vanishing.
        appendReplacement()
        index += 1
      }
    }
  }

  /// Counts what `bytes` hold when read as UTF-8, without keeping the scalars.
  static func utf8Census(_ bytes: UnsafeRawBufferPointer) -> UTF8Census {
    var census = UTF8Census()
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded): if encoded.count > 1 { census.nonASCII += 1 }
      case .error: census.invalid += 1
      case .emptyInput: return census
      }
    }
  }
}

/// What some bytes hold when read as UTF-8.
struct UTF8Census: Equatable {
  /// Valid multi-byte sequences (non-ASCII scalars).
  var nonASCII = 0
  /// Invalid sequences, each of which would become one U+FFFD.
  var invalid = 0
}

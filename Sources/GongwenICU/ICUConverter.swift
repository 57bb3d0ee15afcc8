internal import CICU

/// A failure reported by ICU, with ICU's own error name (e.g. `U_FILE_ACCESS_ERROR`).
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What the package asked ICU to do.
  public var operation: String
  /// ICU's `u_errorName` for the status.
  public var code: String

  public var description: String { "\(operation) failed: \(code)" }
}

/// Text that ICU decoded, and where in it ICU stood in for bytes it could not read.
public struct ICUDecoding: Sendable, Equatable {
  /// The UTF-16 code units.
  public var units: [UInt16]
  /// Indexes into ``units`` of the U+FFFD stand-ins for invalid or unmappable byte sequences,
  /// ascending. A U+FFFD that the input itself encodes is text and is not listed.
  public var replacements: [Int]
}

/// Converts bytes in a legacy or UTF-16 encoding to UTF-16 code units with ICU's `ucnv`.
public enum ICUConverter {
  /// Decodes all of `bytes` from `charset`.
  ///
  /// Each invalid or unmappable byte sequence becomes one U+FFFD, as ICU's default
  /// substitution callback would write, and its position is recorded.
  public static func decode(_ bytes: UnsafeRawBufferPointer, charset: String) throws(ICUError) -> ICUDecoding {
    let converter = try open(charset)
    defer { cicu_ucnv_close(converter) }
    return try decode(bytes, with: converter, charset: charset)
  }

  /// Decodes each of `pieces` of `bytes` on its own, with one converter for all of them.
  ///
  /// The converter is reset between pieces, so a broken sequence at the end of one piece
  /// cannot swallow the start of the next. Opening one converter per piece would cost more
  /// than converting a short line.
  public static func decode(
    _ bytes: UnsafeRawBufferPointer, pieces: [Range<Int>], charset: String
  ) throws(ICUError) -> [ICUDecoding] {
    let converter = try open(charset)
    defer { cicu_ucnv_close(converter) }
    var decodings: [ICUDecoding] = []
    decodings.reserveCapacity(pieces.count)
    for piece in pieces {
      cicu_ucnv_resetToUnicode(converter)
      decodings.append(try decode(UnsafeRawBufferPointer(rebasing: bytes[piece]), with: converter, charset: charset))
    }
    return decodings
  }

  private static func open(_ charset: String) throws(ICUError) -> OpaquePointer {
    var status = U_ZERO_ERROR
    guard let converter = cicu_ucnv_open(charset, &status), cicu_failure(status) == 0 else {
      throw ICUError(operation: "ucnv_open(\(charset))", code: String(cString: cicu_error_name(status)))
    }
    cicu_ucnv_stop_on_invalid(converter, &status)
    guard cicu_failure(status) == 0 else {
      cicu_ucnv_close(converter)
      throw ICUError(operation: "ucnv_setToUCallBack(\(charset))", code: String(cString: cicu_error_name(status)))
    }
    return converter
  }

  private static func decode(
    _ bytes: UnsafeRawBufferPointer, with converter: OpaquePointer, charset: String
  ) throws(ICUError) -> ICUDecoding {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return ICUDecoding(units: [], replacements: []) }
    // Every encoding handled here yields at most one UTF-16 unit per byte (GB18030's
    // four-byte sequences become a surrogate pair, an invalid sequence one U+FFFD), so one
    // buffer of `bytes.count` units needs no second pass.
    let capacity = bytes.count + 1
    var failure: UErrorCode = U_ZERO_ERROR
    var replacements: [Int] = []
    let units = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
      count = 0
      guard let start = buffer.baseAddress else { return }
      let input = source.assumingMemoryBound(to: CChar.self)
      var target: UnsafeMutablePointer<UInt16>? = start
      var cursor: UnsafePointer<CChar>? = UnsafePointer(input)
      // ICU stops after each bad sequence with the cursor past it; the stand-in is written
      // here and the conversion resumes, which gives the same text as ICU's substitution
      // callback but says where the stand-ins are.
      while true {
        var status: UErrorCode = U_ZERO_ERROR
        cicu_ucnv_toUnicode(converter, &target, start + capacity, &cursor, input + bytes.count, 1, &status)
        guard cicu_is_invalid_input(status) != 0, let written = target, written < start + capacity else {
          failure = status
          break
        }
        replacements.append(start.distance(to: written))
        written.pointee = 0xFFFD
        target = written + 1
      }
      count = target.map { start.distance(to: $0) } ?? 0
    }
    if cicu_failure(failure) != 0 {
      throw ICUError(operation: "ucnv_toUnicode(\(charset))", code: String(cString: cicu_error_name(failure)))
    }
    return ICUDecoding(units: units, replacements: replacements)
  }
}

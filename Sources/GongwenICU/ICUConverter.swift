internal import CICU

/// A failure reported by ICU, with ICU's own error name (e.g. `U_FILE_ACCESS_ERROR`).
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What the package asked ICU to do.
  public var operation: String
  /// ICU's `u_errorName` for the status.
  public var code: String

  public var description: String { "\(operation) failed: \(code)" }
}

/// Converts bytes in a legacy or UTF-16 encoding to UTF-16 code units with ICU's `ucnv`.
public enum ICUConverter {
  /// Decodes all of `bytes` from `charset` into UTF-16 code units.
  ///
  /// Bytes that are invalid in `charset` become U+FFFD, as ICU's default
  /// substitution callback does; the caller reports them.
  public static func utf16(
    from bytes: UnsafeRawBufferPointer, charset: String
  ) throws(ICUError) -> [UInt16] {
    var status = U_ZERO_ERROR
    guard let converter = cicu_ucnv_open(charset, &status), cicu_failure(status) == 0 else {
      throw ICUError(operation: "ucnv_open(\(charset))", code: String(cString: cicu_error_name(status)))
    }
    defer { cicu_ucnv_close(converter) }
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return [] }

    // Every encoding handled here yields at most one UTF-16 unit per byte
    // (GB18030's four-byte sequences become a surrogate pair), so one
    // buffer of `bytes.count` units needs no second pass.
    let capacity = bytes.count + 1
    var failure: UErrorCode = U_ZERO_ERROR
    let units = [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
      count = 0
      guard let start = buffer.baseAddress else { return }
      let input = source.assumingMemoryBound(to: CChar.self)
      var target: UnsafeMutablePointer<UInt16>? = start
      var cursor: UnsafePointer<CChar>? = UnsafePointer(input)
      cicu_ucnv_toUnicode(
        converter, &target, start + capacity, &cursor, input + bytes.count, 1, &failure)
      count = target.map { start.distance(to: $0) } ?? 0
    }
    if cicu_failure(failure) != 0 {
      throw ICUError(operation: "ucnv_toUnicode(\(charset))", code: String(cString: cicu_error_name(failure)))
    }
    return units
  }
}

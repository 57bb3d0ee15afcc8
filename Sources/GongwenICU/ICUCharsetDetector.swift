internal import CICU

/// ICU's best guess at the character set of some bytes (`ucsdet`).
public struct ICUCharsetGuess: Sendable, Equatable {
  /// ICU's canonical name, e.g. `"GB18030"`, `"UTF-16LE"`, `"Big5"`.
  public var name: String
  /// ICU's confidence, 0–100.
  public var confidence: Int
}

/// Charset detection over ICU's `ucsdet`.
public enum ICUCharsetDetector {
  /// Detects the charset of `bytes`; `nil` when ICU has no answer.
  ///
  /// Only ICU's first answer is used: on GB18030 text its runner-up is
  /// EUC-JP at ~75, which is never what a Chinese report is in.
  public static func detect(_ bytes: UnsafeRawBufferPointer) -> ICUCharsetGuess? {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
    var status = U_ZERO_ERROR
    guard let detector = cicu_ucsdet_open(&status), cicu_failure(status) == 0 else { return nil }
    defer { cicu_ucsdet_close(detector) }
    let length = Int32(clamping: bytes.count)
    cicu_ucsdet_setText(detector, base.assumingMemoryBound(to: CChar.self), length, &status)
    guard cicu_failure(status) == 0,
      let match = cicu_ucsdet_detect(detector, &status), cicu_failure(status) == 0,
      let name = cicu_ucsdet_getName(match, &status), cicu_failure(status) == 0
    else { return nil }
    let confidence = cicu_ucsdet_getConfidence(match, &status)
    guard cicu_failure(status) == 0 else { return nil }
    return ICUCharsetGuess(name: String(cString: name), confidence: Int(confidence))
  }
}

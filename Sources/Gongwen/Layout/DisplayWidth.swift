/// How wide a scalar (as written, not folded: "，" is wide, "," narrow) is set in a Chinese page: ideographs, kana, full-width forms and the
/// punctuation Chinese type sets full width (“” ‘’ — …) take two columns, the rest one.
///
/// A PDF wraps at a width in columns, so a line with digits or Latin letters holds more
/// scalars than one of ideographs only.
enum DisplayWidth {
  @inline(__always)
  static func columns(_ value: UInt32) -> Int {
    if value < 0x1100 { return 1 }
    if value >= 0x2010 && value <= 0x206F { return 2 }
    if value < 0x2E80 { return 1 }
    if value >= 0xFF61 && value <= 0xFFDC { return 1 }  // half-width katakana and hangul
    return 2
  }
}

/// The per-scalar fold that the matchers see: full-width ASCII (Ａ１％（）．) becomes ASCII,
/// and the ideographic space, no-break space and zero-width characters become a plain space.
///
/// One scalar always folds to one scalar, so an offset in the folded view is the same
/// offset in the original text and no offset map is needed.
enum FullwidthFolding {
  @inline(__always)
  static func fold(_ value: UInt32) -> UInt32 {
    switch value {
    case 0xFF01...0xFF5E: return value &- 0xFEE0
    case 0x3000, 0x00A0, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return 0x20
    case 0xFE6A: return 0x25  // ﹪
    case 0x2236: return 0x3A  // ∶ ratio colon, typed for a colon
    default: return value
    }
  }
}

extension String {
  /// The string's scalars as the matchers see them, for comparing with ``SourceText/folded``.
  var foldedScalars: [UInt32] { unicodeScalars.map { FullwidthFolding.fold($0.value) } }

  /// The string as the matchers see it: every scalar passed through ``FullwidthFolding``.
  var fullwidthFolded: String {
    var view = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if let folded = Unicode.Scalar(FullwidthFolding.fold(scalar.value)) { view.append(folded) }
    }
    return String(view)
  }
}

/// Text decoded from bytes: Unicode scalars with line breaks unified to LF.
struct DecodedText: Sendable {
  var scalars: [Unicode.Scalar]
  /// The encoding the bytes were in, by ICU's name.
  var encoding: String
  var hadByteOrderMark: Bool
  /// Offsets into ``scalars`` of the U+FFFD stand-ins written for invalid bytes, ascending.
  ///
  /// A U+FFFD that the file itself holds (EF BF BD in UTF-8) is text, not damage, and is not
  /// listed: counting every U+FFFD would call a valid file broken.
  var replacementOffsets: [Int]

  /// How many scalars stand in for invalid bytes.
  var replacementCount: Int { replacementOffsets.count }
}


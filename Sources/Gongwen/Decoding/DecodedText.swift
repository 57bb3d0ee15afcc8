/// Text decoded from bytes: Unicode scalars with line breaks unified to LF.
struct DecodedText: Sendable {
  var scalars: [Unicode.Scalar]
  /// The encoding the bytes were in, by ICU's name. For a file whose lines are in two
  /// encodings, the one that read more lines; ``mixed`` tells the rest.
  var encoding: String
  var hadByteOrderMark: Bool
  /// Offsets into ``scalars`` of the U+FFFD stand-ins written for invalid bytes, ascending.
  ///
  /// A U+FFFD that the file itself holds (EF BF BD in UTF-8) is text, not damage, and is not
  /// listed: counting every U+FFFD would call a valid file broken.
  var replacementOffsets: [Int]
  /// How the lines divided between two encodings, for a file that mixes them; `nil` for a
  /// file read in one encoding.
  var mixed: MixedLines? = nil

  /// How many scalars stand in for invalid bytes.
  var replacementCount: Int { replacementOffsets.count }
}

/// How the lines of a file written in two encodings were read: UTF-8 text pasted into a GBK
/// file, or GBK lines appended to a UTF-8 one.
struct MixedLines: Sendable, Equatable {
  /// Lines holding non-ASCII bytes that were read in ``DecodedText/encoding`` (ASCII-only
  /// lines read the same in both encodings and are not counted).
  var primaryLines: Int
  /// The other encoding's name.
  var secondaryEncoding: String
  /// Lines read in ``secondaryEncoding``.
  var secondaryLines: Int
  /// Offset into the scalars of the first line read in ``secondaryEncoding``.
  var firstSecondaryOffset: Int
}

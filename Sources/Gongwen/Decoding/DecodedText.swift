/// Text decoded from bytes: Unicode scalars with line breaks unified to LF.
struct DecodedText: Sendable {
  var scalars: [Unicode.Scalar]
  /// The encoding the bytes were in, by ICU's name.
  var encoding: String
  var hadByteOrderMark: Bool
  /// How many scalars are U+FFFD stand-ins for invalid bytes.
  var replacementCount: Int
}

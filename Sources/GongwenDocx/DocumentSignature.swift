/// What a file's first bytes say it is: a ZIP archive (a `.docx`, among others), an OLE
/// compound file (Word 97–2003 `.doc`, `.wps`, a password-protected Office file), or
/// something else (text).
package enum DocumentSignature: Hashable, Sendable {
  case zip
  case compoundFile
  case other

  /// `PK\u{3}\u{4}`: a ZIP archive's first local header (an empty archive starts `PK\u{5}\u{6}`).
  static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
  static let emptyZipMagic: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
  /// D0 CF 11 E0 A1 B1 1A E1: an OLE compound file.
  static let compoundFileMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

  package init(_ bytes: some Collection<UInt8>) {
    if bytes.starts(with: Self.zipMagic) || bytes.starts(with: Self.emptyZipMagic) {
      self = .zip
    } else if bytes.starts(with: Self.compoundFileMagic) {
      self = .compoundFile
    } else {
      self = .other
    }
  }

  /// Why a compound file is not read: encrypted (it holds an `EncryptionInfo` stream, which
  /// is how Office stores a password-protected `.docx`), a Word 97–2003 or WPS document (a
  /// `WordDocument` stream), or another Office file.
  ///
  /// The stream names are looked for as the directory writes them (UTF-16LE) anywhere in the
  /// file, rather than by walking the sector chains: a name in the text itself would be
  /// UTF-16LE in a `.doc` only, which is refused all the same.
  package static func compoundFileError(_ bytes: [UInt8]) -> DocxError {
    if contains(bytes, utf16: "EncryptionInfo") { return .encrypted }
    if contains(bytes, utf16: "WordDocument") { return .legacyWord }
    return .otherCompoundFile
  }

  private static func contains(_ bytes: [UInt8], utf16 name: String) -> Bool {
    let needle: [UInt8] = name.utf8.flatMap { byte -> [UInt8] in [byte, 0] }
    guard let first = needle.first, bytes.count >= needle.count else { return false }
    var index = 0
    let last = bytes.count - needle.count
    while index <= last {
      if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return true }
      index += 1
    }
    return false
  }
}

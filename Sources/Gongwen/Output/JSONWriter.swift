/// Writes JSON text straight into a byte buffer, without building an intermediate tree.
///
/// Foundation's `JSONEncoder` spent half of a parse's time boxing every value into its
/// own representation before writing (callgrind, 1 MB of reports); this writer appends UTF-8
/// bytes as it goes. Callers write an object's keys in sorted order themselves, so the
/// output is the same bytes for the same input (a test holds it to `JSONEncoder`'s
/// `sortedKeys` output).
struct JSONWriter {
  private(set) var bytes: [UInt8] = []
  /// Indent nested values by two spaces, one per line.
  let pretty: Bool
  private var depth = 0
  /// Whether the innermost open object or array has no member yet.
  private var empty = true
  /// Where full chunks go when streaming; `nil` keeps everything in `bytes`.
  private let sink: ((UnsafeRawBufferPointer) -> Void)?
  private let chunkSize: Int

  init(pretty: Bool = false, capacity: Int = 0) {
    self.pretty = pretty
    self.sink = nil
    self.chunkSize = .max
    bytes.reserveCapacity(capacity)
  }

  /// A writer that hands its output to `sink` in chunks of about `chunkSize` bytes, so that
  /// the JSON of a large document (five times the text) is never held whole. Call
  /// ``finish()`` at the end.
  init(pretty: Bool = false, chunkSize: Int, sink: @escaping (UnsafeRawBufferPointer) -> Void) {
    self.pretty = pretty
    self.sink = sink
    self.chunkSize = chunkSize
    bytes.reserveCapacity(chunkSize + chunkSize / 4)
  }

  /// Hands what is left to the sink.
  mutating func finish() {
    guard let sink, !bytes.isEmpty else { return }
    bytes.withUnsafeBytes(sink)
    bytes.removeAll(keepingCapacity: true)
  }

  @inline(__always)
  private mutating func flushIfFull() {
    if bytes.count >= chunkSize { finish() }
  }

  /// Writes an object; `body` writes its fields, keys in sorted order.
  mutating func object(_ body: (inout JSONWriter) -> Void) {
    open(UInt8(ascii: "{"))
    body(&self)
    close(UInt8(ascii: "}"))
  }

  /// Writes an array of `elements`.
  mutating func array<Elements: Sequence>(_ elements: Elements) where Elements.Element: JSONWritable {
    open(UInt8(ascii: "["))
    for element in elements {
      member()
      element.write(to: &self)
    }
    close(UInt8(ascii: "]"))
  }

  /// Writes a field of the open object.
  mutating func field(_ key: StaticString, _ value: some JSONWritable) {
    member()
    writeKey(key)
    value.write(to: &self)
  }

  /// Writes a field unless `value` is `nil`, as `JSONEncoder` leaves out absent optionals.
  mutating func field(_ key: StaticString, _ value: (some JSONWritable)?) {
    guard let value else { return }
    field(key, value)
  }

  /// Writes a field that the contract always holds: `null` when `value` is `nil` (a section's
  /// `title`), as a `Codable` type's explicit `encode(_:forKey:)` of an optional does.
  mutating func field(_ key: StaticString, orNull value: (some JSONWritable)?) {
    member()
    writeKey(key)
    if let value { value.write(to: &self) } else { null() }
  }

  mutating func field<Elements: Sequence>(_ key: StaticString, _ elements: Elements) where Elements.Element: JSONWritable {
    member()
    writeKey(key)
    array(elements)
  }

  mutating func field(_ key: StaticString, object body: (inout JSONWriter) -> Void) {
    member()
    writeKey(key)
    object(body)
  }

  mutating func string(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { utf8 in
      var clean = 0
      for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<offset]))
        escape(byte)
        clean = offset + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  mutating func integer(_ value: Int) {
    // Up to 15 UTF-8 bytes a String is stored inline, so this does not allocate.
    bytes.append(contentsOf: String(value).utf8)
  }

  /// A real number that always reads as one (233.0, 8.2), so that a column of them has one
  /// type in DuckDB or pandas whatever its values (issue 18: `range_high` loaded as BIGINT
  /// beside a DOUBLE `range_low`). For the flat tables; the document JSON keeps ``number(_:)``.
  mutating func real(_ value: Double) {
    if value.isFinite, value == value.rounded(), abs(value) < 9_007_199_254_740_992 {  // 2⁵³
      integer(Int(value))
      bytes.append(contentsOf: ".0".utf8)
    } else {
      number(value)
    }
  }

  /// Integral values print as integers (233, not 233.0), others in Swift's shortest
  /// round-tripping form (8.2).
  mutating func number(_ value: Double) {
    if value.isFinite, value == value.rounded(), abs(value) < 9_007_199_254_740_992 {  // 2⁵³
      integer(Int(value))
    } else if value.isFinite {
      bytes.append(contentsOf: value.description.utf8)
    } else {
      bytes.append(contentsOf: "null".utf8)
    }
  }

  mutating func null() {
    bytes.append(contentsOf: "null".utf8)
  }

  /// Writes a field whose key is only known at run time (table columns).
  mutating func field(name: String, _ value: some JSONWritable) {
    member()
    string(name)
    bytes.append(UInt8(ascii: ":"))
    if pretty { bytes.append(0x20) }
    value.write(to: &self)
  }

  mutating func boolean(_ value: Bool) {
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  // MARK: - Layout

  private mutating func open(_ bracket: UInt8) {
    bytes.append(bracket)
    depth += 1
    empty = true
  }

  private mutating func close(_ bracket: UInt8) {
    depth -= 1
    if pretty, !empty { newline() }
    bytes.append(bracket)
    empty = false
  }

  /// Starts a member of the open container: a comma after the first, and a new line.
  private mutating func member() {
    flushIfFull()
    if !empty { bytes.append(UInt8(ascii: ",")) }
    empty = false
    if pretty { newline() }
  }

  private mutating func newline() {
    bytes.append(UInt8(ascii: "\n"))
    for _ in 0..<depth { bytes.append(contentsOf: [0x20, 0x20]) }
  }

  private mutating func writeKey(_ key: StaticString) {
    bytes.append(UInt8(ascii: "\""))
    key.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    if pretty { bytes.append(0x20) }
  }

  private mutating func escape(_ byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case 0x22: bytes.append(0x22)
    case 0x5C: bytes.append(0x5C)
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    default:
      let hex = Array("0123456789abcdef".utf8)
      bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
    }
  }
}

/// A value that writes itself with a ``JSONWriter``.
protocol JSONWritable {
  func write(to writer: inout JSONWriter)
}

extension String: JSONWritable {
  func write(to writer: inout JSONWriter) { writer.string(self) }
}

extension Int: JSONWritable {
  func write(to writer: inout JSONWriter) { writer.integer(self) }
}

extension Double: JSONWritable {
  func write(to writer: inout JSONWriter) { writer.number(self) }
}

extension Bool: JSONWritable {
  func write(to writer: inout JSONWriter) { writer.boolean(self) }
}

extension JSONWritable where Self: RawRepresentable, RawValue == String {
  func write(to writer: inout JSONWriter) { writer.string(rawValue) }
}

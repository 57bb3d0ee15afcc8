/// One value of a table row.
public enum TableCell: Hashable, Sendable {
  case text(String)
  case integer(Int)
  /// A real number, written with a decimal point (700.0) so that its column has one type.
  case number(Double)
  /// A list of strings (a section path): a JSON array in JSONL, and its JSON text in a CSV or
  /// TSV cell and in SQLite (`json_each` reads it), so every format names it the same way.
  case list([String])
  case bool(Bool)
  case null

  static func optionalText(_ value: String?) -> TableCell { value.map(TableCell.text) ?? .null }
}

/// How table rows are written: CSV (RFC 4180), TSV or JSON lines.
public enum TableFormat: String, Sendable, CaseIterable {
  /// Comma-separated, fields quoted when they hold a comma, quote or line break, CRLF
  /// line ends (RFC 4180); empty for null.
  case csv
  /// Tab-separated, no quoting: tabs and line breaks inside a field become spaces.
  case tsv
  /// One JSON object per row, keys as the column names, typed values and `null`.
  case jsonl

  /// The header line (none for JSON lines); with `byteOrderMark`, CSV starts with the
  /// UTF-8 BOM that Excel needs to read Chinese text.
  public func header(_ columns: [String], byteOrderMark: Bool = false) -> [UInt8] {
    var bytes: [UInt8] = byteOrderMark && self == .csv ? [0xEF, 0xBB, 0xBF] : []
    switch self {
    case .csv, .tsv: append(columns.map(TableCell.text), to: &bytes)
    case .jsonl: break
    }
    return bytes
  }

  /// The rows as lines.
  public func encode(_ rows: [[TableCell]], columns: [String]) -> [UInt8] {
    var bytes: [UInt8] = []
    for row in rows {
      if self == .jsonl {
        var writer = JSONWriter()
        writer.object { json in
          for (column, cell) in zip(columns, row) { json.field(name: column, cell) }
        }
        bytes += writer.bytes
        bytes.append(0x0A)
      } else {
        append(row, to: &bytes)
      }
    }
    return bytes
  }

  private func append(_ row: [TableCell], to bytes: inout [UInt8]) {
    for (index, cell) in row.enumerated() {
      if index > 0 { bytes.append(self == .csv ? UInt8(ascii: ",") : 0x09) }
      let text: String
      switch cell {
      case .text(let value): text = value
      case .integer(let value): text = String(value)
      case .number(let value):
        var writer = JSONWriter()
        writer.real(value)
        text = String(decoding: writer.bytes, as: UTF8.self)
      case .bool(let value): text = value ? "true" : "false"
      case .list: text = cell.jsonText
      case .null: text = ""
      }
      if self == .csv {
        let special = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        if special {
          bytes.append(UInt8(ascii: "\""))
          for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
          }
          bytes.append(UInt8(ascii: "\""))
        } else {
          bytes += text.utf8
        }
      } else {
        bytes += text.utf8.map { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
      }
    }
    bytes += self == .csv ? [0x0D, 0x0A] : [0x0A]
  }
}

extension TableCell: JSONWritable {
  func write(to writer: inout JSONWriter) {
    switch self {
    case .text(let value): writer.string(value)
    case .integer(let value): writer.integer(value)
    case .number(let value): writer.real(value)
    case .bool(let value): writer.boolean(value)
    case .list(let values): writer.array(values)
    case .null: writer.null()
    }
  }

  /// The cell as JSON text: `["总则","第十条"]` for a list.
  var jsonText: String {
    var writer = JSONWriter()
    write(to: &writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }
}

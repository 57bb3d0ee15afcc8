import CSQLite

/// A failed SQLite call: its extended result code and SQLite's message.
struct SQLiteError: Error, Sendable, CustomStringConvertible {
  var code: Int32
  var message: String

  /// A constraint failed (a duplicate key, a missing parent): the rows of one document are
  /// wrong, the database is fine.
  var isConstraint: Bool { code & 0xFF == SQLITE_CONSTRAINT }

  var description: String { message }
}

/// One connection to a SQLite database through the system library: the only Swift code that
/// sees the C API (`CSQLite`). It turns result codes into ``SQLiteError`` and values into
/// ``TableCell``s, and finalizes and closes with checks.
///
/// Used by one task at a time (the connection is opened with `SQLITE_OPEN_NOMUTEX`).
final class SQLiteConnection {
  let path: String
  private var handle: OpaquePointer?

  /// Opens `path`, creating it when `readOnly` is false and it does not exist.
  init(path: String, readOnly: Bool = false) throws(SQLiteError) {
    self.path = path
    var handle: OpaquePointer?
    let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
    let code = sqlite3_open_v2(path, &handle, flags, nil)
    guard code == SQLITE_OK, let handle else {
      let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
      sqlite3_close_v2(handle)
      throw SQLiteError(code: code, message: message)
    }
    sqlite3_extended_result_codes(handle, 1)
    self.handle = handle
  }

  deinit {
    if let handle { sqlite3_close_v2(handle) }
  }

  private func error(_ code: Int32) -> SQLiteError {
    SQLiteError(code: code, message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code)))
  }

  /// Runs one or more statements that return no rows.
  func execute(_ sql: String) throws(SQLiteError) {
    let code = sqlite3_exec(handle, sql, nil, nil, nil)
    guard code == SQLITE_OK else { throw error(code) }
  }

  /// A compiled statement, to run many times with different values.
  func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
    var statement: OpaquePointer?
    let code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
    guard code == SQLITE_OK, let statement else { throw error(code) }
    return SQLiteStatement(statement, connection: self)
  }

  /// The rows of a query, every value as a cell (for checks and tests: it holds them all).
  func query(_ sql: String, _ parameters: [TableCell] = []) throws(SQLiteError) -> [[TableCell]] {
    let statement = try prepare(sql)
    return try statement.rows(parameters)
  }

  /// Copies every page of `source` into this database (SQLite's online backup), replacing
  /// what it held.
  func copy(from source: SQLiteConnection) throws(SQLiteError) {
    guard let backup = sqlite3_backup_init(handle, "main", source.handle, "main") else { throw error(sqlite3_errcode(handle)) }
    let stepped = sqlite3_backup_step(backup, -1)
    let finished = sqlite3_backup_finish(backup)
    guard stepped == SQLITE_DONE else { throw SQLiteError(code: stepped, message: String(cString: sqlite3_errstr(stepped))) }
    guard finished == SQLITE_OK else { throw error(finished) }
  }

  /// Closes the database, checking that SQLite could: every statement must be finalized.
  func close() throws(SQLiteError) {
    guard let handle else { return }
    let code = sqlite3_close(handle)
    guard code == SQLITE_OK else { throw error(code) }
    self.handle = nil
  }

  fileprivate func fail(_ code: Int32) -> SQLiteError { error(code) }
}

/// A prepared statement of a ``SQLiteConnection``; finalized when released.
final class SQLiteStatement {
  private let statement: OpaquePointer
  private let connection: SQLiteConnection

  fileprivate init(_ statement: OpaquePointer, connection: SQLiteConnection) {
    self.statement = statement
    self.connection = connection
  }

  deinit {
    sqlite3_finalize(statement)
  }

  /// SQLite copies bound text before the call returns.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  private func bind(_ cells: [TableCell]) throws(SQLiteError) {
    sqlite3_reset(statement)
    sqlite3_clear_bindings(statement)
    for (offset, cell) in cells.enumerated() {
      let index = Int32(offset + 1)
      let code: Int32
      switch cell {
      case .text, .list:
        var value = cell.sqliteText
        code = value.withUTF8 { buffer in
          // An empty buffer may have no address, which SQLite would take for NULL.
          guard let base = buffer.baseAddress, !buffer.isEmpty else { return sqlite3_bind_text(statement, index, "", 0, Self.transient) }
          return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            sqlite3_bind_text(statement, index, $0, Int32(buffer.count), Self.transient)
          }
        }
      case .integer(let value): code = sqlite3_bind_int64(statement, index, Int64(value))
      case .number(let value): code = sqlite3_bind_double(statement, index, value)
      case .bool(let value): code = sqlite3_bind_int64(statement, index, value ? 1 : 0)
      case .null: code = sqlite3_bind_null(statement, index)
      }
      guard code == SQLITE_OK else { throw connection.fail(code) }
    }
  }

  /// Runs the statement once with `cells` bound to its parameters, for a statement that
  /// returns no rows (an insert, a delete).
  func run(_ cells: [TableCell]) throws(SQLiteError) {
    try bind(cells)
    let code = sqlite3_step(statement)
    sqlite3_reset(statement)
    guard code == SQLITE_DONE || code == SQLITE_ROW else { throw connection.fail(code) }
  }

  /// Runs the statement with `cells` bound and returns all its rows.
  func rows(_ cells: [TableCell] = []) throws(SQLiteError) -> [[TableCell]] {
    try bind(cells)
    defer { sqlite3_reset(statement) }
    var rows: [[TableCell]] = []
    while true {
      let code = sqlite3_step(statement)
      if code == SQLITE_DONE { return rows }
      guard code == SQLITE_ROW else { throw connection.fail(code) }
      rows.append((0..<sqlite3_column_count(statement)).map(column))
    }
  }

  private func column(_ index: Int32) -> TableCell {
    switch sqlite3_column_type(statement, index) {
    case SQLITE_INTEGER: return .integer(Int(sqlite3_column_int64(statement, index)))
    case SQLITE_FLOAT: return .number(sqlite3_column_double(statement, index))
    case SQLITE_NULL: return .null
    default:
      // The text first, then its length (SQLite's documented order).
      guard let text = sqlite3_column_text(statement, index) else { return .text("") }
      let count = Int(sqlite3_column_bytes(statement, index))
      return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
    }
  }
}

extension TableCell {
  /// The text SQLite stores for a text or list cell (a list as its JSON array).
  fileprivate var sqliteText: String {
    switch self {
    case .text(let value): value
    default: jsonText
    }
  }
}

/// Writes one flat table (``TableKind``) for many documents, in input order, converting
/// them in parallel — what `gongwen documents`, `metrics`, `placeholders` and `sections` print.
public struct TableExport: Sendable {
  public var kind: TableKind
  public var format: TableFormat
  /// Start CSV with a UTF-8 byte-order mark for Excel.
  public var excel: Bool
  public var jobs: Int
  let parser: GongwenParser

  public init(
    kind: TableKind, format: TableFormat, excel: Bool = false, jobs: Int = 1,
    maxInputBytes: Int = GongwenParser.defaultMaxInputBytes
  ) {
    self.kind = kind
    self.format = format
    self.excel = excel
    self.jobs = max(1, jobs)
    self.parser = GongwenParser(maxInputBytes: maxInputBytes)
  }

  /// Hands the header and then each document's rows to `write`, in input order; returns the
  /// inputs that could not be read.
  ///
  /// - Throws: the first error `write` throws (a closed pipe, a full disk); no document is
  ///   read after it.
  public func run(
    _ items: [BatchItem], write: ([UInt8]) throws(GongwenError) -> Void
  ) async throws(GongwenError) -> [BatchFailure] {
    try write(format.header(kind.columns, byteOrderMark: excel))
    var failures: [BatchFailure] = []
    var writeError: GongwenError?
    await BatchConverter.forEachInOrder(count: items.count, jobs: jobs, { index in
      self.rows(items[index])
    }) { (_: Int, result: Result<[UInt8], BatchFailure>) -> Bool in
      switch result {
      case .success(let bytes):
        do throws(GongwenError) {
          try write(bytes)
        } catch {
          writeError = error
          return false
        }
      case .failure(let failure): failures.append(failure)
      }
      return true
    }
    if let writeError { throw writeError }
    return failures
  }

  private func rows(_ item: BatchItem) -> Result<[UInt8], BatchFailure> {
    do throws(GongwenError) {
      let bytes = try item.readBytes(limit: parser.maxInputBytes)
      let document = try parser.parse(bytes: bytes, path: item.path)
      return .success(format.encode(kind.rows(of: document, file: item.path), columns: kind.columns))
    } catch {
      return .failure(BatchFailure(error, path: item.path))
    }
  }
}

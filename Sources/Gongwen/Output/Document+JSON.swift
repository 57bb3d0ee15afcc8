#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension Document {
  /// The document as JSON per the contract in Docs/Guide.md: keys sorted, so the same input
  /// always gives the same bytes.
  ///
  /// - Parameter pretty: indent for people; compact (one line, no spaces) otherwise.
  public func jsonData(pretty: Bool = false) -> Data {
    Data(jsonBytes(pretty: pretty))
  }

  /// The document as JSON, as UTF-8 bytes; see ``jsonData(pretty:)``.
  public func jsonBytes(pretty: Bool = false) -> [UInt8] {
    // The JSON is usually 5–10 times the size of the text it describes.
    var writer = JSONWriter(pretty: pretty, capacity: source.bytes * 8)
    write(to: &writer)
    return writer.bytes
  }

  /// Writes the document as JSON (the bytes of ``jsonBytes(pretty:)``) to `sink` in chunks of
  /// about 64 KB, so that a large document's JSON — often five times its text — is never
  /// held in memory whole. The first error `sink` throws stops the writing and is rethrown.
  public func writeJSON<Failure: Error>(
    pretty: Bool = false, to sink: (UnsafeRawBufferPointer) throws(Failure) -> Void
  ) throws(Failure) {
    var failure: Failure?
    withoutActuallyEscaping(sink) { sink in
      var writer = JSONWriter(pretty: pretty, chunkSize: 1 << 16) { chunk in
        guard failure == nil else { return }
        do throws(Failure) { try sink(chunk) } catch { failure = error }
      }
      write(to: &writer)
      writer.finish()
    }
    if let failure { throw failure }
  }

  /// Decodes a document from JSON written by ``jsonData(pretty:)``.
  public init(jsonData: Data) throws {
    self = try JSONDecoder().decode(Document.self, from: jsonData)
  }
}

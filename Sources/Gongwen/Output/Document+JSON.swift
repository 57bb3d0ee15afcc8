#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension Document {
  /// The document as JSON per the contract in Docs/JSON.md: keys sorted, so the same input
  /// always gives the same bytes.
  ///
  /// - Parameter pretty: indent for people; compact otherwise.
  public func jsonData(pretty: Bool = false) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self)
  }

  /// Decodes a document from JSON written by ``jsonData(pretty:)``.
  public init(jsonData: Data) throws {
    self = try JSONDecoder().decode(Document.self, from: jsonData)
  }
}

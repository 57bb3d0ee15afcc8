import Foundation
@testable import Gongwen

/// Loads the files under `Fixtures/` at the package root.
enum Fixtures {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The five seed reports, by their number.
  static let seeds = [
    "000": "000_2f763b3cc542b0bb.txt",
    "001": "001_f4a6b982d7f4d465.txt",
    "002": "002_f787e4203b274c41.txt",
    "003": "003_a7bb66045fcf768d.txt",
    "004": "004_9c219bd1e73ba6c0.txt",
  ]

  static func path(_ name: String) -> String { root.appendingPathComponent(name).path }

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: root.appendingPathComponent(name)))
  }

  static func text(_ name: String) throws -> String {
    String(decoding: try bytes(name), as: UTF8.self)
  }

  static func seedPath(_ number: String) -> String { path(seeds[number] ?? number) }

  /// A seed parsed from its file.
  static func seed(_ number: String) throws -> Document {
    try GongwenParser().parse(contentsOfFile: seedPath(number))
  }
}

extension Document {
  /// Every section of the tree, depth first.
  var allSections: [Section] {
    func flatten(_ sections: [Section]) -> [Section] {
      sections.flatMap { [$0] + flatten($0.children) }
    }
    return flatten(outline.sections)
  }

  /// All text that ended up in the tree or the preamble, for "nothing leaked here" checks.
  var treeText: String {
    let paragraphs = outline.preamble + allSections.flatMap(\.paragraphs)
    return (paragraphs.map(\.text) + allSections.compactMap(\.title)).joined(separator: "\n")
  }
}

import Foundation
@testable import Gongwen

/// The same report laid out as real copies arrive (issue 15): the generator behind the
/// layout metamorphic tests. Seeded, so every run builds the same variants.
enum LayoutVariants {
  /// (a) Every line break removed: a whole report on one line, as speech collections and
  /// many scrapes keep it.
  static func oneLine(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: true).joined()
  }

  /// (b) Hard-wrapped as a PDF copy: every line cut into pieces of a random width in
  /// `widths` (in characters), with a line break after each piece.
  static func hardWrapped(_ text: String, widths: ClosedRange<Int> = 28...40, seed: UInt64) -> String {
    var generator = SeededGenerator(seed: seed)
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var rest = Substring(line)
      if rest.isEmpty { lines.append("") }
      while !rest.isEmpty {
        let width = Int.random(in: widths, using: &generator)
        lines.append(String(rest.prefix(width)))
        rest = rest.dropFirst(width)
      }
    }
    return lines.joined(separator: "\n")
  }

  /// (c) CRLF line ends, a two-character U+3000 indent before every non-empty line and a
  /// blank line between lines, as word processors export.
  static func wordProcessor(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : "\u{3000}\u{3000}" + $0 }
      .joined(separator: "\r\n\r\n")
  }
}

/// What a layout must not change: the headings (level, marker, title compared after NFKC
/// and with spaces removed), the metrics (value, unit, qualifiers) and the paragraph count.
struct LayoutInvariants: Equatable, CustomStringConvertible {
  struct Heading: Equatable, CustomStringConvertible {
    var level: Int
    var marker: String
    var title: String
    var description: String { "\(level) \(marker) \(title)" }
  }

  struct Quantity: Equatable, CustomStringConvertible {
    var value: Double?
    var unit: String
    var approximate: Bool
    var comparator: String?
    var low: Double?
    var high: Double?
    var description: String { "\(value.map { "\($0)" } ?? "?")\(unit)\(approximate ? "~" : "")\(comparator ?? "")" }
  }

  var headings: [Heading]
  var metrics: [Quantity]
  var paragraphs: Int

  init(_ document: Document) {
    func normalized(_ text: String) -> String {
      text.precomposedStringWithCompatibilityMapping.filter { !$0.isWhitespace }
    }
    headings = document.allSections.map {
      Heading(level: $0.level, marker: normalized($0.marker), title: normalized($0.title))
    }
    metrics = document.metrics.map {
      Quantity(
        value: $0.value, unit: $0.unit, approximate: $0.approximate, comparator: $0.comparator, low: $0.range?.low,
        high: $0.range?.high)
    }
    paragraphs = document.outline.preamble.count + document.allSections.reduce(0) { $0 + $1.paragraphs.count }
  }

  var description: String { "\(headings.count) headings, \(metrics.count) metrics, \(paragraphs) paragraphs" }
}

/// The documents the layout tests run over: every fixture report and every report of the
/// development corpus (`../shared/corpus/dev`, beside the repository), in UTF-8.
enum LayoutCorpus {
  static var texts: [(name: String, text: String)] {
    var result: [(String, String)] = []
    for name in Fixtures.seeds.values.sorted() {
      if let text = try? Fixtures.text(name) { result.append((name, text)) }
    }
    let dev = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("shared/corpus/dev")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dev.path)) ?? []
    for name in names.sorted() where name.hasSuffix(".txt") {
      if let data = try? Data(contentsOf: dev.appendingPathComponent(name)) {
        result.append((name, String(decoding: data, as: UTF8.self)))
      }
    }
    return result
  }
}

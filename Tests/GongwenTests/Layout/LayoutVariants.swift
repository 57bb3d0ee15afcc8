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

  /// (b) Hard-wrapped as a PDF copy: one page width per document, drawn from `widths` (in
  /// ideographs), and every line cut into pieces that fill it. Widths are counted in columns
  /// as a page sets them: an ideograph or Chinese punctuation takes two, a digit or Latin
  /// letter one, so a piece with numbers holds more characters. Line breaks stay where they
  /// were; the last piece of a line is whatever is left.
  static func hardWrapped(_ text: String, widths: ClosedRange<Int> = 28...40, seed: UInt64) -> String {
    wrap(text, columns: 2 * pageWidth(widths: widths, seed: seed)).lines.joined(separator: "\n")
  }

  /// How many paragraph breaks of `text` hard wrapping makes invisible: a line whose last
  /// piece fills the page, followed by a line that starts flush. Nothing tells such a break
  /// from a line that goes on (a reader of the PDF copy cannot tell either), so layout
  /// recovery joins the two; the metamorphic test allows this many paragraphs fewer.
  static func hiddenParagraphBreaks(_ text: String, widths: ClosedRange<Int> = 28...40, seed: UInt64) -> Int {
    wrap(text, columns: 2 * pageWidth(widths: widths, seed: seed)).hiddenBreaks
  }

  private static func wrap(_ text: String, columns: Int) -> (lines: [String], hiddenBreaks: Int) {
    var lines: [String] = []
    var hiddenBreaks = 0
    var lastPieceFull = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if lastPieceFull, let first = line.unicodeScalars.first, first != " ", first != "\u{3000}" { hiddenBreaks += 1 }
      var piece = String.UnicodeScalarView()
      var used = 0
      for scalar in line.unicodeScalars {
        let width = columnWidth(scalar)
        if used + width > columns {
          lines.append(String(piece))
          piece = String.UnicodeScalarView()
          used = 0
        }
        piece.append(scalar)
        used += width
      }
      lines.append(String(piece))
      lastPieceFull = used >= columns - 1
    }
    return (lines, hiddenBreaks)
  }

  /// The page width a seed gives, in ideographs (for messages).
  static func pageWidth(widths: ClosedRange<Int> = 28...40, seed: UInt64) -> Int {
    var generator = SeededGenerator(seed: seed)
    return Int.random(in: widths, using: &generator)
  }

  /// Two columns for East Asian wide characters and the punctuation Chinese type sets full
  /// width, one for the rest (ASCII, Latin letters, half-width forms).
  private static func columnWidth(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.value {
    case 0..<0x1100: 1
    case 0x2010...0x206F: 2
    case 0x1100..<0x2E80: 1
    case 0xFF61...0xFFDC: 1
    default: 2
    }
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
      Heading(level: $0.level, marker: normalized($0.marker), title: normalized($0.title ?? ""))
    }
    metrics = document.metrics.map {
      Quantity(
        value: $0.value, unit: $0.unit, approximate: $0.approximate, comparator: $0.comparator?.rawValue, low: $0.range?.low,
        high: $0.range?.high)
    }
    paragraphs = document.outline.preamble.count + document.allSections.reduce(0) { $0 + $1.paragraphs.count }
  }

  var description: String { "\(headings.count) headings, \(metrics.count) metrics, \(paragraphs) paragraphs" }

  /// How many headings two outlines share in the same order (their longest common
  /// subsequence): a heading lost or garbled costs one, and nothing after it shifts.
  static func commonCount(_ first: [Heading], _ second: [Heading]) -> Int {
    guard !first.isEmpty, !second.isEmpty else { return 0 }
    var previous = [Int](repeating: 0, count: second.count + 1)
    for heading in first {
      var current = [Int](repeating: 0, count: second.count + 1)
      for (index, other) in second.enumerated() {
        current[index + 1] = heading == other ? previous[index] + 1 : max(previous[index + 1], current[index])
      }
      previous = current
    }
    return previous[second.count]
  }
}

/// The documents the layout tests run over: every fixture report and every report of the
/// development corpus (`../shared/corpus/dev`, beside the repository), in UTF-8.
enum LayoutCorpus {
  /// A seed per document, from its name (FNV-1a), so that each document gets its own page
  /// width and the same one on every run.
  static func seed(_ name: String) -> UInt64 {
    name.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
  }

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

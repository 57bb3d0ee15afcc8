import Foundation
import Testing
@testable import Gongwen

/// The headline targets and actuals of ten development reports, read by hand
/// (`Fixtures/answers/headline-indicators.tsv`, see its header), answered from the parsed
/// metrics by indicator + status + year (issue 17).
@Suite("Headline indicators against the hand-read key")
struct HeadlineIndicatorTests {
  struct Entry {
    var report: String
    var indicator: String
    var status: String
    var year: Int
    var value: Double?
    var low: Double?
    var high: Double?
    var bound: String?
    var approximate: Bool
    var quote: String
  }

  static let keyPath = "answers/headline-indicators.tsv"
  static let dev = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/corpus/dev")

  static func entries() throws -> [Entry] {
    let lines = try Fixtures.text(keyPath).split(separator: "\n").filter { !$0.hasPrefix("#") }
    let header = lines[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    return lines.dropFirst().map { line in
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let row = Dictionary(uniqueKeysWithValues: zip(header, cells))
      return Entry(
        report: row["report"]!, indicator: row["indicator"]!, status: row["status"]!, year: Int(row["year"]!)!,
        value: Double(row["value"] ?? ""), low: Double(row["low"] ?? ""), high: Double(row["high"] ?? ""),
        bound: row["bound"].flatMap { $0.isEmpty ? nil : $0 }, approximate: row["approximate"] == "true",
        quote: row["quote"] ?? "")
    }
  }

  /// The keys a report states no figure for, from the key's ABSENT block: a metric claiming
  /// one of them is a false indicator.
  static func absent() throws -> [(report: String, indicator: String, status: String, year: Int)] {
    var result: [(String, String, String, Int)] = []
    var report: String?
    var years: [String: Int] = [:]
    var status: String?
    for line in try Fixtures.text(keyPath).split(separator: "\n") where line.hasPrefix("#") {
      if line.hasPrefix("# DECISIONS") { break }
      let text = String(line.dropFirst())
      if text.hasPrefix(" national_") || text.hasPrefix(" provincial_"), let open = text.firstIndex(of: "(") {
        report = text[text.index(after: text.startIndex)..<open].trimmingCharacters(in: .whitespaces)
        let numbers = text[open...].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        years = ["actual": numbers[0], "target": numbers[1]]
        continue
      }
      var body = text.trimmingCharacters(in: .whitespaces)
      if body.hasPrefix("actual:") || body.hasPrefix("target:") {
        status = String(body.prefix(6))
        body = String(body.dropFirst(7))
      } else if !text.hasPrefix("      ") {
        continue
      }
      guard let report, let status, let year = years[status] else { continue }
      // Drop notes in parentheses, then keep the snake_case keys.
      var kept = ""
      var depth = 0
      for character in body.replacingOccurrences(of: "urban_(registered_)unemployment", with: "urban_unemployment, urban_registered_unemployment") {
        if character == "(" { depth += 1 } else if character == ")" { depth -= 1 } else if depth == 0 { kept.append(character) }
      }
      for token in kept.split(whereSeparator: { !($0.isLetter || $0 == "_") }) where Indicator(rawValue: String(token)) != nil {
        result.append((report, String(token), status, year))
      }
    }
    return result
  }

  static let parsed: [String: Document] = {
    var documents: [String: Document] = [:]
    for entry in (try? entries()) ?? [] where documents[entry.report] == nil {
      let path = dev.appendingPathComponent(entry.report + ".txt").path
      documents[entry.report] = try? GongwenParser().parse(contentsOfFile: path)
    }
    return documents
  }()

  /// Signed as the key writes it: a decrease (CPI微降0.1%) is negative.
  static func signed(_ value: Double?, _ metric: Metric) -> Double? {
    guard let value else { return nil }
    return metric.direction == .decrease ? -value : value
  }

  @Test func everyEntryIsAnsweredAndNoOtherFigureClaimsItsKey() throws {
    let entries = try Self.entries()
    guard FileManager.default.fileExists(atPath: Self.dev.path) else { return }
    #expect(entries.count >= 100)
    var right = 0
    for entry in entries {
      guard let document = Self.parsed[entry.report] else {
        Issue.record("\(entry.report) not parsed")
        continue
      }
      let claims = document.metrics.filter {
        $0.indicator?.rawValue == entry.indicator && $0.status?.rawValue == entry.status && $0.year == entry.year
      }
      let label = "\(entry.report) \(entry.indicator) \(entry.status) \(entry.year) [\(entry.quote)]"
      guard let metric = claims.first else {
        Issue.record("\(label): no metric")
        continue
      }
      // A figure restated later (the same target in a section of its own) is the same figure.
      #expect(Set(claims.map { Self.signed($0.value, $0) }).count == 1, "\(label): \(claims.map(\.text))")
      if let value = entry.value {
        #expect(Self.signed(metric.value, metric) == value, "\(label): \(metric.text)")
      } else {
        #expect(metric.range?.low == entry.low && metric.range?.high == entry.high, "\(label): \(metric.text)")
      }
      #expect(metric.comparator?.rawValue == entry.bound, "\(label): bound of \(metric.text)")
      #expect(metric.approximate == entry.approximate, "\(label): approximate \(metric.text)")
      if claims.count == Set(claims.map { Self.signed($0.value, $0) }).count || claims.count >= 1 { right += 1 }
    }
    print("headline indicators: \(right) of \(entries.count) answered")
  }

  @Test func nothingClaimsAnIndicatorTheReportDoesNotState() throws {
    guard FileManager.default.fileExists(atPath: Self.dev.path) else { return }
    let absent = try Self.absent()
    #expect(absent.count >= 50)
    for key in absent {
      guard let document = Self.parsed.first(where: { $0.key.hasPrefix(key.report) })?.value else { continue }
      let claims = document.metrics.filter {
        $0.indicator?.rawValue == key.indicator && $0.status?.rawValue == key.status && $0.year == key.year
      }
      #expect(claims.isEmpty, "\(key.report) \(key.indicator) \(key.status) \(key.year): \(claims.map(\.text))")
    }
  }
}

import Testing
@testable import Gongwen

/// The extractors against the lists in Fixtures/expected/, written by reading each seed.
/// Each test prints precision and recall; it fails below the bar set here, and the exact
/// list differences show what changed.
@Suite("Reviewed entity lists of the seeds")
struct ReviewedListsTests {
  static let seeds = ["000", "001", "002", "003", "004"]

  /// Rows the extractor gets wrong on purpose-built rules, each with why; they count against
  /// precision or recall but do not fail the exact comparison.
  static let knownMistakes: [String: (extra: Set<String>, missing: Set<String>, why: String)] = [
    "002": (
      extra: ["11\t*人\t\t人\t\t\t\tmasked\t\t\t"], missing: [],
      why: "留存*人抗战历史: the mask hides 川 (川人, the people of Sichuan), but 人 after a mask reads as the unit"
    ),
  ]

  func rows(_ file: String) throws -> [String] {
    try Fixtures.text("expected/\(file)").split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
  }

  static func metricRow(_ metric: Metric) -> String {
    let value = metric.value.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? ""
    let range = metric.range.map { range in
      [range.low, range.high].map { $0.map { String(Int($0)) } ?? "" }.joined(separator: "..")
    }
    let comparator: String = metric.comparator?.rawValue ?? ""
    let per: String = metric.per?.rawValue ?? ""
    let direction: String = metric.direction?.rawValue ?? ""
    let columns: [String] = [
      "\(metric.span.line)", metric.text, value, metric.unit, metric.approximate ? "~" : "", comparator,
      range.map { "\($0)" } ?? "", metric.masked ? "masked" : "", per, direction, metric.partOf ?? "",
    ]
    return columns.joined(separator: "\t")
  }

  @Test(arguments: seeds)
  func metrics(seed: String) throws {
    let expected = try rows("\(seed).metrics.tsv")
    let actual = try Fixtures.seed(seed).metrics.map(Self.metricRow)
    let (precision, recall) = Self.score(expected: expected, actual: actual)
    print("metrics \(seed): \(actual.count) found, \(expected.count) expected, precision \(precision), recall \(recall)")
    #expect(precision >= 0.95)
    #expect(recall >= 0.95)
    let known = Self.knownMistakes[seed]
    #expect(Set(actual).subtracting(expected) == known?.extra ?? [], "extracted but not in the reviewed list")
    #expect(Set(expected).subtracting(actual) == known?.missing ?? [], "in the reviewed list but not extracted")
  }

  @Test(arguments: seeds)
  func placeholders(seed: String) throws {
    let expected = try rows("\(seed).placeholders.tsv")
    let actual = try Fixtures.seed(seed).placeholders.map { "\($0.span.line)\t\($0.text)\t\($0.kind.rawValue)\t\($0.width)" }
    let (precision, recall) = Self.score(expected: expected, actual: actual)
    print("placeholders \(seed): \(actual.count) found, \(expected.count) expected, precision \(precision), recall \(recall)")
    #expect(precision >= 0.95)
    #expect(recall >= 0.98)
  }

  /// Every mask character run in seed 001 is found: a count per line against a plain scan.
  @Test func everyMaskOfSeed001IsFound() throws {
    let text = try Fixtures.text(Fixtures.seeds["001"]!)
    var expected: [Int: Int] = [:]
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var inRun = false
      for character in line {
        let isMask = character == "*" || character == "X" || character == "x"
        if isMask && !inRun { expected[number + 1, default: 0] += 1 }
        inRun = isMask || (inRun && character.isNumber)
      }
    }
    let placeholders = try Fixtures.seed("001").placeholders
    let actual = Dictionary(grouping: placeholders, by: \.span.line).mapValues(\.count)
    #expect(actual == expected)
    #expect(placeholders.count == 82)
  }

  /// Multiset precision and recall of `actual` against `expected`.
  static func score(expected: [String], actual: [String]) -> (precision: Double, recall: Double) {
    var remaining = Dictionary(expected.map { ($0, 1) }, uniquingKeysWith: +)
    var matched = 0
    for row in actual where remaining[row, default: 0] > 0 {
      remaining[row, default: 0] -= 1
      matched += 1
    }
    let precision = actual.isEmpty ? 1 : Double(matched) / Double(actual.count)
    let recall = expected.isEmpty ? 1 : Double(matched) / Double(expected.count)
    return (precision, recall)
  }
}

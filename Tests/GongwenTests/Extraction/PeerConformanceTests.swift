import Foundation
import Testing
@testable import Gongwen

/// ``NumberRecognizer`` and ``NumberRangeRecognizer`` against Recognizers-Text's Chinese
/// Number, Percent and NumberRange specs (Fixtures/peer). Each case passes when every
/// expected item is found with the same text, offsets and value, and nothing else is.
///
/// Every case counts, including those marked NotSupported upstream (that flag is about
/// Recognizers-Text's own Python port). The only cases left out are listed in
/// `intendedDifferences` with their reason; NumberRange cases where our bounds differ on
/// purpose are compared under our reading (`ourReading(of:input:)`). Pass rates are held as
/// floors so that they can only go up.
@Suite("Recognizers-Text conformance")
struct PeerConformanceTests {
  struct Case: Decodable {
    struct Expected: Decodable {
      var Text: String
      var Start: Int
      var End: Int
      var Resolution: [String: String]?
    }
    var Input: String
    var NotSupported: String?
    var Results: [Expected]
  }

  static func cases(_ name: String) throws -> [Case] {
    var data = try Data(contentsOf: Fixtures.root.appendingPathComponent("peer/recognizers-text/\(name).json"))
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { data.removeFirst(3) }
    return try JSONDecoder().decode([Case].self, from: data)
  }

  /// Inputs our reader does not try to cover, on purpose.
  static let intendedDifferences: [(model: String, reason: String, matches: @Sendable (String) -> Bool)] = [
    ("NumberModel", "currency amounts: Recognizers-Text leaves the number of 一美元 to its currency model; we read it", {
      $0.contains("美元") || $0.contains("美刀")
    }),
    ("NumberModel", "个百分点 is a percentage point: the Number spec reads 六千零五十一个百分点 as a plain number, the Percent spec as a percentage; we follow the Percent spec", {
      $0.contains("个百分点") || $0.contains("個百分點")
    }),
    ("NumberModel", "a percentage is reported once: the Number spec also wants the number inside 百分之五十五点五七九", {
      $0.hasPrefix("百分之")
    }),
  ]

  /// The numbers ``NumberRecognizer`` finds in `input` of the kinds the model covers.
  func recognized(_ input: String, percent: Bool) -> [Found] {
    let folded = SourceText(input).folded
    return NumberRecognizer.numbers(in: input).compactMap { number in
      let isPercent = number.kind == .percent || number.kind == .percentagePoint
      guard isPercent == percent else { return nil }
      // Recognizers-Text reports text folded to half width and lower case.
      let text = String(String.UnicodeScalarView(folded[number.span.start..<number.span.end].compactMap(Unicode.Scalar.init))).lowercased()
      return Found(text: text, start: number.span.start, end: number.span.end - 1, value: number.value)
    }
  }

  struct Found: CustomStringConvertible {
    var text: String
    var start: Int
    var end: Int
    var value: Double
    var description: String { "\(text)@\(start)-\(end)=\(value)" }

    /// Same text and offsets, and a value equal to 12 significant digits (the specs print
    /// doubles with 15, so 350.333333333333 stands for 350⅓).
    func matches(_ expected: Case.Expected) -> Bool {
      guard text == expected.Text.lowercased(), start == expected.Start, end == expected.End,
        let raw = expected.Resolution?["value"], let value = Double(raw.replacingOccurrences(of: "%", with: ""))
      else { return false }
      return abs(value - self.value) <= 1e-12 * max(1, abs(value))
    }
  }

  func passRate(_ name: String, percent: Bool) throws -> (passed: Int, applicable: Int, excluded: Int) {
    var passed = 0
    var applicable = 0
    var excluded = 0
    var failures: [String] = []
    for test in try Self.cases(name) {
      if Self.intendedDifferences.contains(where: { $0.model == name && $0.matches(test.Input) }) {
        excluded += 1
        continue
      }
      applicable += 1
      let actual = recognized(test.Input, percent: percent)
      if actual.count == test.Results.count, zip(actual, test.Results).allSatisfy({ $0.matches($1) }) {
        passed += 1
      } else {
        failures.append("\(test.Input) → \(actual) expected \(test.Results.map { "\($0.Text)@\($0.Start)-\($0.End)=\($0.Resolution?["value"] ?? "")" })")
      }
    }
    // GONGWEN_PEER_FAILURES=1 swift test --filter PeerConformance lists what still differs.
    if ProcessInfo.processInfo.environment["GONGWEN_PEER_FAILURES"] != nil {
      print(failures.joined(separator: "\n"))
    }
    return (passed, applicable, excluded)
  }

  @Test func numberAndPercentPassRate() throws {
    let number = try passRate("NumberModel", percent: false)
    let percent = try passRate("PercentModel", percent: true)
    let passed = number.passed + percent.passed
    let applicable = number.applicable + percent.applicable
    let rate = Double(passed) / Double(applicable)
    print("Recognizers-Text conformance: Number \(number.passed)/\(number.applicable) (excluded \(number.excluded)), "
      + "Percent \(percent.passed)/\(percent.applicable) (excluded \(percent.excluded)), total \(passed)/\(applicable)")
    #expect(rate >= Self.floor, "pass rate \(rate) fell below \(Self.floor)")
  }

  /// The floors measured when the recognizer landed; raise them as it improves. The issue's
  /// target is 95% of Number + Percent + NumberRange.
  static let floor = 0.99  // 506 of 509 on 2026-11-24 (127 of 417 with the first reader)

  // MARK: - NumberRange

  /// Where our bounds differ from Recognizers-Text's on purpose. Chinese official usage
  /// (《民法典》第一千二百五十九条) makes 以上, 以下 and 以内 include the number, and a
  /// range written 1—2次 or 一到五 includes both ends; Recognizers-Text makes 以上 and
  /// 以下 exclusive and ranges half-open. Such cases are compared under our reading: the
  /// text, offsets and numbers must still match exactly.
  static func ourReading(of interval: String, input text: String) -> String {
    var interval = interval
    let inclusiveSuffix = ["以上", "以下", "以内"].contains { text.contains($0) }
    let betweenForm = ["到", "至", "~", "-", "–", "—", "之间", "间"].contains { text.contains($0) }
    if inclusiveSuffix || betweenForm {
      if interval.hasPrefix("("), !interval.hasPrefix("(,") { interval = "[" + interval.dropFirst() }
      if interval.hasSuffix(")"), !interval.hasSuffix(",)") { interval = interval.dropLast() + "]" }
    }
    return interval
  }

  func rangePassRate() throws -> (passed: Int, applicable: Int, underOurReading: Int) {
    var passed = 0
    var underOurReading = 0
    var failures: [String] = []
    let cases = try Self.cases("NumberRangeModel")
    for test in cases {
      let folded = SourceText(test.Input).folded
      let actual = NumberRangeRecognizer.ranges(in: test.Input).map { range in
        let text = String(String.UnicodeScalarView(folded[range.span.start..<range.span.end].compactMap(Unicode.Scalar.init))).lowercased()
        return (text, range.span.start, range.span.end - 1, Self.interval(range))
      }
      let expected = test.Results.map { ($0.Text.lowercased(), $0.Start, $0.End, $0.Resolution?["value"] ?? "") }
      func same(_ reading: (String) -> String) -> Bool {
        actual.count == expected.count
          && zip(actual, expected).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 && $0.2 == $1.2 && $0.3 == reading($1.3) }
      }
      if same({ $0 }) {
        passed += 1
      } else if same({ Self.ourReading(of: $0, input: test.Input) }) {
        passed += 1
        underOurReading += 1
      } else {
        failures.append("\(test.Input) → \(actual) expected \(expected)")
      }
    }
    if ProcessInfo.processInfo.environment["GONGWEN_PEER_FAILURES"] != nil {
      print(failures.joined(separator: "\n"))
    }
    return (passed, cases.count, underOurReading)
  }

  /// Recognizers-Text's interval notation: [20,30), (500,), (,100].
  static func interval(_ range: RecognizedRange) -> String {
    func show(_ value: Double?) -> String {
      guard let value else { return "" }
      return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
    let open = range.lower == nil ? "(" : range.lowerInclusive ? "[" : "("
    let close = range.upper == nil ? ")" : range.upperInclusive ? "]" : ")"
    return open + show(range.lower) + "," + show(range.upper) + close
  }

  @Test func numberRangePassRate() throws {
    let result = try rangePassRate()
    print("Recognizers-Text NumberRange: \(result.passed)/\(result.applicable), \(result.underOurReading) of them under our reading of 以上/以下 and ranges")
    #expect(Double(result.passed) / Double(result.applicable) >= Self.rangeFloor)
  }

  static let rangeFloor = 0.95  // 63 of 65 on 2026-11-24
}

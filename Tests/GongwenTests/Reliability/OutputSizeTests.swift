import Foundation
import Gongwen
import Testing

/// Output stays linear in input whatever the input holds (issue 14): the JSON of the
/// adversarial patterns of `Scripts/adversarial.py` — markers repeated with every separator,
/// one marker per line, nested markers, masks, dense numbers, a one-line report — is at most
/// a fixed multiple of the input, and four times the input gives at most four times the JSON
/// (plus 15%). Before the fix, `（一）；富。（二）` repeated 2,400 times gave 78 MB of JSON.
@Suite("output size is linear in input")
struct OutputSizeTests {
  /// The patterns of `Fixtures/adversarial-patterns.json` (shared with
  /// `Scripts/adversarial.py`), by name. Those whose entities carry Chinese text must stay
  /// within 40 bytes of JSON per input byte; the `asciiDense` ones (one entity every two or
  /// three ASCII bytes: each entity's JSON — span, kind, section path — is about 130 bytes)
  /// within 100.
  static let all: [(name: String, text: String, asciiDense: Bool)] = {
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: Fixtures.path("adversarial-patterns.json"))),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let entries = object["patterns"] as? [[String: Any]]
    else { return [] }
    return entries.compactMap { entry in
      guard let name = entry["name"] as? String, let text = entry["text"] as? String else { return nil }
      return (name, text, entry["asciiDense"] as? Bool ?? false)
    }
  }()
  static let patterns = Dictionary(uniqueKeysWithValues: all.filter { !$0.asciiDense }.map { ($0.name, $0.text) })
  static let asciiDense = Dictionary(uniqueKeysWithValues: all.filter(\.asciiDense).map { ($0.name, $0.text) })

  @Test func thePatternsAreLoaded() {
    #expect(Self.patterns.count >= 15 && Self.asciiDense.count >= 3)
  }

  static func repeated(_ pattern: String, toBytes size: Int) -> String {
    var text = ""
    let unit = pattern.utf8.count
    text.reserveCapacity(size + unit)
    for _ in 0..<(size / unit) { text += pattern }
    return text
  }

  static func jsonBytes(_ text: String) -> Int {
    var count = 0
    GongwenParser().parse(text: text).writeJSON { (chunk: UnsafeRawBufferPointer) in count += chunk.count }
    return count
  }

  static let size = 32 * 1024

  @Test(arguments: patterns.keys.sorted())
  func jsonIsAtMostFortyTimesTheInput(name: String) {
    let text = Self.repeated(Self.patterns[name]!, toBytes: Self.size)
    let json = Self.jsonBytes(text)
    #expect(json <= 40 * text.utf8.count, "\(name): \(json) bytes of JSON for \(text.utf8.count)")
  }

  @Test(arguments: patterns.keys.sorted() + asciiDense.keys.sorted())
  func fourTimesTheInputGivesAtMostFourTimesTheJSON(name: String) {
    let pattern = Self.patterns[name] ?? Self.asciiDense[name]!
    let small = Self.jsonBytes(Self.repeated(pattern, toBytes: Self.size))
    let large = Self.jsonBytes(Self.repeated(pattern, toBytes: 4 * Self.size))
    #expect(Double(large) <= 4 * 1.15 * Double(small), "\(name): \(small) → \(large) bytes")
  }

  @Test(arguments: asciiDense.keys.sorted())
  func asciiDenseEntitiesStayUnderTheirPerEntityBound(name: String) {
    let text = Self.repeated(Self.asciiDense[name]!, toBytes: Self.size)
    let json = Self.jsonBytes(text)
    #expect(json <= 100 * text.utf8.count, "\(name): \(json) bytes of JSON for \(text.utf8.count)")
  }

  /// A real report with every line break removed: one paragraph of 10,000 characters,
  /// repeated. Its enumerations must not repeat the paragraph per item.
  @Test func aOneLineReportStaysSmall() throws {
    let report = try Fixtures.text("004_9c219bd1e73ba6c0.txt").replacing("\n", with: "")
    let text = Self.repeated(report, toBytes: 4 * Self.size)
    let json = Self.jsonBytes(text)
    #expect(json <= 40 * text.utf8.count)
  }

  /// The trial's first reproducer, exactly.
  @Test func theTrialsQuadraticReproducerIsLinear() {
    let text = String(repeating: "（一）；富。（二）", count: 2_400)
    #expect(Self.jsonBytes(text) <= 40 * text.utf8.count)
  }
}

/// YAML front matter (a markdown file's `---` block at the very start): set aside as
/// boilerplate, but its `title:` and `date:` say what the body may not.
///
/// - `title:` is the document's title when the body has none of its own (a title line at the
///   top, or a lone `# 标题`).
/// - `date:` is the date of signing (`signingDate`, 成文日期: the date a document carries)
///   when the body ends in none. ISO dates (`2026-01-20`, `2026-01-20T08:00:00+08:00`,
///   `2026/1/20`) and Chinese ones (`2026年1月20日`) are read.
///
/// Only top-level keys count, their value on the same line, quotes (`"…"`, `'…'`) left out. A
/// value that is used becomes front matter with its range the value alone (what its span
/// shows); the fences and every other key stay boilerplate.
extension FrontMatterReader {
  struct YAMLValues: Equatable {
    /// The line index and the value's range of `title:`.
    var title: (index: Int, value: Range<Int>)?
    var date: (index: Int, value: Range<Int>)?

    static func == (lhs: YAMLValues, rhs: YAMLValues) -> Bool {
      lhs.title?.index == rhs.title?.index && lhs.title?.value == rhs.title?.value
        && lhs.date?.index == rhs.date?.index && lhs.date?.value == rhs.date?.value
    }
  }

  static let yamlTitleKey = "title"
  static let yamlDateKey = "date"

  /// The `title:` and `date:` values of the front matter between the fences at `open` and
  /// `close` (line indices).
  func yamlValues(_ lines: [ClassifiedLine], open: Int, close: Int) -> YAMLValues {
    var values = YAMLValues()
    for index in open + 1..<close where lines[index].kind != .blank {
      let range = lines[index].range
      // A nested key ("  title: …" under another key) is indented.
      guard text.lineStarts[lines[index].number - 1] == range.lowerBound else { continue }
      if values.title == nil, let value = yamlValue(of: Self.yamlTitleKey, in: range) {
        values.title = (index, value)
      } else if values.date == nil, let value = yamlValue(of: Self.yamlDateKey, in: range) {
        values.date = (index, value)
      }
    }
    return values
  }

  /// The value of `key: value` on the line `range`, without quotes; nil when the line holds
  /// another key or no value.
  private func yamlValue(of key: String, in range: Range<Int>) -> Range<Int>? {
    guard let length = text.match(key, at: range.lowerBound, limit: range.upperBound) else { return nil }
    var cursor = Scalar.skippingSpaces(text.folded, from: range.lowerBound + length, limit: range.upperBound)
    guard cursor < range.upperBound, text.folded[cursor] == Scalar.colon else { return nil }
    cursor += 1
    var value = text.trimmed(cursor..<range.upperBound)
    if value.count >= 2, let first = value.first.map({ text.folded[$0] }), first == 0x22 || first == 0x27,
      text.folded[value.upperBound - 1] == first
    {
      value = text.trimmed(value.lowerBound + 1..<value.upperBound - 1)
    }
    return value.isEmpty ? nil : value
  }

  /// The ISO value of a YAML date: `2026-01-20`, `2026/1/20`, `2026.1.20`, with any time after
  /// it (`T08:00:00+08:00`, ` 08:00`); or a Chinese date that is the whole value.
  func yamlDateValue(_ range: Range<Int>) -> String? {
    let folded = text.folded
    var cursor = range.lowerBound
    func number(maxDigits: Int) -> Int? {
      let start = cursor
      var value = 0
      while cursor < range.upperBound, Scalar.isDigit(folded[cursor]), cursor - start < maxDigits {
        value = value * 10 + Int(folded[cursor] - 0x30)
        cursor += 1
      }
      return cursor > start ? value : nil
    }
    func separator() -> UInt32? {
      guard cursor < range.upperBound, [0x2D, 0x2F, Scalar.dot].contains(folded[cursor]) else { return nil }
      cursor += 1
      return folded[cursor - 1]
    }
    let start = cursor
    if let year = number(maxDigits: 4), cursor - start == 4, let first = separator(), let month = number(maxDigits: 2),
      separator() == first, let day = number(maxDigits: 2), (1...12).contains(month), (1...31).contains(day),
      cursor == range.upperBound || folded[cursor] == 0x54 || Scalar.isSpace(folded[cursor])
    {
      func padded(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
      return "\(year)-\(padded(month))-\(padded(day))"
    }
    return dateValue(ofWholeLine: range)
  }
}

extension Outline {
  /// The section tree as indented lines for people: marker, title, role and paragraph count.
  ///
  /// ```
  /// 一、 2021年工作成效 [achievements] (0 ¶)
  ///   （一） xx学习教育 [achievements] (1 ¶)
  /// ```
  public func treeDump() -> String {
    var lines: [String] = []
    if let title { lines.append("title: \(title)") }
    if let salutation { lines.append("salutation: \(salutation.text)") }
    if !preamble.isEmpty { lines.append("preamble (\(preamble.count) ¶)") }
    func visit(_ section: Section, depth: Int) {
      let indent = String(repeating: "  ", count: depth)
      let marker = section.marker.isEmpty ? "§" : section.marker
      let title = section.title.isEmpty ? "—" : section.title
      lines.append("\(indent)\(marker) \(title) [\(section.role.rawValue)] (\(section.paragraphs.count) ¶)")
      for child in section.children { visit(child, depth: depth + 1) }
    }
    for section in sections { visit(section, depth: 0) }
    if let closing { lines.append("closing: \(closing.text)") }
    if !boilerplate.isEmpty { lines.append("boilerplate: \(boilerplate.count) line(s)") }
    return lines.joined(separator: "\n")
  }
}

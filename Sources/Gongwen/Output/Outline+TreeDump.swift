extension Outline {
  /// The section tree as indented lines for people: the document's type, number, title,
  /// dateline, issuer and date of signing (those present), kind and period, then each
  /// section's marker (§ when it has none), title (— when it has none), role, paragraph count
  /// and inline enumeration items, then each attachment with its own tree.
  ///
  /// ```
  /// docType: summary
  /// kind: mixed · period: 2021 (plan: 2022)
  /// 一、 2021年工作成效 [achievements] (0 ¶)
  ///   （一） xx学习教育 [achievements] (1 ¶, 6 items)
  /// ```
  public func treeDump() -> String {
    var lines: [String] = []
    lines.append("docType: \(docType.rawValue)")
    if let number { lines.append("number: \(number.text)") }
    if let title { lines.append("title: \(title)") }
    if let dateline { lines.append("dateline: \(dateline.text)" + (dateline.date.map { " [\($0)]" } ?? "")) }
    if let issuer { lines.append("issuer: \(issuer.text)") }
    if let signingDate { lines.append("date: \(signingDate.text)" + (signingDate.value.map { " [\($0)]" } ?? "")) }
    lines.append("kind: \(kind.rawValue) · period: \(period.map(\.summary) ?? "unknown")")
    if let salutation { lines.append("salutation: \(salutation.text)") }
    if !preamble.isEmpty { lines.append("preamble (\(preamble.count) ¶)") }
    func visit(_ section: Section, depth: Int) {
      let indent = String(repeating: "  ", count: depth)
      let marker = section.marker.isEmpty ? "§" : section.marker
      let title = section.title ?? "—"
      let items = section.paragraphs.reduce(0) { $0 + $1.enumerations.count }
      let counts = "\(section.paragraphs.count) ¶" + (items > 0 ? ", \(items) items" : "")
      lines.append("\(indent)\(marker) \(title) [\(section.role.rawValue)] (\(counts))")
      for child in section.children { visit(child, depth: depth + 1) }
    }
    for section in sections { visit(section, depth: 0) }
    if let closing { lines.append("closing: \(closing.text)") }
    for (offset, attachment) in attachments.enumerated() {
      let name = [attachment.label, attachment.title].compactMap { $0 }.joined(separator: " ")
      lines.append("attachment \(offset + 1): \(name.isEmpty ? "—" : name) [\(attachment.docType.rawValue)]")
      if let dateline = attachment.dateline {
        lines.append("  dateline: \(dateline.text)" + (dateline.date.map { " [\($0)]" } ?? ""))
      }
      if !attachment.preamble.isEmpty { lines.append("  preamble (\(attachment.preamble.count) ¶)") }
      for section in attachment.sections { visit(section, depth: 1) }
    }
    if !boilerplate.isEmpty { lines.append("boilerplate: \(boilerplate.count) line(s)") }
    return lines.joined(separator: "\n")
  }
}

extension Period {
  /// "2021", "2021 H1", "masked H1", "H1 (plan: H2)" — for the tree view.
  var summary: String {
    func describe(_ year: Int?, _ masked: Bool, _ part: PeriodPart) -> String {
      let year = year.map(String.init) ?? (masked ? "masked" : "")
      let part = part == .full ? "" : part.rawValue
      return [year, part].filter { !$0.isEmpty }.joined(separator: " ")
    }
    var text = describe(year, masked, part)
    if let plan { text += " (plan: \(describe(plan.year, plan.masked, plan.part)))" }
    return text.isEmpty ? "unknown" : text
  }
}

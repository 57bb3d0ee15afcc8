/// Turns a report in any layout into the logical lines the rest of the pipeline reads: one
/// line per paragraph, heading or framing line.
///
/// Reports arrive hard-wrapped out of a PDF, as one line out of a speech collection, or
/// copied from a sharing site with spaces inside numbers. Each phase of repairs is a set of
/// ``LayoutEdits`` on the text the phase before left; their offsets compose into one
/// ``OriginMap`` back to the original, so every span the document reports still indexes the
/// text the user gave. A text that needs no repair is returned as it is.
struct LayoutRecovery: Sendable {
  let text: SourceText

  /// The repairs, in the order a reader makes them: first the lines are put back together
  /// (hard wraps joined, stray spaces dropped), then run-on lines are broken before their
  /// headings — which needs the joined lines, since a one-line speech may also arrive
  /// hard-wrapped.
  static let phases: [@Sendable (SourceText) -> LayoutEdits] = [
    { text in
      var edits = HardWrapJoiner(text: text).joins()
      edits.formUnion(SpacingRepair(text: text).removals())
      return edits
    },
    { text in RunInHeadingSplitter(text: text).breaks() },
  ]

  /// The logical text and its map to the original, or nil when the layout needs no repair.
  func recover() -> (text: SourceText, origin: OriginMap)? {
    var current = text
    var offsets: [Int]?
    for phase in Self.phases {
      let edits = phase(current)
      guard !edits.isEmpty else { continue }
      let (edited, local) = edits.apply(to: current)
      // Offsets into the previous phase's text, composed down to the original.
      offsets = offsets.map { previous in local.map { previous[$0] } } ?? local
      current = edited
    }
    return offsets.map { (current, OriginMap(offsets: $0, original: text)) }
  }
}

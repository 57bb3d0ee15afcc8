/// Turns a report in any layout into the logical lines the rest of the pipeline reads: one
/// line per paragraph, heading or framing line.
///
/// Reports arrive hard-wrapped out of a PDF, as one line out of a speech collection, or
/// copied from a sharing site with spaces inside numbers. Each repair is a set of
/// ``LayoutEdits`` computed on the original text; applied together they give the logical
/// text and an ``OriginMap`` back to the original, so every span the document reports still
/// indexes the text the user gave. A text that needs no repair is returned as it is.
struct LayoutRecovery: Sendable {
  let text: SourceText

  /// The repairs, in the order a reader would make them.
  func edits() -> LayoutEdits {
    var edits = LayoutEdits()
    edits.formUnion(HardWrapJoiner(text: text).joins())
    edits.formUnion(SpacingRepair(text: text).removals())
    edits.formUnion(RunInHeadingSplitter(text: text).breaks())
    return edits
  }

  /// The logical text and its map to the original, or nil when the layout needs no repair.
  func recover() -> (text: SourceText, origin: OriginMap)? {
    let edits = edits()
    return edits.isEmpty ? nil : edits.apply(to: text)
  }
}

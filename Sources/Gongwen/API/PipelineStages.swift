/// The pipeline's stages one by one, for the benchmarks in `Benchmarks/` that time each
/// stage on its own. Not API: the stages' inputs and outputs may change at any time.
@_spi(Benchmarks) public enum PipelineStages {
  /// Decoded text, ready for the later stages.
  public struct Text: Sendable {
    let text: SourceText
    /// The number of Unicode scalars.
    public var count: Int { text.count }
  }

  /// The section tree with what the extractors read.
  public struct Tree: Sendable {
    let text: SourceText
    let built: OutlineBuilder.Result
    public var sectionCount: Int { built.outline.sections.count }
  }

  /// Decode (encoding detection, conversion, line breaks) and fold.
  public static func decode(_ bytes: [UInt8]) throws(GongwenError) -> Text {
    Text(text: SourceText(scalars: try TextDecoder(path: nil).decode(bytes).scalars))
  }

  /// Layout recovery: the logical lines of a hard-wrapped, run-on or scraped text (the text
  /// itself when its layout needs no repair).
  public static func recoverLayout(_ text: Text) -> Text {
    Text(text: LayoutRecovery(text: text.text).recover()?.text ?? text.text)
  }

  /// Classify lines, read the front matter, build the tree, and read sentences, enumerations, kind and period.
  public static func outline(_ text: Text) -> Tree {
    let lines = LineClassifier(text: text.text).classify()
    var built = DocumentReader(text: text.text).build(lines)
    GongwenParser.annotate(&built, text: text.text)
    return Tree(text: text.text, built: built)
  }

  /// Extract every entity; returns how many were found.
  public static func extract(_ tree: Tree) -> Int {
    let entities = GongwenParser.extract(from: tree.built, text: tree.text)
    return entities.metrics.count + entities.placeholders.count + entities.dates.count + entities.references.count
      + entities.titles.count
  }
}

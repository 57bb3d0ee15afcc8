extension Document {
  /// The text of the report that `span` covers: a metric's, a paragraph's, a section's.
  ///
  /// ```swift
  /// let document = try GongwenParser().parse(contentsOfFile: "Fixtures/003_a7bb66045fcf768d.txt")
  /// let metric = document.metrics[0]
  /// print(document.text(of: metric.span) == metric.text)   // true
  /// ```
  ///
  /// Spans count Unicode scalars of the decoded text (see ``Span``), so this is the slice
  /// Python's `text[start:end]` gives of the same text. It is the text as the file holds
  /// it: for a report whose layout was recovered (a hard-wrapped PDF copy, a scraped page),
  /// spans index the original text, so a slice may hold the line breaks or spaces that the
  /// entity's own `text` leaves out.
  ///
  /// The document keeps the decoded text for this, as the array of Unicode scalars the
  /// parser decoded into: shared, not copied, so it costs no time, and 4 bytes per character
  /// for as long as the document lives (a document's sections and paragraphs already hold
  /// most of the text again as strings). It is not encoded: the JSON contract is unchanged,
  /// and a document decoded from JSON (``init(jsonData:)``) or built with the memberwise
  /// `init(source:outline:…)` has no text. Nor does it take part in `==` and hashing: it follows from the source bytes,
  /// which ``Source/sha256`` already stands for.
  ///
  /// - Returns: the text, or nil when the document holds no text (decoded from JSON, built
  ///   by hand) or `span` does not lie within it.
  public func text(of span: Span) -> String? {
    retainedText.string(span.start..<span.end)
  }

  /// The whole text every ``Span`` indexes: the decoded file, or for a Word document
  /// (``InputFormat/docx``) the text Gongwen read out of it (paragraphs and table rows,
  /// automatic numbers written in; Docs/Docx.md). `gongwen parse --text` prints it.
  ///
  /// Nil for a document that was not parsed (decoded from JSON, built by hand).
  public var text: String? {
    retainedText.string(0..<retainedText.count)
  }

  /// The decoded text a document keeps for ``text(of:)``.
  struct RetainedText: Hashable, Sendable {
    /// The scalars, or nil for a document that was not parsed from text.
    private let scalars: [Unicode.Scalar]?

    init(_ scalars: [Unicode.Scalar]? = nil) {
      self.scalars = scalars
    }

    /// The number of scalars; 0 without a text.
    var count: Int { scalars?.count ?? 0 }

    /// The text of `range`, nil outside the text.
    func string(_ range: Range<Int>) -> String? {
      guard let scalars, range.lowerBound >= 0, range.upperBound <= scalars.count else { return nil }
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars[range])
      return String(text)
    }

    // Derived from the source bytes, so not part of the document's identity.
    static func == (_: RetainedText, _: RetainedText) -> Bool { true }
    func hash(into _: inout Hasher) {}
  }
}

#if canImport(FoundationXML)
  import FoundationXML
#endif
import Foundation

/// Walks an XML part with Foundation's `XMLParser` (libxml2's SAX reader) and hands each
/// event to a ``XMLEventHandler``, with names stripped of their namespace prefix.
///
/// WordprocessingML always writes its elements with a prefix (`w:p`, `w:t`), but the prefix
/// is the writer's choice: `w` is a convention, not a rule. Matching local names keeps the
/// reader indifferent to it; the few names that clash across namespaces (none that Gongwen
/// reads) would need the namespace URI.
struct XMLEventReader {
  /// Parses `data`, calling `handler` for each start tag, end tag and run of text.
  ///
  /// - Throws: ``DocxError/damaged(_:)`` when the XML is not well formed.
  static func read<Handler: XMLEventHandler>(_ data: Data, part: String, into handler: inout Handler) throws(DocxError) {
    // From a stream, which the parser reads in chunks: given all the data at once, libxml2's
    // push parser refuses an input whose unparsed rest exceeds 10 MB ("huge input lookup",
    // XML_MAX_LOOKUP_LIMIT), and Word writes document.xml as one line.
    let parser = XMLParser(stream: InputStream(data: data))
    let delegate = Delegate(handler)
    parser.delegate = delegate
    parser.shouldProcessNamespaces = false
    parser.shouldResolveExternalEntities = false
    guard parser.parse() else {
      // Foundation's text for libxml2's errors says nothing ("The operation could not be
      // completed"): the error number is libxml2's code (xmlParserErrors).
      let reason = parser.parserError.map { "not well-formed XML (libxml2 error \(($0 as NSError).code))" } ?? "not well-formed XML"
      throw .damaged("\(part): \(reason) (line \(parser.lineNumber))")
    }
    // libxml2 reports no error for a part that stops inside an element: a part cut short
    // (a file saved half-way) would read as a shorter document.
    guard delegate.sawRoot, delegate.depth == 0 else {
      throw .damaged("\(part): \(delegate.sawRoot ? "ends inside an element" : "holds no XML element")")
    }
    handler = delegate.handler
  }

  /// The local part of a qualified name: `p` for `w:p`.
  @inline(__always)
  static func localName(_ name: String) -> Substring {
    guard let colon = name.firstIndex(of: ":") else { return Substring(name) }
    return name[name.index(after: colon)...]
  }

  private final class Delegate<Handler: XMLEventHandler>: NSObject, XMLParserDelegate {
    var handler: Handler
    var depth = 0
    var sawRoot = false

    init(_ handler: Handler) {
      self.handler = handler
    }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      depth += 1
      sawRoot = true
      handler.start(XMLEventReader.localName(elementName), attributes: XMLAttributes(attributes))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
      depth -= 1
      handler.end(XMLEventReader.localName(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      handler.characters(string)
    }
  }
}

/// What an XML part's reader does with its events.
protocol XMLEventHandler {
  mutating func start(_ name: Substring, attributes: XMLAttributes)
  mutating func end(_ name: Substring)
  mutating func characters(_ text: String)
}

/// An element's attributes, looked up by local name (`val` finds `w:val`).
struct XMLAttributes {
  let values: [String: String]

  init(_ values: [String: String]) {
    self.values = values
  }

  subscript(_ localName: String) -> String? {
    if let value = values["w:" + localName] { return value }
    for (key, value) in values where XMLEventReader.localName(key) == localName { return value }
    return nil
  }

  /// The attribute as an integer, nil when absent or not a number.
  func integer(_ localName: String) -> Int? {
    self[localName].flatMap { Int($0) }
  }

  /// A WordprocessingML on/off value (`<w:vanish/>`, `w:val="false"`): on unless it says
  /// `false`, `0` or `off`.
  var isOn: Bool {
    guard let value = self["val"] else { return true }
    return !(value == "false" || value == "0" || value == "off")
  }
}

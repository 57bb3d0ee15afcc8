// The JSON contract, field by field. Keys are written in sorted order (the order
// `JSONEncoder.OutputFormatting.sortedKeys` gives), absent optionals are left out, and every
// type's keys match its `Codable` coding keys, so `Document(jsonData:)` reads the output back.

extension Document: JSONWritable {
  func write(to writer: inout JSONWriter) {
    write(to: &writer, id: nil)
  }

  /// The document with a stream request's `id` among its keys, in their sorted place: a
  /// stream result is the document itself, not a document inside another object.
  func write(to writer: inout JSONWriter, id: ((inout JSONWriter) -> Void)?) {
    writer.object { json in
      json.field("dates", dates)
      json.field("diagnostics", diagnostics)
      json.field("document", outline)
      id?(&json)
      json.field("metrics", metrics)
      json.field("placeholders", placeholders)
      json.field("references", references)
      json.field("schemaVersion", schemaVersion)
      json.field("source", source)
      json.field("titles", titles)
    }
  }
}

extension Source: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("bom", bom)
      json.field("bytes", bytes)
      json.field("encoding", encoding)
      json.field("format", format)
      json.field("path", path)
      json.field("sha256", sha256)
    }
  }
}

extension Outline: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("addressees", addressees)
      json.field("attachmentList", attachmentList)
      json.field("attachments", attachments)
      json.field("boilerplate", boilerplate)
      json.field("closing", closing)
      json.field("copyTo", copyTo)
      json.field("dateline", dateline)
      json.field("docType", docType)
      json.field("issuer", issuer)
      json.field("kind", kind)
      json.field("masthead", masthead)
      json.field("note", note)
      json.field("number", number)
      json.field("period", period)
      json.field("preamble", preamble)
      json.field("printing", printing)
      json.field("salutation", salutation)
      json.field("sections", sections)
      json.field("signer", signer)
      json.field("signingDate", signingDate)
      json.field("speaker", speaker)
      json.field("title", title)
      json.field("titleSpan", titleSpan)
    }
  }
}

extension BoilerplateLine: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("line", line)
      json.field("text", text)
    }
  }
}

extension DocumentKind: JSONWritable {}
extension InputFormat: JSONWritable {}
extension DocumentType: JSONWritable {}

extension MatterLine: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("span", span)
      json.field("text", text)
    }
  }
}

extension Dateline: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("date", date)
      json.field("span", span)
      json.field("text", text)
    }
  }
}

extension Speaker: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("name", name)
      json.field("office", office)
      json.field("span", span)
      json.field("text", text)
    }
  }
}

extension OrganList: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("organs", organs)
      json.field("span", span)
      json.field("text", text)
    }
  }
}

extension DateLine: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("span", span)
      json.field("text", text)
      json.field("value", value)
    }
  }
}

extension PrintingLine: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("date", date)
      json.field("office", office)
      json.field("span", span)
      json.field("text", text)
    }
  }
}

extension Attachment: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("dateline", dateline)
      json.field("docType", docType)
      json.field("label", label)
      json.field("preamble", preamble)
      json.field("sections", sections)
      json.field("span", span)
      json.field("title", title)
    }
  }
}
extension PeriodPart: JSONWritable {}
extension HeadingStyle: JSONWritable {}
extension SectionRole: JSONWritable {}
extension PlaceholderKind: JSONWritable {}
extension Diagnostic.Severity: JSONWritable {}

extension Period: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("masked", masked)
      json.field("part", part)
      json.field("plan", plan)
      json.field("year", year)
    }
  }
}

extension PlannedPeriod: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("masked", masked)
      json.field("part", part)
      json.field("year", year)
    }
  }
}

extension Section: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("children", children)
      json.field("id", id)
      json.field("level", level)
      json.field("marker", marker)
      json.field("number", number)
      json.field("paragraphs", paragraphs)
      json.field("role", role)
      json.field("span", span)
      json.field("style", style)
      json.field("title", orNull: title)
    }
  }
}

extension Paragraph: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("enumerations", enumerations)
      json.field("sentences", sentences)
      json.field("span", span)
      json.field("text", text)
    }
  }
}

extension Enumeration: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("marker", marker)
      json.field("ordinal", ordinal)
      json.field("span", span)
      json.field("text", text)
    }
  }
}

extension Span: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("end", end)
      json.field("line", line)
      json.field("start", start)
    }
  }
}

extension SectionReference: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("sectionId", sectionId)
      json.field("sectionPath", sectionPath)
    }
  }
}

extension Metric: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("approximate", approximate)
      json.field("comparator", comparator)
      json.field("direction", direction)
      json.field("id", id)
      json.field("indicator", indicator?.rawValue)
      json.field("kind", kind)
      json.field("masked", masked)
      json.field("normalizedRange", normalizedRange)
      json.field("normalizedUnit", normalizedUnit)
      json.field("normalizedValue", normalizedValue)
      json.field("partOf", partOf)
      json.field("per", per)
      json.field("placeholderIds", placeholderIds)
      json.field("range", range)
      json.field("section", section)
      json.field("span", span)
      json.field("status", status?.rawValue)
      json.field("subject", subject)
      json.field("text", text)
      json.field("unit", unit)
      json.field("value", value)
      json.field("valueText", valueText)
      json.field("year", year)
      json.field("years", years)
    }
  }
}

extension YearSpan: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("first", first)
      json.field("last", last)
    }
  }
}

extension Metric.Kind: JSONWritable {}
extension Metric.Comparator: JSONWritable {}
extension Metric.Direction: JSONWritable {}
extension Metric.Per: JSONWritable {}

extension MetricRange: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("high", high)
      json.field("low", low)
    }
  }
}

extension Placeholder: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("id", id)
      json.field("kind", kind)
      json.field("section", section)
      json.field("span", span)
      json.field("text", text)
      json.field("width", width)
    }
  }
}

extension DateMention: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("masked", masked)
      json.field("precision", precision)
      json.field("relative", relative)
      json.field("section", section)
      json.field("span", span)
      json.field("text", text)
      json.field("value", value)
    }
  }
}

extension Reference: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("issuer", issuer)
      json.field("masked", masked)
      json.field("section", section)
      json.field("serial", serial)
      json.field("span", span)
      json.field("text", text)
      json.field("year", year)
    }
  }
}

extension TitleMention: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("category", category)
      json.field("section", section)
      json.field("span", span)
      json.field("text", text)
    }
  }
}

extension Diagnostic: JSONWritable {
  func write(to writer: inout JSONWriter) {
    writer.object { json in
      json.field("code", code)
      json.field("line", line)
      json.field("message", message)
      json.field("severity", severity)
    }
  }
}

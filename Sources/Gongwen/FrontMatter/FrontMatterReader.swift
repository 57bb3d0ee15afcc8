/// Reads a document's front and back matter (GB/T 9704) off its classified lines, and splits
/// off the documents a notice issues or forwards.
///
/// - Head (before the body): YAML front matter fences, masthead (XX市人民政府文件), document
///   number (X政发〔2021〕12号), the title (over several lines when its first line does not end
///   in a document type word), the dateline (——2024年3月5日在…上, （2021年1月25日…）), the
///   speaker (国务院总理　李强) and the addressees (各县（市）人民政府、州级各部门：).
/// - Tail: the issuer and date of signing (落款), a note (（此件公开发布）), and the 版记 at the
///   very end: copies (抄送：…) and the printing line (…2021年10月12日印发).
/// - Attachments: when a signature stands in the middle of a titled document and is followed by
///   an attachment label (附件1) or a title, the rest (up to the 版记) is one attachment per
///   label, each read with its own head.
///
/// Every line it takes becomes `.frontMatter` (separator rules and YAML fences
/// `.boilerplate`), so no later stage reads it as a paragraph or a heading. Docs/FrontMatter.md
/// describes each rule and its near misses.
struct FrontMatterReader {
  let text: SourceText

  /// The front matter of one document (the main one or an attachment): line ranges.
  struct Head: Equatable {
    var label: Range<Int>?
    var masthead: Range<Int>?
    var number: Range<Int>?
    /// 签发人：王建国, beside the number (split off it at the wide gap).
    var signer: Range<Int>?
    var title: [Range<Int>] = []
    var dateline: [Range<Int>] = []
    var speaker: [Range<Int>] = []
    var addressees: Range<Int>?
    /// The index of the first line after the head.
    var end: Int
  }

  struct Tail: Equatable {
    /// The 附件说明 above the signature: "附件：1.XX要点" and the item lines under it.
    var attachmentList: [Range<Int>] = []
    var issuer: Range<Int>?
    var date: Range<Int>?
    var note: Range<Int>?
    var copyTo: Range<Int>?
    var printing: Range<Int>?
  }

  /// An issued document: its head and the lines of its body.
  struct AttachmentPart: Equatable {
    var head: Head
    /// Line indices from the label or title to the last line.
    var lines: Range<Int>
  }

  struct Reading {
    var lines: [ClassifiedLine]
    var head: Head
    var tail: Tail
    /// Where the main document's lines end: the first attachment, or the end.
    var mainEnd: Int
    var attachments: [AttachmentPart]
    /// Where the 版记 starts (the line count when there is none).
    var backStart: Int
  }

  static let maxTitleLength = FramingRules.maxTitleLength
  /// A title over several lines is at most this long in all.
  static let maxJoinedTitleLength = 100
  static let maxDatelineLength = 80
  static let maxSpeakerLength = 30
  static let maxIssuerLength = 40
  static let maxAddresseeLength = 160
  static let maxNumberLineLength = 40
  static let maxLabelLength = 12

  func read(_ input: [ClassifiedLine]) -> Reading {
    var lines = input
    // The title is decided here, with the rest of the head.
    for index in lines.indices where lines[index].kind == .title { lines[index].kind = .paragraph }
    let yaml = skipYAMLFrontMatter(&lines)
    var backStart = lines.count
    let tailBack = readBackMatter(&lines, backStart: &backStart)
    var head = readHead(lines, from: 0, to: backStart, allowLabel: false)
    if head.title.isEmpty, let title = yaml.title {
      head.title = [title.value]
      lines[title.index].range = title.value
    }
    mark(head, in: &lines)

    var tail = tailBack
    var mainEnd = backStart
    var attachments: [AttachmentPart] = []
    if let split = attachmentSplit(lines, head: head, backStart: backStart) {
      tail.issuer = split.issuer
      tail.date = split.date
      tail.note = split.note
      mainEnd = split.start
      attachments = attachmentParts(lines, from: split.start, to: backStart)
      for part in attachments { mark(part.head, in: &lines) }
    } else if let signature = signature(lines, before: backStart, after: head.end) {
      tail.issuer = signature.issuer
      tail.date = signature.date
      tail.note = signature.note
    }
    if let first = tail.issuer ?? tail.date, let index = lines.firstIndex(where: { $0.range == first }) {
      tail.attachmentList = attachmentList(lines, before: index, limit: head.end)
    }
    if tail.date == nil, let date = yaml.date, yamlDateValue(date.value) != nil {
      tail.date = date.value
      lines[date.index].range = date.value
    }
    for range in [tail.issuer, tail.date, tail.note].compactMap({ $0 }) + tail.attachmentList {
      markLine(range, in: &lines)
    }
    head.end = min(head.end, mainEnd)
    return Reading(lines: lines, head: head, tail: tail, mainEnd: mainEnd, attachments: attachments, backStart: backStart)
  }

  // MARK: - Marking

  private func mark(_ head: Head, in lines: inout [ClassifiedLine]) {
    let ranges = [head.label, head.masthead, head.number, head.signer, head.addressees].compactMap { $0 } + head.title + head.dateline
      + head.speaker
    for range in ranges { markLine(range, in: &lines) }
  }

  /// Marks the lines whose ranges lie in `range` (a label or title may be part of a heading
  /// line; a printing line may be two units).
  private func markLine(_ range: Range<Int>, in lines: inout [ClassifiedLine]) {
    for index in lines.indices where lines[index].range.overlaps(range) || lines[index].range == range {
      lines[index].kind = .frontMatter
    }
  }

  /// The next line at or after `index` that is neither blank nor boilerplate, before `limit`.
  private func content(from index: Int, in lines: [ClassifiedLine], limit: Int) -> Int? {
    var cursor = index
    while cursor < limit {
      if lines[cursor].kind != .blank && lines[cursor].kind != .boilerplate { return cursor }
      cursor += 1
    }
    return nil
  }

  /// The last such line before `index`, at or after `limit`.
  private func content(before index: Int, in lines: [ClassifiedLine], limit: Int) -> Int? {
    var cursor = index - 1
    while cursor >= limit {
      if lines[cursor].kind != .blank && lines[cursor].kind != .boilerplate { return cursor }
      cursor -= 1
    }
    return nil
  }

  // MARK: - YAML front matter

  /// "---" as the first content line, up to the next "---": front matter of a markdown file,
  /// set aside (with its text kept) so that the title is looked for after it; its `title:`
  /// and `date:` (FrontMatterReader+YAML.swift).
  private func skipYAMLFrontMatter(_ lines: inout [ClassifiedLine]) -> YAMLValues {
    // A markdown rule line is boilerplate already: the fence is the first line that is not
    // blank, or boilerplate that is not a fence.
    let open = lines.indices.first { lines[$0].kind != .blank && (lines[$0].kind != .boilerplate || isFence(lines[$0].range)) }
    guard let open, isFence(lines[open].range),
      let close = lines.indices.dropFirst(open + 1).first(where: { isFence(lines[$0].range) })
    else { return YAMLValues() }
    let values = yamlValues(lines, open: open, close: close)
    for index in open...close where lines[index].kind != .blank { lines[index].kind = .boilerplate }
    return values
  }

  private func isFence(_ range: Range<Int>) -> Bool {
    range.count == 3 && range.allSatisfy { text.folded[$0] == 0x2D }
  }

  // MARK: - Head

  func readHead(_ lines: [ClassifiedLine], from start: Int, to limit: Int, allowLabel: Bool) -> Head {
    var head = Head(end: start)
    guard var index = content(from: start, in: lines, limit: limit) else {
      head.end = limit
      return head
    }
    if allowLabel, let label = attachmentLabel(lines[index]) {
      head.label = label.label
      if let title = label.title { head.title = [title] }
      guard let next = content(from: index + 1, in: lines, limit: limit) else {
        head.end = limit
        return head
      }
      index = next
    }
    scan: while index < limit {
      let line = lines[index]
      guard line.kind == .paragraph else { break }
      let range = line.range
      var last = index
      if head.title.isEmpty, head.masthead == nil, head.number == nil, isMasthead(range),
        let next = content(from: index + 1, in: lines, limit: limit), isDocumentNumber(lines[next].range)
      {
        head.masthead = range
      } else if head.title.isEmpty, head.number == nil, isDocumentNumber(range) {
        head.number = range
      } else if head.title.isEmpty, head.signer == nil, range.count <= Self.maxSpeakerLength,
        text.match(FrontMatterWords.signer, at: range.lowerBound, limit: range.upperBound) != nil
      {
        head.signer = range
      } else if head.title.isEmpty, head.dateline.isEmpty, isTitleLike(range) {
        head.title = [range]
        while let next = content(from: last + 1, in: lines, limit: limit), continuesTitle(head.title, lines[next]) {
          head.title.append(lines[next].range)
          last = next
        }
      } else if head.speaker.isEmpty, isDatelineStart(range, afterTitle: !head.title.isEmpty) {
        head.dateline.append(range)
        while let next = content(from: last + 1, in: lines, limit: limit), continuesDateline(head.dateline, lines[next]) {
          head.dateline.append(lines[next].range)
          last = next
        }
      } else if head.speaker.isEmpty, !head.title.isEmpty || !head.dateline.isEmpty,
        let speaker = speaker(at: index, in: lines, limit: limit)
      {
        head.speaker = speaker.ranges
        last = speaker.last
      } else if head.addressees == nil, isAddresseeLine(range) {
        head.addressees = range
        index = last + 1
        break scan
      } else if head.title.isEmpty, dateValue(ofWholeLine: range) != nil {
        // A bare date above the title (a page's date) is not the title; it stays text.
      } else {
        break scan
      }
      index = last + 1
      guard let next = content(from: index, in: lines, limit: limit) else {
        index = limit
        break
      }
      index = next
    }
    head.end = index
    return head
  }

  /// A title line: short, ending in no clause mark, not opening with a dash or bracket, not a
  /// date, number or speaker line, with an ideograph.
  func isTitleLike(_ range: Range<Int>) -> Bool {
    guard range.count <= Self.maxTitleLength, let last = range.last else { return false }
    let folded = text.folded
    let first = folded[range.lowerBound]
    guard !Scalar.isClauseEnd(folded[last]), !BoilerplateRules.isDash(first), first != Scalar.openParen,
      first != 0x3010, range.contains(where: { Scalar.isIdeograph(folded[$0]) })
    else { return false }
    return dateValue(ofWholeLine: range) == nil && !isDocumentNumber(range) && !isAddresseeLine(range)
  }

  /// Whether `line` goes on with the title: the title so far does not end in a document type
  /// word, and the line is title-like, not a speaker and not the rest of a dateline.
  private func continuesTitle(_ title: [Range<Int>], _ line: ClassifiedLine) -> Bool {
    guard line.kind == .paragraph, isTitleLike(line.range), !isMasthead(line.range) else { return false }
    let current = title.flatMap { text.folded[$0] }
    guard DocumentTypeClassifier.type(named: current) == nil,
      current.count + line.range.count <= Self.maxJoinedTitleLength
    else { return false }
    if isOfficeAndName(line.range) != nil || isOffice(line.range) { return false }
    // A lone name ("李克强") goes on with the title only when it completes a type word.
    if isName(line.range) {
      return DocumentTypeClassifier.type(named: current + text.folded[line.range]) != nil
    }
    return true
  }

  /// "——2024年3月5日在…上", "——在…上的报告", "（2021年1月25日在…上）", "（2022年10月16日）",
  /// and after the title a bare date line.
  func isDatelineStart(_ range: Range<Int>, afterTitle: Bool) -> Bool {
    guard range.count <= Self.maxDatelineLength, let last = range.last else { return false }
    let folded = text.folded
    let first = folded[range.lowerBound]
    guard folded[last] != Scalar.ideographicFullStop else { return false }
    if BoilerplateRules.isDash(first) {
      return range.contains { folded[$0] == 0x5728 } || dateValue(in: range) != nil  // 在
    }
    if first == Scalar.openParen {
      return dateValue(in: range) != nil
    }
    return afterTitle && dateValue(ofWholeLine: range) != nil
  }

  /// A dateline broken over lines: after a dash line that does not end in 上 or a type word,
  /// a short line that does; after an open bracket, lines up to the closing one.
  private func continuesDateline(_ dateline: [Range<Int>], _ line: ClassifiedLine) -> Bool {
    guard line.kind == .paragraph, line.range.count <= Self.maxDatelineLength / 2, let last = line.range.last,
      let first = dateline.first
    else { return false }
    let folded = text.folded
    let joined = dateline.flatMap { folded[$0] }
    if folded[first.lowerBound] == Scalar.openParen {
      let depth = joined.reduce(0) { $0 + ($1 == Scalar.openParen ? 1 : $1 == Scalar.closeParen ? -1 : 0) }
      return depth > 0 && dateline.count < 3
    }
    guard BoilerplateRules.isDash(folded[first.lowerBound]), joined.last != FrontMatterWords.datelineEnd,
      DocumentTypeClassifier.type(named: joined) == nil, !Scalar.isClauseEnd(folded[last])
    else {
      // A date line in brackets under a dash line: "（2022年10月16日）".
      return folded[line.range.lowerBound] == Scalar.openParen && dateValue(in: line.range) != nil
        && dateline.count < 3
    }
    if folded[line.range.lowerBound] == Scalar.openParen { return dateValue(in: line.range) != nil }
    return folded[last] == FrontMatterWords.datelineEnd
      || DocumentTypeClassifier.type(named: Array(folded[line.range])) != nil
  }

  // MARK: - Speaker

  /// The speaker at `index`: office and name on one line, an office line and a name line, or
  /// a name alone.
  private func speaker(at index: Int, in lines: [ClassifiedLine], limit: Int) -> (ranges: [Range<Int>], last: Int)? {
    let range = lines[index].range
    if isOfficeAndName(range) != nil || isName(range) { return ([range], index) }
    if isOffice(range), let next = content(from: index + 1, in: lines, limit: limit), lines[next].kind == .paragraph,
      isName(lines[next].range)
    {
      return ([range, lines[next].range], next)
    }
    return nil
  }

  /// "国务院总理　李强": an office ending in an office word, spaces, a name; the split offset.
  func isOfficeAndName(_ range: Range<Int>) -> Int? {
    guard range.count <= Self.maxSpeakerLength else { return nil }
    let folded = text.folded
    guard let space = range.firstIndex(where: { Scalar.isSpace(folded[$0]) }) else { return nil }
    let office = space - range.lowerBound > 0 ? range.lowerBound..<space : nil
    var nameStart = space
    while nameStart < range.upperBound, Scalar.isSpace(folded[nameStart]) { nameStart += 1 }
    guard let office, isOffice(office), nameStart < range.upperBound, isName(nameStart..<range.upperBound)
    else { return nil }
    return nameStart
  }

  /// An office alone: ideographs ending in an office word (总理, 省长, 主任 …).
  func isOffice(_ range: Range<Int>) -> Bool {
    let folded = text.folded
    guard range.count >= 2, range.count <= Self.maxSpeakerLength,
      range.allSatisfy({ Scalar.isIdeograph(folded[$0]) })
    else { return false }
    return FrontMatterWords.offices.longestMatch(in: folded, endingAt: range.upperBound, limit: range.lowerBound) != nil
  }

  /// A person's name: 2–4 ideographs (a middle dot allowed), letter-spaced or not ("习　近　平").
  func isName(_ range: Range<Int>) -> Bool {
    let folded = text.folded
    var letters = 0
    var previousWasLetter = false
    var spaced = false
    for index in range {
      let value = folded[index]
      if Scalar.isSpace(value) {
        spaced = true
        previousWasLetter = false
        continue
      }
      guard Scalar.isIdeograph(value) || value == 0xB7 || value == 0x30FB else { return false }
      // Letter-spaced names have a space between every two letters.
      if spaced, previousWasLetter { return false }
      previousWasLetter = true
      letters += 1
    }
    guard (2...4).contains(letters) else { return false }
    // A type word alone ("报告") is the end of a title, not a name.
    return DocumentTypeClassifier.type(named: range.map { folded[$0] }.filter { !Scalar.isSpace($0) }) == nil
  }

  /// The name in a speaker's ranges without its spaces, and the office when there is one.
  func speakerParts(_ ranges: [Range<Int>]) -> (office: Range<Int>?, name: String) {
    func letters(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      for index in range where !Scalar.isSpace(text.folded[index]) { view.append(text.scalars[index]) }
      return String(view)
    }
    if ranges.count == 2 { return (text.trimmed(ranges[0]), letters(ranges[1])) }
    guard let only = ranges.first else { return (nil, "") }
    if let nameStart = isOfficeAndName(only) {
      return (text.trimmed(only.lowerBound..<nameStart), letters(nameStart..<only.upperBound))
    }
    return (nil, letters(only))
  }

  // MARK: - Masthead, number, addressees

  /// "XX市人民政府文件": ideographs (or masks) ending in 文件, above a document number.
  func isMasthead(_ range: Range<Int>) -> Bool {
    guard range.count >= 4, range.count <= Self.maxTitleLength / 2 else { return false }
    let folded = text.folded
    return range.allSatisfy { Scalar.isIdeograph(folded[$0]) || Scalar.isSpace(folded[$0]) || MaskScanner.isMaskScalar(folded[$0]) }
      && text.match(FrontMatterWords.mastheadEnd, endingAt: range.upperBound, limit: range.lowerBound)
  }

  /// A document number alone on its line: "X政发〔2021〕12号", "国办发[2021]3号", optionally with
  /// a 签发人 after it.
  func isDocumentNumber(_ range: Range<Int>) -> Bool {
    guard range.count <= Self.maxNumberLineLength else { return false }
    let references = ReferenceExtractor(text: text).extract(from: [TextUnit(range: range, section: .preamble)])
    guard let reference = references.first, reference.span.start == range.lowerBound else { return false }
    let rest = text.trimmed(reference.span.end..<range.upperBound)
    return rest.isEmpty || text.match("签发人", at: rest.lowerBound, limit: rest.upperBound) != nil
  }

  /// The addressees: a line ending in a colon whose every item (split at 、，,) is an organ
  /// ("各县（市）人民政府、州级各部门："). A body sentence ending in a colon ("现将有关事项通知
  /// 如下：") has an item that is not.
  func isAddresseeLine(_ range: Range<Int>) -> Bool {
    guard range.count <= Self.maxAddresseeLength, let last = range.last, text.folded[last] == Scalar.colon else {
      return false
    }
    let items = organItems(range.lowerBound..<last)
    return !items.isEmpty && items.allSatisfy(isOrgan)
  }

  /// The items of an organ list, split at 、，, ; empty when the range holds sentence
  /// punctuation or a colon.
  func organItems(_ range: Range<Int>) -> [Range<Int>] {
    let folded = text.folded
    var items: [Range<Int>] = []
    var start = range.lowerBound
    var depth = 0
    for index in range {
      let value = folded[index]
      depth += Scalar.bracketStep(value)
      if value == Scalar.ideographicFullStop || value == 0x21 || value == 0x3F || value == Scalar.colon {
        // A full stop may end a copies line.
        if value == Scalar.ideographicFullStop, index == range.upperBound - 1 { continue }
        return []
      }
      if depth == 0, value == Scalar.ideographicComma || value == 0x2C || value == Scalar.semicolon {
        items.append(text.trimmed(start..<index))
        start = index + 1
      }
    }
    var end = range.upperBound
    if end > start, folded[end - 1] == Scalar.ideographicFullStop { end -= 1 }
    items.append(text.trimmed(start..<end))
    return items.filter { !$0.isEmpty }
  }

  /// An organ's name: ends (before a bracket, 各县（市）) in an organ word.
  func isOrgan(_ range: Range<Int>) -> Bool {
    let folded = text.folded
    var end = range.upperBound
    if end > range.lowerBound, folded[end - 1] == Scalar.closeParen,
      let open = range.lastIndex(where: { folded[$0] == Scalar.openParen })
    {
      end = open
    }
    guard end - range.lowerBound >= 2 else { return false }
    return FrontMatterWords.organEndings.longestMatch(in: folded, endingAt: end, limit: range.lowerBound) != nil
  }

  // MARK: - Dates

  /// The ISO value of a date that is the whole line ("2021年10月11日", "二〇二一年十月十一日").
  func dateValue(ofWholeLine range: Range<Int>) -> String? {
    let dates = DateExtractor(text: text).extract(from: [TextUnit(range: range, section: .preamble)])
    guard dates.count == 1, let date = dates.first, date.span.start == range.lowerBound,
      date.span.end == range.upperBound, date.precision == "day" || date.precision == "month"
    else { return nil }
    return date.value
  }

  /// The first full or month date in `range`.
  func dateValue(in range: Range<Int>) -> String? {
    DateExtractor(text: text).extract(from: [TextUnit(range: range, section: .preamble)])
      .first { $0.precision == "day" || $0.precision == "month" }?.value
  }

  // MARK: - Tail

  /// The issuer line above the date of signing: at most 40 scalars, no punctuation but
  /// brackets, ending in an organ word.
  func isIssuer(_ line: ClassifiedLine) -> Bool {
    guard line.kind == .paragraph, line.range.count <= Self.maxIssuerLength else { return false }
    let folded = text.folded
    guard line.range.allSatisfy({ index in
      let value = folded[index]
      return Scalar.isIdeograph(value) || Scalar.isSpace(value) || value == Scalar.openParen
        || value == Scalar.closeParen || MaskScanner.isMaskScalar(value) || Scalar.isDigit(value)
    })
    else { return false }
    return isOrgan(line.range)
  }

  /// "（此件公开发布）", "（联系人：张三，电话：…）".
  func isNote(_ line: ClassifiedLine) -> Bool {
    let range = line.range
    guard line.kind == .paragraph, range.count >= 4, range.count <= Self.maxTitleLength * 2, text.folded[range.lowerBound] == Scalar.openParen,
      text.folded[range.upperBound - 1] == Scalar.closeParen
    else { return false }
    return FrontMatterWords.noteOpenings.longestMatch(in: text.folded, at: range.lowerBound + 1, limit: range.upperBound) != nil
  }

  /// The 附件说明 right above the signature: a line opening 附件： and the item lines after it
  /// (2.XX细则), none of them a sentence.
  private func attachmentList(_ lines: [ClassifiedLine], before index: Int, limit: Int) -> [Range<Int>] {
    var cursor = index
    var found: [Range<Int>] = []
    for _ in 0..<Self.maxAttachmentListLines {
      guard let previous = content(before: cursor, in: lines, limit: limit) else { return [] }
      let range = lines[previous].range
      guard range.count <= Self.maxTitleLength, !range.contains(where: { text.folded[$0] == Scalar.ideographicFullStop })
      else { return [] }
      found.append(range)
      if let length = text.match(FrontMatterWords.attachmentLabel, at: range.lowerBound, limit: range.upperBound) {
        let colon = Scalar.skippingSpaces(text.folded, from: range.lowerBound + length, limit: range.upperBound)
        return colon < range.upperBound && text.folded[colon] == Scalar.colon ? found.reversed() : []
      }
      cursor = previous
    }
    return []
  }

  static let maxAttachmentListLines = 10

  /// The signature that ends the content before `end`: a note, the date of signing and the
  /// issuer above it.
  private func signature(_ lines: [ClassifiedLine], before end: Int, after start: Int)
    -> (issuer: Range<Int>?, date: Range<Int>, note: Range<Int>?)?
  {
    guard var index = content(before: end, in: lines, limit: start) else { return nil }
    var note: Range<Int>?
    if isNote(lines[index]) {
      note = lines[index].range
      guard let previous = content(before: index, in: lines, limit: start) else { return nil }
      index = previous
    }
    guard lines[index].kind == .paragraph, dateValue(ofWholeLine: lines[index].range) != nil else { return nil }
    let date = lines[index].range
    var issuer: Range<Int>?
    if let previous = content(before: index, in: lines, limit: start), isIssuer(lines[previous]) {
      issuer = lines[previous].range
    }
    return (issuer, date, note)
  }

  /// The 版记 at the very end: copies lines (抄送：…), the printing line (…印发) and the rules
  /// between them, read backwards from the end. Rules become boilerplate.
  private func readBackMatter(_ lines: inout [ClassifiedLine], backStart: inout Int) -> Tail {
    var tail = Tail()
    var index = lines.count - 1
    var rules: [Int] = []
    while index >= 0 {
      let line = lines[index]
      defer { index -= 1 }
      if line.kind == .blank || line.kind == .boilerplate { continue }
      if isRule(line.range) {
        rules.append(index)
        continue
      }
      if tail.printing == nil, tail.copyTo == nil, isPrintingLine(line.range) {
        tail.printing = line.range
        // "XX办公室　　2021年10月12日印发" is split at its wide gap into two units of one line.
        if index > 0, lines[index - 1].number == line.number, lines[index - 1].kind == .paragraph {
          lines[index].kind = .frontMatter
          index -= 1
          tail.printing = lines[index].range.lowerBound..<line.range.upperBound
        }
      } else if tail.copyTo == nil, copyListStart(line.range) != nil {
        tail.copyTo = line.range
      } else {
        break
      }
      lines[index].kind = .frontMatter
      backStart = index
    }
    if backStart < lines.count {
      for rule in rules { lines[rule].kind = .boilerplate }
    }
    return tail
  }

  /// A rule line of the 版记: dashes, box drawing, underscores or equals signs only.
  func isRule(_ range: Range<Int>) -> Bool {
    range.count >= 3
      && range.allSatisfy { index in
        let value = text.folded[index]
        return BoilerplateRules.isDash(value) || value == 0x5F || value == 0x3D || (0x2500...0x257F).contains(value)
          || Scalar.isSpace(value)
      }
  }

  /// Where the organs of a copies line start: after 抄送：/抄报：.
  func copyListStart(_ range: Range<Int>) -> Int? {
    guard let length = FrontMatterWords.copyLabels.longestMatch(in: text.folded, at: range.lowerBound, limit: range.upperBound)
    else { return nil }
    let colon = Scalar.skippingSpaces(text.folded, from: range.lowerBound + length, limit: range.upperBound)
    guard colon < range.upperBound, text.folded[colon] == Scalar.colon else { return nil }
    return colon + 1
  }

  /// "XX市人民政府办公室　　2021年10月12日印发": a date right before 印发 at the end of a short
  /// line, after an organ or nothing (the office may stand in the unit before, split off at
  /// the wide gap).
  func isPrintingLine(_ range: Range<Int>) -> Bool {
    guard range.count <= Self.maxTitleLength, text.match(FrontMatterWords.printed, endingAt: range.upperBound, limit: range.lowerBound)
    else { return false }
    guard let date = printingDate(range) else { return false }
    // What stands before the date is the printing office, or nothing: "方案已于2021年10月12日印发"
    // is a sentence.
    let office = text.trimmed(range.lowerBound..<date.start)
    return office.isEmpty || isOrgan(office)
  }

  /// The date of a printing line and where it starts.
  func printingDate(_ range: Range<Int>) -> (value: String?, start: Int)? {
    let end = range.upperBound - FrontMatterWords.printed.unicodeScalars.count
    let dates = DateExtractor(text: text).extract(from: [TextUnit(range: range.lowerBound..<end, section: .preamble)])
    guard let date = dates.last, date.span.end == end, date.precision == "day" else { return nil }
    return (date.value, date.span.start)
  }

  // MARK: - Attachments

  /// An attachment label line: 附件, 附件1, 附件一：, or a heading 附件1：XX办法 (label and title).
  func attachmentLabel(_ line: ClassifiedLine) -> (label: Range<Int>, title: Range<Int>?)? {
    let range = line.range
    guard text.match(FrontMatterWords.attachmentLabel, at: range.lowerBound, limit: range.upperBound) != nil else {
      return nil
    }
    if case .heading(let heading) = line.kind, heading.marker.style == .part {
      return (heading.marker.range, heading.title.isEmpty ? nil : heading.title)
    }
    guard range.count <= Self.maxLabelLength else { return nil }
    let folded = text.folded
    let rest = range.lowerBound + 2..<range.upperBound
    guard rest.allSatisfy({ index in
      let value = folded[index]
      return Scalar.isDigit(value) || ChineseNumeral.digit(value) != nil || value == Scalar.colon || Scalar.isSpace(value)
    })
    else { return nil }
    return (range, nil)
  }

  /// Where a signature in the middle of the document is followed by issued documents.
  private func attachmentSplit(_ lines: [ClassifiedLine], head: Head, backStart: Int)
    -> (issuer: Range<Int>?, date: Range<Int>, note: Range<Int>?, start: Int)?
  {
    guard !head.title.isEmpty else { return nil }
    let issuing = head.title.contains { FrontMatterWords.issuingVerbs.occurs(in: text.folded, range: $0) }
    var index = head.end
    while index < backStart {
      defer { index += 1 }
      let line = lines[index]
      guard line.kind == .paragraph, line.range.count <= 20, dateValue(ofWholeLine: line.range) != nil,
        let previous = content(before: index, in: lines, limit: head.end)
      else { continue }
      let issuer = isIssuer(lines[previous]) ? lines[previous].range : nil
      guard issuer != nil || issuing else { continue }
      guard var next = content(from: index + 1, in: lines, limit: backStart) else { return nil }
      var note: Range<Int>?
      if isNote(lines[next]) {
        note = lines[next].range
        guard let after = content(from: next + 1, in: lines, limit: backStart) else { return nil }
        next = after
      }
      let opensDocument =
        attachmentLabel(lines[next]) != nil || (lines[next].kind == .paragraph && isTitleLike(lines[next].range))
      guard opensDocument, content(from: next + 1, in: lines, limit: backStart) != nil else { continue }
      return (issuer, line.range, note, next)
    }
    return nil
  }

  /// The attachments from `start` to `end`: one per label line, or one in all when the first
  /// line is not a label.
  private func attachmentParts(_ lines: [ClassifiedLine], from start: Int, to end: Int) -> [AttachmentPart] {
    var starts = [start]
    for index in start + 1..<max(start + 1, end) where attachmentLabel(lines[index]) != nil {
      // Only labels that stand where a document starts: after a blank line or at the top.
      starts.append(index)
    }
    if attachmentLabel(lines[start]) == nil { starts = [start] }
    return starts.indices.map { position in
      let partEnd = position + 1 < starts.count ? starts[position + 1] : end
      let head = readHead(lines, from: starts[position], to: partEnd, allowLabel: true)
      return AttachmentPart(head: head, lines: starts[position]..<partEnd)
    }
  }
}

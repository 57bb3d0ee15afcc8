/// Finds inline enumerations (一是…二是…, 第一，…第二，…, 首先…其次…, ①②, （1）（2）) in the
/// paragraphs of one container: the preamble, or the body of one section.
///
/// A list is a run of markers of one family numbered 1, 2, 3 … in order; a lone 一是 or a
/// 第二， with no 第一， before it is prose, not a list. A list may go on into the next
/// paragraph when that paragraph holds the next item (seed 002 ends with three paragraphs
/// opening 一是要 / 二是要 / 三是要). Each item is reported in the paragraph that holds it.
struct EnumerationFinder {
  let text: SourceText

  /// One item found, before it becomes an ``Enumeration``.
  private struct Item {
    var marker: EnumerationMarker
    var paragraph: Int
    var ordinal: Int
  }

  /// The enumerations of each paragraph in `paragraphs` (ranges in document order).
  func enumerations(in paragraphs: [Range<Int>], sentences: [[Range<Int>]]) -> [[Enumeration]] {
    var result = [[Enumeration]](repeating: [], count: paragraphs.count)
    let lists = lists(in: paragraphs)
    let nextListStart = Self.nextListStarts(lists)
    for (listNumber, list) in lists.enumerated() {
      var groupStart = 0  // the list's first item in the current paragraph
      for (position, item) in list.enumerated() {
        if item.paragraph != list[groupStart].paragraph { groupStart = position }
        let paragraph = paragraphs[item.paragraph]
        let end: Int
        if position + 1 < list.count, list[position + 1].paragraph == item.paragraph {
          end = list[position + 1].marker.range.lowerBound
        } else {
          // The last item in its paragraph stops where a later list of its own family
          // starts over in that paragraph (（一）…（二）…（一）…): two items of one family
          // never overlap, so the items' text stays linear in the paragraph's.
          let bound = nextListStart[listNumber].flatMap { $0.paragraph == item.paragraph ? $0.start : nil }
          let group = list[groupStart...position].map(\.marker.range.lowerBound)
          end = min(
            lastItemEnd(of: group, in: paragraph, sentences: sentences[item.paragraph]),
            bound ?? paragraph.upperBound)
        }
        let range = text.trimmed(item.marker.range.lowerBound..<end)
        result[item.paragraph].append(
          Enumeration(
            marker: text.string(item.marker.range), ordinal: item.ordinal, text: text.string(range),
            span: text.span(range)))
      }
    }
    return result.map { $0.sorted { $0.span.start < $1.span.start } }
  }

  /// For each list, where the next list of the same family begins (its first marker and
  /// paragraph), if one does.
  private static func nextListStarts(_ lists: [[Item]]) -> [(paragraph: Int, start: Int)?] {
    var result = [(paragraph: Int, start: Int)?](repeating: nil, count: lists.count)
    var byFamily: [EnumerationMarker.Family: [Int]] = [:]
    for (number, list) in lists.enumerated() {
      guard let first = list.first else { continue }
      byFamily[first.marker.family, default: []].append(number)
    }
    for numbers in byFamily.values {
      let ordered = numbers.sorted { lists[$0][0].marker.range.lowerBound < lists[$1][0].marker.range.lowerBound }
      for (earlier, later) in zip(ordered, ordered.dropFirst()) {
        let first = lists[later][0]
        result[earlier] = (first.paragraph, first.marker.range.lowerBound)
      }
    }
    return result
  }

  /// Runs of same-family markers numbered 1, 2, 3 …, each of at least two items.
  private func lists(in paragraphs: [Range<Int>]) -> [[Item]] {
    var open: [(family: EnumerationMarker.Family, items: [Item])] = []
    var finished: [[Item]] = []
    for (number, paragraph) in paragraphs.enumerated() {
      // A list left behind in an earlier paragraph can no longer continue.
      let continues = startsWithMarker(paragraph)
      open.removeAll { list in
        let mayContinue = continues && list.items.last?.paragraph == number - 1
        if !mayContinue, list.items.count > 1 { finished.append(list.items) }
        return !mayContinue
      }
      var index = paragraph.lowerBound
      while index < paragraph.upperBound {
        guard let marker = EnumerationMarker.read(text.folded, at: index, paragraph: paragraph) else {
          index += 1
          continue
        }
        index = marker.range.upperBound
        let current = open.firstIndex { $0.family == marker.family }
        let next = current.map { (open[$0].items.last?.ordinal ?? 0) + 1 } ?? 1
        if marker.ordinal == nil || marker.ordinal == next, let current {
          open[current].items.append(Item(marker: marker, paragraph: number, ordinal: next))
        } else if marker.ordinal == 1 {
          if let current {
            if open[current].items.count > 1 { finished.append(open[current].items) }
            open.remove(at: current)
          }
          open.append((marker.family, [Item(marker: marker, paragraph: number, ordinal: 1)]))
        }
      }
    }
    finished += open.filter { $0.items.count > 1 }.map(\.items)
    return finished
  }

  /// Whether a paragraph opens with a list marker (so that it may continue a list).
  private func startsWithMarker(_ paragraph: Range<Int>) -> Bool {
    guard !paragraph.isEmpty else { return false }
    return EnumerationMarker.read(text.folded, at: paragraph.lowerBound, paragraph: paragraph) != nil
  }

  /// Where the last item of a list in its paragraph ends. When the items before it were one
  /// sentence each (一是…；二是…；三是…。), so is the last one, and text after it is no longer
  /// part of the list; otherwise items run over several sentences and the last one runs to
  /// the end of its paragraph.
  private func lastItemEnd(of starts: [Int], in paragraph: Range<Int>, sentences: [Range<Int>]) -> Int {
    guard let start = starts.last, starts.count > 1 else { return paragraph.upperBound }
    // Sentences are sorted and disjoint: find them by binary search, so that a paragraph of
    // thousands of lists stays linear.
    func firstEnding(after offset: Int) -> Int {
      var low = 0
      var high = sentences.count
      while low < high {
        let middle = (low + high) / 2
        if sentences[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
      }
      return low
    }
    let containing = firstEnding(after: start)
    guard containing < sentences.count, sentences[containing].contains(start) else { return paragraph.upperBound }
    let earlierAreSentences = zip(starts, starts.dropFirst()).allSatisfy { item, next in
      firstEnding(after: next) - firstEnding(after: item) <= 1
    }
    return earlierAreSentences ? sentences[containing].upperBound : paragraph.upperBound
  }
}

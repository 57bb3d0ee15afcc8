/// Lookups in lists sorted by position, by binary search: the extractors call these once per
/// paragraph or per metric, so a linear scan would make them quadratic.
enum SortedRanges {
  /// The placeholders (sorted by start) that start inside `range`, found by binary search.
  static func placeholders(_ placeholders: [Placeholder], startingIn range: Range<Int>) -> ArraySlice<Placeholder> {
    var low = 0
    var high = placeholders.count
    while low < high {
      let middle = (low + high) / 2
      if placeholders[middle].span.start < range.lowerBound { low = middle + 1 } else { high = middle }
    }
    var end = low
    while end < placeholders.count, placeholders[end].span.start < range.upperBound { end += 1 }
    return placeholders[low..<end]
  }

  /// Whether one of the ranges of a sorted list holds `offset`, found by binary search.
  static func contains(_ sorted: [Range<Int>], _ offset: Int) -> Bool {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
    }
    return low < sorted.count && sorted[low].contains(offset)
  }

  /// The ranges of a sorted list that overlap `range`, found by binary search.
  static func ranges(_ sorted: [Range<Int>], overlapping range: Range<Int>) -> [Range<Int>] {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
    }
    var found: [Range<Int>] = []
    var index = low
    while index < sorted.count, sorted[index].lowerBound < range.upperBound {
      if sorted[index].overlaps(range) { found.append(sorted[index]) }
      index += 1
    }
    return found
  }
}

/// Where the unnumbered headings of a markdown document rank.
///
/// A `#` heading with a marker (`## 一、总体要求`) ranks by its marker, as in plain text. One
/// without (`## 工作回顾`) ranks by its number of `#`s relative to the document's other `#`
/// headings:
/// - at a level where numbered headings stand, with them: `## 工作回顾` beside `## 一、…` is
///   their sibling (the level takes the rank of its most frequent style);
/// - at a level with none, between the levels around it that have some: `## 工作回顾` above
///   `### 一、…` holds them, `#### 小结` under `### （一）…` stands in it;
/// - in a document with no numbered `#` heading, by level alone: `#` above `##` above `###`,
///   all above any numbered plain line.
extension OutlineBuilder {
  /// The rank (in ``Node/rank`` units) of an unnumbered heading at each `#` level the document
  /// uses; empty when it has no markdown heading.
  func markdownLevelRanks() -> [Int: Int] {
    var levels = Set<Int>()
    var styleCounts: [Int: [HeadingStyle: Int]] = [:]
    for line in lines {
      guard case .heading(let heading) = line.kind, let level = heading.markdownLevel else { continue }
      levels.insert(level)
      if !heading.isUnnumberedMarkdown, heading.marker.style != .ordinal {
        styleCounts[level, default: [:]][heading.marker.style, default: 0] += 1
      }
    }
    guard let minLevel = levels.min() else { return [:] }
    var anchors: [Int: Int] = [:]
    for (level, counts) in styleCounts {
      // The most frequent style; on a tie, the higher one.
      let style = counts.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }?.key
      if let style { anchors[level] = style.rank * Self.rankScale }
    }
    var ranks: [Int: Int] = [:]
    for level in levels {
      if let anchor = anchors[level] {
        ranks[level] = anchor
        continue
      }
      let above = anchors.keys.filter { $0 < level }.max()
      let below = anchors.keys.filter { $0 > level }.min()
      switch (above, below) {
      case (let above?, let below?):
        let (high, low) = (anchors[above] ?? 0, anchors[below] ?? 0)
        if low > high {
          let step = max(1, (low - high) * (level - above) / (below - above))
          ranks[level] = min(high + step, low - 1)
        } else {
          ranks[level] = high + (level - above)
        }
      case (nil, let below?):
        ranks[level] = (anchors[below] ?? 0) - (below - level)
      case (let above?, nil):
        ranks[level] = (anchors[above] ?? 0) + (level - above)
      case (nil, nil):
        ranks[level] = level - minLevel
      }
    }
    return ranks
  }
}

/// One level of a list definition (`w:abstractNum/w:lvl`): how its counter starts, is
/// written and restarts.
package struct NumberingLevel: Hashable, Sendable {
  /// The first value (`w:start`), 1 unless given.
  package var start: Int = 1
  package var format: NumberFormat = .decimal
  /// The marker's pattern (`w:lvlText`): `%1、`, `（%2）`, `%1.%2`; `%n` stands for level n's
  /// counter (1-based).
  package var text: String = ""
  /// The 1-based level whose use restarts this one (`w:lvlRestart`); nil for the default
  /// (any shallower level), 0 for never.
  package var restartAfter: Int? = nil
  /// What follows the marker (`w:suff`).
  package var suffix: Suffix = .tab
  /// Whether the level shows its counters as plain decimals (`w:isLgl`, "legal" numbering).
  package var legal = false

  /// `w:suff`: a tab (Word's default), a space, or nothing.
  package enum Suffix: String, Hashable, Sendable {
    case tab, space, nothing
  }

  package init(
    start: Int = 1, format: NumberFormat = .decimal, text: String = "", restartAfter: Int? = nil,
    suffix: Suffix = .tab, legal: Bool = false
  ) {
    self.start = start
    self.format = format
    self.text = text
    self.restartAfter = restartAfter
    self.suffix = suffix
    self.legal = legal
  }

  /// Whether using `level` (0-based) restarts this level, which is at `own` (0-based).
  func restarts(own: Int, whenUsing level: Int) -> Bool {
    guard level < own else { return false }
    guard let restartAfter else { return true }
    return restartAfter > 0 && level <= restartAfter - 1
  }
}

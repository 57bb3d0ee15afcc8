/// Counts the numbered paragraphs of a document as Word does and writes each one's marker.
///
/// Counters are kept per list instance (`w:numId`) and level. Using a level advances its
/// counter (from the level's start, or the instance's `w:startOverride`, the first time) and
/// restarts the deeper levels that restart after it (`w:lvlRestart`; by default all of
/// them), so 一、 （一） （二） 二、 （一） counts as a reader sees it.
package struct NumberingCounter: Sendable {
  package let definitions: NumberingDefinitions
  /// The current value of each (instance, level) used so far; a restarted level is absent.
  private var counters: [Int: [Int: Int]] = [:]

  package init(definitions: NumberingDefinitions) {
    self.definitions = definitions
  }

  /// The marker of the next paragraph of list `numId` at `level` (0-based), as a reader
  /// sees it: `二、`, `（三）`, `1.2`; nil when the list or level is not defined, and for a
  /// bullet (a symbol, not a number: nothing an outline could rank by).
  package mutating func next(numId: Int, level: Int) -> Marker? {
    guard let instance = definitions.instances[numId], let definition = instance.levels[level] else { return nil }
    var values = counters[numId] ?? [:]
    for (other, otherDefinition) in instance.levels where otherDefinition.restarts(own: other, whenUsing: level) {
      values[other] = nil
    }
    let first = instance.startOverrides[level] ?? definition.start
    values[level] = values[level].map { $0 + 1 } ?? first
    counters[numId] = values
    guard definition.format != .bullet else { return nil }
    return Marker(text: Self.expand(definition, instance: instance, values: values), suffix: definition.suffix)
  }

  /// A marker's text and what Word puts after it.
  package struct Marker: Hashable, Sendable {
    package var text: String
    package var suffix: NumberingLevel.Suffix
  }

  /// `lvlText` with each `%n` replaced by level n's counter in level n's format (in decimal
  /// for a legal level). A level not used yet stands at its start value, as in Word.
  static func expand(_ definition: NumberingLevel, instance: NumberingDefinitions.Instance, values: [Int: Int]) -> String {
    var result = ""
    var scalars = definition.text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "%" else {
        result.unicodeScalars.append(scalar)
        continue
      }
      guard let digit = scalars.next() else {
        result += "%"
        break
      }
      guard let number = Int(String(digit)), number >= 1, number <= 9 else {
        result += "%" + String(digit)
        continue
      }
      let index = number - 1
      let referenced = instance.levels[index] ?? NumberingLevel()
      let value = values[index] ?? instance.startOverrides[index] ?? referenced.start
      let format = definition.legal && referenced.format != .none ? .decimal : referenced.format
      result += format.text(value)
    }
    return result
  }
}

import Foundation

/// The list definitions of `word/numbering.xml`: abstract lists (`w:abstractNum`, the levels'
/// formats) and the list instances paragraphs name (`w:num`, an abstract list and its
/// overrides).
package struct NumberingDefinitions: Hashable, Sendable {
  /// One list instance: its abstract list's levels with the instance's overrides applied.
  package struct Instance: Hashable, Sendable {
    /// The levels, by 0-based index (`w:ilvl`).
    package var levels: [Int: NumberingLevel]
    /// Levels whose counter starts again at a value for this instance (`w:startOverride`).
    package var startOverrides: [Int: Int] = [:]

    package init(levels: [Int: NumberingLevel], startOverrides: [Int: Int] = [:]) {
      self.levels = levels
      self.startOverrides = startOverrides
    }
  }

  /// The list instances by `w:numId`.
  package var instances: [Int: Instance] = [:]

  package init(instances: [Int: Instance] = [:]) {
    self.instances = instances
  }

  /// Reads `numbering.xml`.
  package static func read(_ data: Data) throws(DocxError) -> NumberingDefinitions {
    var reader = Reader()
    try XMLEventReader.read(data, part: "word/numbering.xml", into: &reader)
    var definitions = NumberingDefinitions()
    for (numId, num) in reader.nums {
      var levels = reader.abstracts[num.abstractId] ?? [:]
      for (index, level) in num.levelOverrides { levels[index] = level }
      definitions.instances[numId] = Instance(levels: levels, startOverrides: num.startOverrides)
    }
    return definitions
  }

  private struct Num {
    var abstractId = -1
    var startOverrides: [Int: Int] = [:]
    var levelOverrides: [Int: NumberingLevel] = [:]
  }

  /// Collects the definitions as the parser walks the part. A `w:lvl` inside a
  /// `w:lvlOverride` replaces the abstract list's level for that instance.
  private struct Reader: XMLEventHandler {
    var abstracts: [Int: [Int: NumberingLevel]] = [:]
    var nums: [Int: Num] = [:]
    var abstractId: Int?
    var numId: Int?
    var overrideLevel: Int?
    var levelIndex: Int?
    var level = NumberingLevel()

    mutating func start(_ name: Substring, attributes: XMLAttributes) {
      switch name {
      case "abstractNum":
        abstractId = attributes.integer("abstractNumId")
      case "num":
        numId = attributes.integer("numId")
        if let numId { nums[numId] = Num() }
      case "abstractNumId" where numId != nil:
        if let numId, let value = attributes.integer("val") { nums[numId]?.abstractId = value }
      case "lvlOverride":
        overrideLevel = attributes.integer("ilvl")
      case "startOverride":
        if let numId, let overrideLevel, let value = attributes.integer("val") {
          nums[numId]?.startOverrides[overrideLevel] = value
        }
      case "lvl":
        levelIndex = attributes.integer("ilvl") ?? overrideLevel
        level = NumberingLevel()
      case "start" where levelIndex != nil:
        level.start = attributes.integer("val") ?? 1
      case "numFmt" where levelIndex != nil:
        level.format = NumberFormat(wordValue: attributes["val"] ?? "decimal")
      case "lvlText" where levelIndex != nil:
        level.text = attributes["val"] ?? ""
      case "lvlRestart" where levelIndex != nil:
        level.restartAfter = attributes.integer("val")
      case "suff" where levelIndex != nil:
        level.suffix = NumberingLevel.Suffix(rawValue: attributes["val"] ?? "tab") ?? .tab
      case "isLgl" where levelIndex != nil:
        level.legal = attributes.isOn
      default:
        break
      }
    }

    mutating func end(_ name: Substring) {
      switch name {
      case "lvl":
        guard let levelIndex else { break }
        if let numId, overrideLevel != nil {
          nums[numId]?.levelOverrides[levelIndex] = level
        } else if let abstractId {
          abstracts[abstractId, default: [:]][levelIndex] = level
        }
        self.levelIndex = nil
      case "lvlOverride":
        overrideLevel = nil
      case "abstractNum":
        abstractId = nil
      case "num":
        numId = nil
      default:
        break
      }
    }

    mutating func characters(_ text: String) {}
  }
}

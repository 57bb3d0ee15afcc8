import ArgumentParser
import Gongwen

/// The input-size limit every command that reads documents takes.
struct LimitOptions: ParsableArguments {
  @Option(
    name: .customLong("max-bytes"),
    help: ArgumentHelp(
      "Refuse inputs larger than this (bytes, or with K, M or G).",
      valueName: "size"))
  var maxBytes: ByteCount = ByteCount(GongwenParser.defaultMaxInputBytes)

  var parser: GongwenParser { GongwenParser(maxInputBytes: maxBytes.value) }
}

/// A size in bytes written as `1048576`, `512K`, `64M` or `1G` (binary multiples).
struct ByteCount: ExpressibleByArgument, CustomStringConvertible {
  var value: Int

  init(_ value: Int) { self.value = value }

  init?(argument: String) {
    let multipliers: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
    var digits = Substring(argument)
    var multiplier = 1
    if let last = digits.last?.uppercased().first, let factor = multipliers[last] {
      multiplier = factor
      digits = digits.dropLast()
    }
    guard let number = Int(digits), number >= 0 else { return nil }
    let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
    guard !overflow else { return nil }
    value = product
  }

  var description: String {
    for (suffix, factor) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)] where value >= factor && value % factor == 0 {
      return "\(value / factor)\(suffix)"
    }
    return String(value)
  }

  var defaultValueDescription: String { description }
}

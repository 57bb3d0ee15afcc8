import Benchmark
import Foundation
@_spi(Benchmarks) import Gongwen

/// Inputs: each seed fixture, the GB18030 copy of seed 003, and the five seeds repeated to
/// 10 MB and 100 MB. Throughput is reported per iteration; each iteration processes one
/// whole input, so MB/s = input MB × (iterations per second). The table printed by
/// `swift package benchmark` gives the input sizes in the benchmark names.
let fixtures = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Fixtures")

func fixture(_ name: String) -> [UInt8] {
  [UInt8]((try? Data(contentsOf: fixtures.appendingPathComponent(name))) ?? Data())
}

let seeds = [
  "000_2f763b3cc542b0bb.txt", "001_f4a6b982d7f4d465.txt", "002_f787e4203b274c41.txt", "003_a7bb66045fcf768d.txt",
  "004_9c219bd1e73ba6c0.txt",
]

/// The seeds, one after the other, repeated until the text reaches `megabytes`.
func corpus(megabytes: Int) -> [UInt8] {
  let round: [UInt8] = seeds.flatMap { name -> [UInt8] in fixture(name) + [0x0A] }
  var bytes: [UInt8] = []
  bytes.reserveCapacity(megabytes * 1_000_000 + round.count)
  while bytes.count < megabytes * 1_000_000 { bytes += round }
  return bytes
}

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .throughput, .peakMemoryResident, .mallocCountTotal],
    warmupIterations: 1,
    maxDuration: .seconds(3),
    maxIterations: 50
  )
  let parser = GongwenParser()

  // Stages on the 10 MB corpus and the GB18030 copy of seed 003.
  let tenMB = corpus(megabytes: 10)
  let gb18030 = fixture("003-gb18030.txt")
  Benchmark("decode UTF-8 10MB") { benchmark in
    for _ in benchmark.scaledIterations { blackHole(try PipelineStages.decode(tenMB)) }
  }
  Benchmark("decode GB18030 seed003 (\(gb18030.count) B)") { benchmark in
    for _ in benchmark.scaledIterations { blackHole(try PipelineStages.decode(gb18030)) }
  }
  let decoded = try? PipelineStages.decode(tenMB)
  // Layout recovery on the corpus as it is (detection only: nothing to repair), run on one
  // line, and hard-wrapped every 33 characters as a PDF copy (issue 15).
  let runOn = try? PipelineStages.decode(Array(String(decoding: tenMB, as: UTF8.self).split(separator: "\n").joined().utf8))
  let wrappedBytes = Array(hardWrapped(String(decoding: tenMB, as: UTF8.self), every: 33).utf8)
  let wrapped = try? PipelineStages.decode(wrappedBytes)
  for (name, text) in [("", decoded), (" one-line", runOn), (" wrapped", wrapped)] {
    Benchmark("layout\(name) 10MB") { benchmark in
      guard let text else { return }
      for _ in benchmark.scaledIterations { blackHole(PipelineStages.recoverLayout(text)) }
    }
  }
  let runOnBytes = Array(String(decoding: tenMB, as: UTF8.self).split(separator: "\n").joined().utf8)
  Benchmark("parse+JSON one-line 10MB") { benchmark in
    for _ in benchmark.scaledIterations { blackHole(try parser.parse(bytes: runOnBytes).jsonBytes()) }
  }
  Benchmark("parse+JSON wrapped 10MB") { benchmark in
    for _ in benchmark.scaledIterations { blackHole(try parser.parse(bytes: wrappedBytes).jsonBytes()) }
  }
  Benchmark("outline 10MB") { benchmark in
    guard let decoded else { return }
    for _ in benchmark.scaledIterations { blackHole(PipelineStages.outline(decoded)) }
  }
  let tree = decoded.map(PipelineStages.outline)
  Benchmark("extract 10MB") { benchmark in
    guard let tree else { return }
    for _ in benchmark.scaledIterations { blackHole(PipelineStages.extract(tree)) }
  }
  Benchmark("parse+JSON 10MB") { benchmark in
    for _ in benchmark.scaledIterations { blackHole(try parser.parse(bytes: tenMB).jsonBytes()) }
  }

  // End to end on each fixture.
  for name in seeds + ["003-gb18030.txt", "003-utf16le-bom.txt"] {
    let bytes = fixture(name)
    Benchmark("parse+JSON \(name) (\(bytes.count) B)") { benchmark in
      for _ in benchmark.scaledIterations { blackHole(try parser.parse(bytes: bytes, path: name).jsonBytes()) }
    }
  }

  // Linearity and memory: 100 MB, built lazily so other benchmarks do not hold it.
  Benchmark(
    "parse+JSON 100MB",
    configuration: .init(warmupIterations: 0, maxDuration: .seconds(60), maxIterations: 3)
  ) { benchmark in
    let hundredMB = corpus(megabytes: 100)
    benchmark.startMeasurement()
    for _ in benchmark.scaledIterations { blackHole(try parser.parse(bytes: hundredMB).jsonBytes()) }
    benchmark.stopMeasurement()
  }
}

/// `text` with every line cut into pieces of `width` characters, as a PDF copy.
private func hardWrapped(_ text: String, every width: Int) -> String {
  var lines: [Substring] = []
  for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
    var rest = line[...]
    repeat {
      lines.append(rest.prefix(width))
      rest = rest.dropFirst(width)
    } while !rest.isEmpty
  }
  return lines.joined(separator: "\n")
}

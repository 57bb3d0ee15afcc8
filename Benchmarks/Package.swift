// swift-tools-version:6.1
// Benchmarks live in their own package so that `swift test` in the main package never
// builds ordo-one/benchmark. Run from this directory:
//   swift package --disable-sandbox benchmark
import PackageDescription

let package = Package(
  name: "GongwenBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "Gongwen", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "GongwenBenchmarks",
      dependencies: [
        .product(name: "Gongwen", package: "Gongwen"),
        .product(name: "Benchmark", package: "benchmark"),
      ],
      path: "Benchmarks/GongwenBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
  ],
  swiftLanguageModes: [.v6]
)

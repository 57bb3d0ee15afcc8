// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Gongwen",
  products: [
    .library(name: "Gongwen", targets: ["Gongwen"]),
    .executable(name: "gongwen", targets: ["gongwen"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // `swift package generate-documentation --target Gongwen` (a plugin: not built by `swift test`).
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    // Unzips .docx files (Sources/GongwenDocx), over the system zlib (zlib1g-dev).
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // The system ICU (libicu-dev), seen through a C shim.
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-uc",
      providers: [.apt(["libicu-dev"])]
    ),
    // The system SQLite (libsqlite3-dev), for `convert --format sqlite`: a few statements
    // through the C API, seen by one file (see Docs/Guide.md, "SQLite").
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]
    ),
    // The only Swift code that sees ICU. It imports no Foundation, because
    // Foundation's bundled ICU headers clash with the system ones in any
    // module that sees both (see Docs/Guide.md, "Encodings").
    // Built with library evolution so that its `internal import CICU` stays inside it: the
    // modules that import it, which also load Foundation (through the .docx reader), never
    // load the system ICU's headers beside Foundation's own ICU.
    .target(name: "GongwenICU", dependencies: ["CICU"], swiftSettings: [.unsafeFlags(["-enable-library-evolution"])]),
    // The only code that sees ZIPFoundation and FoundationXML (libxml2): reads a .docx into
    // plain values (Sources/GongwenDocx, Docs/Docx.md), as GongwenICU does for ICU.
    .target(
      name: "GongwenDocx",
      dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .target(name: "Gongwen", dependencies: ["GongwenICU", "GongwenDocx", "CSQLite"]),
    .executableTarget(
      name: "gongwen",
      dependencies: [
        "Gongwen",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "GongwenTests",
      dependencies: ["Gongwen", "GongwenDocx", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    // Runs the built `gongwen` end to end; depending on it makes `swift test` build it.
    .testTarget(name: "GongwenCLITests", dependencies: ["gongwen"]),
  ],
  swiftLanguageModes: [.v6]
)

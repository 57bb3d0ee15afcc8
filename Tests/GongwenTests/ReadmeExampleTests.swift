import Foundation
import Testing
@testable import Gongwen

/// The README's library example, compiled and run here, and checked to be the README's text.
@Suite("README example")
struct ReadmeExampleTests {
  @Test func libraryExampleRuns() throws {
    let previous = FileManager.default.currentDirectoryPath
    _ = FileManager.default.changeCurrentDirectoryPath(Fixtures.root.deletingLastPathComponent().path)
    defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }

    // --- README: Library usage (from `let parser` to `let json`) ---
    let parser = GongwenParser()
    let document = try parser.parse(contentsOfFile: "Fixtures/000_2f763b3cc542b0bb.txt")
    print(document.outline.kind, document.outline.period?.year ?? 0)   // mixed 2021
    for section in document.outline.sections {
      print(section.marker, section.title ?? "—", section.role)       // 一、 2021年工作成效 achievements
    }
    let counts = document.metrics.filter { $0.unit == "次" }.map { $0.value ?? 0 }
    let json = document.jsonData(pretty: true)                        // the JSON contract
    // --- end ---

    #expect(document.outline.kind == .mixed && document.outline.period?.year == 2021)
    #expect(document.outline.sections[0].title == "2021年工作成效" && document.outline.sections[0].role == .achievements)
    #expect(counts.contains(4))
    #expect(!json.isEmpty)
  }

  @Test func exampleIsTheREADMEs() throws {
    let readme = try String(contentsOf: Fixtures.root.deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
    let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
    let blocks = readme.components(separatedBy: "```swift\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
    let block = try #require(blocks.first { $0.contains("let parser") })
    let body = block.components(separatedBy: "\n").drop { !$0.hasPrefix("let parser") }.filter { !$0.isEmpty }
    for line in body {
      #expect(source.contains("    " + line), "README line not in the tested example: \(line)")
    }
    #expect(body.count >= 7)
  }

  /// The README says how to depend on the package as it truly can be: by path, with the
  /// library product this manifest declares; no made-up URL or version.
  @Test func dependencyInstructionsAreTrue() throws {
    let root = Fixtures.root.deletingLastPathComponent()
    let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
    let blocks = readme.components(separatedBy: "```swift\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
    let dependency = try #require(blocks.first { $0.contains(".package(") })
    #expect(dependency.contains(".package(path: \"../gongwen\")"))
    #expect(dependency.contains(".product(name: \"Gongwen\", package: \"gongwen\")"))
    #expect(manifest.contains(".library(name: \"Gongwen\", targets: [\"Gongwen\"])"))
    // Neither a URL of this package nor a version number that was never released.
    #expect(!readme.contains("github.com/…"))
    #expect(!readme.contains("from: \"0."))
    #expect(!dependency.contains("url:"))
  }

  @Test func schemaVersionMatchesTheSchema() throws {
    let url = Fixtures.root.deletingLastPathComponent().appendingPathComponent("Docs/schema/gongwen-v2.schema.json")
    let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    let properties = try #require(schema["properties"] as? [String: Any])
    let version = try #require((properties["schemaVersion"] as? [String: Any])?["const"] as? Int)
    #expect(version == Document.currentSchemaVersion)
    #expect((schema["$id"] as? String)?.contains("gongwen-v\(version)") == true)
    // Every top-level key the encoder writes is declared, and nothing else but the `id` a
    // stream result adds.
    let document = try Fixtures.seed("000")
    let object = try #require(try JSONSerialization.jsonObject(with: document.jsonData()) as? [String: Any])
    #expect(Set(object.keys) == Set(properties.keys).subtracting(["id"]))
  }
}

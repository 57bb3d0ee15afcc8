import Foundation

/// Runs the `gongwen` executable that `swift test` built next to the test bundle.
struct CLIRunner {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var executable: URL {
    // The test bundle lives in the build products directory, beside the executable.
    let products = Bundle.main.bundleURL.hasDirectoryPath
      ? Bundle.main.bundleURL.deletingLastPathComponent()
      : Bundle.main.bundleURL.deletingLastPathComponent()
    let candidate = products.appendingPathComponent("gongwen")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    return packageRoot.appendingPathComponent(".build/debug/gongwen")
  }

  static func fixture(_ name: String) -> String {
    packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(name).path
  }

  static func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting so a large output cannot fill a pipe and block.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}

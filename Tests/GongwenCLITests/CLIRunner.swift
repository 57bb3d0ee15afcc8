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
    // The test bundle lives in the build products directory, beside the executable. On Linux
    // `Bundle.main.bundleURL` is that directory itself (the test binary is not a bundle);
    // elsewhere it is the `.xctest` bundle inside it. Falling back to `.build/debug` alone
    // would miss a build made with `--scratch-path`.
    let bundle = Bundle.main.bundleURL
    for products in [bundle, bundle.deletingLastPathComponent()] {
      let candidate = products.appendingPathComponent("gongwen")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return packageRoot.appendingPathComponent(".build/debug/gongwen")
  }

  static func fixture(_ name: String) -> String {
    packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(name).path
  }

  static func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
    try run(executable: executable, arguments, stdin: stdin)
  }

  /// Runs a bash script, with `$GONGWEN` naming the executable: for redirections, pipes and
  /// signal dispositions that `Process` cannot set up.
  static func run(shell script: String) throws -> Result {
    try run(
      executable: URL(fileURLWithPath: "/bin/bash"), ["-c", script],
      environment: ["GONGWEN": executable.path])
  }

  private static func run(
    executable: URL, _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = input
    try process.run()
    // Feed standard input and drain standard error on their own threads, so that a large
    // input or output cannot fill a pipe and block both processes.
    let writer = input.fileHandleForWriting
    let fed = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      if let stdin { writer.write(stdin) }
      try? writer.close()
      fed.signal()
    }
    let errors = ErrorBox()
    let drained = DispatchSemaphore(value: 0)
    let errorReader = err.fileHandleForReading
    DispatchQueue.global().async {
      errors.data = errorReader.readDataToEndOfFile()
      drained.signal()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    fed.wait()
    drained.wait()
    let errData = errors.data
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}

/// Carries standard error's bytes from the thread that reads them.
private final class ErrorBox: @unchecked Sendable {
  var data = Data()
}

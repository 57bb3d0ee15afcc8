import ArgumentParser
import Gongwen

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a report named on the command line, turning library errors into a message on
/// standard error and exit code 1.
enum InputLoader {
  static func document(from file: String) throws -> Document {
    do {
      if file == "-" {
        return try GongwenParser().parse(bytes: readStandardInput(), path: nil)
      }
      return try GongwenParser().parse(contentsOfFile: file)
    } catch {
      Output.writeError("gongwen: \(error)\n")
      throw ExitCode.failure
    }
  }

  private static func readStandardInput() -> [UInt8] {
    var bytes = [UInt8]()
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if count <= 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }
}

/// Writes to standard output and standard error without Foundation.
enum Output {
  static func write(_ bytes: some Sequence<UInt8>) {
    var buffer = Array(bytes)
    buffer.withUnsafeMutableBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Glibc.write(1, raw.baseAddress! + offset, raw.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }

  static func write(_ string: String) { write(string.utf8) }

  static func writeError(_ string: String) {
    var buffer = Array(string.utf8)
    buffer.withUnsafeMutableBytes { raw in _ = Glibc.write(2, raw.baseAddress, raw.count) }
  }
}

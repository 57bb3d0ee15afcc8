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

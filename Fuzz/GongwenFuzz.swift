// libFuzzer entry point for Gongwen. Not part of the package build (it lives outside
// Sources/): Scripts/fuzz.sh compiles it against the sanitized library objects. See
// Docs/Fuzzing.md.
//
// Each input goes through the three public entry points that take untrusted data:
//   1. GongwenParser().parse(bytes:)       on the raw bytes (encoding detection included);
//   2. GongwenParser().parse(text:)        on String(decoding: input, as: UTF8.self);
//   3. StreamProcessor().process(line:)    on the input with its line feeds dropped.
// Every Document is serialised with writeJSON(pretty: false), and the JSON must stay linear
// in the size of what the entry point was given:
//     jsonBytes <= 160 * inputBytes + 64 KiB
// 160, not 40: text made of one entity every two or three ASCII bytes ("XX\n" repeated)
// costs about 130 bytes of JSON per entity, up to ~100 per input byte, and that is linear.
// A quadratic bug passes any constant: the enumeration bug this bound was written for gave
// 1,200 bytes per input byte at 65 KB (Tests/GongwenTests/Reliability/OutputSizeTests.swift
// holds the tighter 40 for inputs whose entities carry Chinese text).
// A violation traps with a message naming the entry point and the sizes. Setting
// GONGWEN_FUZZ_NO_BOUND=1 turns the bound off (to keep fuzzing past a known violation).

import Gongwen

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether the linear-output bound is checked (off when GONGWEN_FUZZ_NO_BOUND is set and not "0").
private let boundEnabled: Bool = {
  guard let value = getenv("GONGWEN_FUZZ_NO_BOUND") else { return true }
  let string = String(cString: value)
  return string.isEmpty || string == "0"
}()

private func bound(for inputBytes: Int) -> Int { 160 * inputBytes + 64 * 1024 }

/// Thrown from the JSON sink to stop writing as soon as the bound is passed, so that a
/// quadratic document costs no more than the bound to detect.
private struct OverBound: Error { var bytes: Int }

private func boundViolation(_ entry: String, json: Int, input: Int) -> Never {
  fatalError(
    "GONGWEN FUZZ: linear-output bound violated by \(entry): JSON > \(json) bytes for "
      + "\(input) input bytes (bound 160 * input + 65536 = \(bound(for: input))). "
      + "Set GONGWEN_FUZZ_NO_BOUND=1 to fuzz past it.")
}

/// Serialises `document` compactly, counting (not keeping) the bytes, and checks the bound.
private func checkJSON(of document: Document, inputBytes: Int, entry: String) {
  let limit = boundEnabled ? bound(for: inputBytes) : Int.max
  var total = 0
  do throws(OverBound) {
    try document.writeJSON(pretty: false) { (chunk: UnsafeRawBufferPointer) throws(OverBound) in
      total += chunk.count
      if total > limit { throw OverBound(bytes: total) }
    }
  } catch {
    boundViolation(entry, json: error.bytes, input: inputBytes)
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data!, count: size))
  let parser = GongwenParser()

  // 1. Raw bytes, as from a file. Errors (not text, …) are fine; crashes are not.
  if let document = try? parser.parse(bytes: input) {
    checkJSON(of: document, inputBytes: input.count, entry: "parse(bytes:)")
  }

  // 2. The same bytes as a String (invalid UTF-8 becomes U+FFFD, 3 bytes each).
  let text = String(decoding: input, as: UTF8.self)
  checkJSON(of: parser.parse(text: text), inputBytes: text.utf8.count, entry: "parse(text:)")

  // 3. One stream line: a line never holds a line feed (the CLI splits at them). The
  // processor has no allowed roots, so every `path` request — however its key is spelt
  // (`"p\u0061th"`) — must be refused without touching the disk: fuzzing that refusal is
  // part of the point.
  let line = String(decoding: input.filter { $0 != 0x0A }, as: UTF8.self)
  let result = StreamProcessor().process(line: line)
  let lineCount = line.utf8.count
  if boundEnabled && result.count > bound(for: lineCount) {
    boundViolation("StreamProcessor.process(line:)", json: result.count, input: lineCount)
  }
  return 0
}

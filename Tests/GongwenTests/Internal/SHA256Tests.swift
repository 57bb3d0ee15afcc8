import Testing
@testable import Gongwen

@Suite("SHA-256 of the source bytes")
struct SHA256Tests {
  @Test("FIPS 180-4 test vectors", arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
  ])
  func vectors(input: String, digest: String) {
    let bytes = Array(input.utf8)
    #expect(bytes.withUnsafeBytes(SHA256.hexDigest) == digest)
  }

  @Test func aMillionAs() {
    let bytes = [UInt8](repeating: 0x61, count: 1_000_000)
    #expect(bytes.withUnsafeBytes(SHA256.hexDigest) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func sourceHashOfASeedMatchesSha256sum() throws {
    // sha256sum Fixtures/003_a7bb66045fcf768d.txt
    #expect(try Fixtures.seed("003").source.sha256 == "1e21407c0efa68a6269b711e818c1a38ac56fa2b42029b66771632034a8fc151")
  }
}

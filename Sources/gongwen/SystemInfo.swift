#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum SystemInfo {
  /// The cores this process may run on.
  static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

enum Terminal {
  static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

  /// The terminal's width from $COLUMNS, else 80.
  static var width: Int {
    getenv("COLUMNS").flatMap { Int(String(cString: $0)) } ?? 80
  }
}

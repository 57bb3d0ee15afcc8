#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Gongwen

/// Removes the temporary files of a batch when the user stops it (Ctrl-C, `kill`, a closed
/// terminal), then lets the signal end the program as it would have.
///
/// A signal handler may call almost nothing safely, so the handler only writes the signal's
/// number to a pipe; a thread of its own reads it, removes the files
/// (``AtomicFile/removeUncommittedFiles()``), restores the default action and raises the
/// signal again, so the exit status still says which signal it was.
enum SignalCleanup {
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// The pipe's write end, for the handler; set once, before any handler is installed.
  nonisolated(unsafe) private static var writeEnd: Int32 = -1

  static func install() {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return }
    writeEnd = ends[1]
    var thread = pthread_t()
    let readEnd = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    readEnd.pointee = ends[0]
    let started = pthread_create(&thread, nil, { argument in
      let pointer = argument!.assumingMemoryBound(to: Int32.self)
      let descriptor = pointer.pointee
      pointer.deallocate()
      var number: UInt8 = 0
      while read(descriptor, &number, 1) < 0, errno == EINTR {}
      AtomicFile.removeUncommittedFiles()
      let signal = Int32(number)
      var action = sigaction()
      action.__sigaction_handler.sa_handler = SIG_DFL
      sigaction(signal, &action, nil)
      raise(signal)
      _exit(128 + signal)
    }, readEnd)
    guard started == 0 else { return }
    pthread_detach(thread)
    for signal in signals {
      // A signal the parent set to be ignored stays ignored (nohup, background jobs of a
      // shell without job control): the user asked for the run to survive it.
      var previous = sigaction()
      sigaction(signal, nil, &previous)
      if unsafeBitCast(previous.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
        continue
      }
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in
        var byte = UInt8(truncatingIfNeeded: number)
        _ = write(SignalCleanup.writeEnd, &byte, 1)
      }
      sigemptyset(&action.sa_mask)
      sigaction(signal, &action, nil)
    }
  }
}

/// Reports a batch's progress at most every 100 ms, and always for its last item, so that a
/// fast batch does not spend its time drawing the bar.
struct ProgressThrottle {
  static let interval: Duration = .milliseconds(100)

  let clock = ContinuousClock()
  let start: ContinuousClock.Instant
  private var lastReport: ContinuousClock.Instant

  init() {
    start = clock.now
    lastReport = start
  }

  var elapsed: Duration { clock.now - start }

  /// Calls `progress` for item `index` of `total` when it is due.
  mutating func report(_ progress: (@Sendable (BatchProgress) -> Void)?, index: Int, total: Int, bytes: Int) {
    guard let progress else { return }
    let now = clock.now
    guard now - lastReport >= Self.interval || index == total - 1 else { return }
    lastReport = now
    progress(BatchProgress(done: index + 1, total: total, bytes: bytes, elapsed: now - start))
  }
}

import Gongwen

/// Draws ``BatchProgress`` on standard error, over one line, when standard error is a
/// terminal; silent otherwise.
final class ProgressBar: Sendable {
  let enabled = Terminal.isTerminal(2)

  var report: @Sendable (BatchProgress) -> Void {
    { [enabled] progress in
      guard enabled else { return }
      Output.writeError("\r" + progress.line(width: Terminal.width) + "\u{1B}[K")
    }
  }

  func finish() {
    if enabled { Output.writeError("\n") }
  }
}

/// Where the title of a heading that runs into its body ends (interim rule: the first
/// sentence punctuation within a title's length, else no title).
enum RunInHeadingTitle {
  static func titleEnd(_ text: [UInt32], from start: Int, limit: Int) -> Int? {
    let window = min(limit, start + InlineHeadingSplitter.maxInlineTitleLength + 1)
    guard let terminator = InlineHeadingSplitter.firstTerminator(text, start..<window), terminator - start >= 2 else {
      return nil
    }
    return terminator
  }
}

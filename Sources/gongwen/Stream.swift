import ArgumentParser
import Gongwen

extension GongwenCommand {
  struct Stream: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read JSON lines {\"id\",\"text\"} or {\"id\",\"path\"} on stdin; write one result line each.",
      discussion: """
        Each output line is {"document":{…},"id":…} or {"error":"…","id":…}, in input order, \
        written as soon as it is ready. A bad line gives an error line and the stream goes on; \
        the exit code is 0 at the end of input. Fan out with GNU parallel --pipe, xargs or \
        Spark's RDD.pipe (see Docs/Guide.md, "Stream mode").

        {"path":…} requests are refused unless --allow-path names the folders they may read: \
        only regular files inside those folders (after resolving .. and symbolic links) are \
        read. Texts and files over --max-bytes, and request lines over twice that, get an \
        error line.
        """)

    @Option(
      name: .customLong("allow-path"),
      help: ArgumentHelp(
        "Let {\"path\":…} requests read regular files inside this folder (repeatable).", valueName: "dir"))
    var allowedPaths: [String] = []

    @OptionGroup var limits: LimitOptions

    func validate() throws {
      for path in allowedPaths {
        do {
          try StreamProcessor.validateRoot(path)
        } catch {
          throw ValidationError("--allow-path \(error.description)")
        }
      }
    }

    func run() throws {
      let processor = StreamProcessor(allowedRoots: allowedPaths, parser: limits.parser)
      // Chunked and bounded, unlike readLine: one endless line cannot exhaust memory.
      var reader = RequestLineReader(descriptor: 0, limit: processor.maxLineBytes)
      while let line = reader.next() {
        Output.write(processor.process(line) + [0x0A])
      }
      if let error = reader.readError {
        Output.writeError("gongwen: standard input: \(error)\n")
        throw ExitCode(1)
      }
    }
  }
}

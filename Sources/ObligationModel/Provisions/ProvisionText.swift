import Diagnostics

/// Provision text as reports show it: the Markdown source without its annotation comments, and
/// without the blank lines those comments leave behind.
public enum ProvisionText {
  public static func plain(_ markdown: String) -> String {
    var markdown = markdown
    guard !markdown.isEmpty else { return "" }
    return markdown.withUTF8 { source in
      // Every separator written stands for a line feed read, so the text never grows.
      String(unsafeUninitializedCapacity: source.count) { output in
        var lines = LineWriter(output: output)
        forEachRunOutsideComments(source) { run in
          var start = 0
          while let newline = SourceText.offset(of: UInt8(ascii: "\n"), in: run, from: start) {
            lines.append(UnsafeBufferPointer(rebasing: run[start..<newline]))
            lines.endLine()
            start = newline + 1
          }
          lines.append(UnsafeBufferPointer(rebasing: run[start...]))
        }
        lines.endLine()
        return lines.written
      }
    }
  }

  /// Calls `body` with each run of bytes outside `<!-- … -->` comments, in order; an unclosed
  /// comment runs to the end. A line may be split over several runs.
  private static func forEachRunOutsideComments(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    var index = 0
    var plainFrom = 0
    while index + 3 < bytes.count, let open = SourceText.offset(of: UInt8(ascii: "<"), in: bytes, from: index) {
      guard open + 3 < bytes.count else { break }
      guard bytes[open + 1] == UInt8(ascii: "!"), bytes[open + 2] == UInt8(ascii: "-"),
        bytes[open + 3] == UInt8(ascii: "-")
      else {
        index = open + 1
        continue
      }
      body(UnsafeBufferPointer(rebasing: bytes[plainFrom..<open]))
      var end = open + 4
      while end + 2 < bytes.count,
        !(bytes[end] == UInt8(ascii: "-") && bytes[end + 1] == UInt8(ascii: "-") && bytes[end + 2] == UInt8(ascii: ">"))
      {
        end += 1
      }
      index = min(end + 3, bytes.count)
      plainFrom = index
    }
    body(UnsafeBufferPointer(rebasing: bytes[plainFrom...]))
  }

  /// Writes lines without their trailing blanks, one blank line for each run of them, none
  /// leading or trailing. A line's separator is written before its text and taken back if the
  /// line turns out blank, so nothing is copied twice.
  private struct LineWriter {
    let output: UnsafeMutableBufferPointer<UInt8>
    var written = 0
    /// Where the line being written, and its separator, begin; `nil` before its first byte.
    private var lineStart: (separator: Int, text: Int)?
    private var blankPending = false

    init(output: UnsafeMutableBufferPointer<UInt8>) { self.output = output }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard !bytes.isEmpty else { return }
      if lineStart == nil {
        let separator = written
        if written > 0 { put(UInt8(ascii: "\n")) }
        if blankPending { put(UInt8(ascii: "\n")) }
        lineStart = (separator, written)
      }
      let target = UnsafeMutableBufferPointer(rebasing: output[written..<written + bytes.count])
      written = written + target.initialize(fromContentsOf: bytes)
    }

    mutating func endLine() {
      defer { lineStart = nil }
      guard let start = lineStart else {
        blankPending = written > 0
        return
      }
      while written > start.text, Self.isTrailingBlank(output[written - 1]) { written -= 1 }
      if written == start.text {
        written = start.separator
        blankPending = written > 0
      } else {
        blankPending = false
      }
    }

    private static func isTrailingBlank(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private mutating func put(_ byte: UInt8) {
      output[written] = byte
      written += 1
    }
  }
}

import Diagnostics

/// Provision text as reports show it: the Markdown source without its annotation comments, and
/// without the blank lines those comments leave behind.
public enum ProvisionText {
  public static func plain(_ markdown: String) -> String {
    var markdown = markdown
    guard !markdown.isEmpty else { return "" }
    // A provision's section is its annotation, then text that is usually plain already: that
    // text is cut out as it is, without going over it line by line.
    if let start = markdown.withUTF8(plainStart) {
      let utf8 = markdown.utf8
      if start == 0 { return markdown }
      if let text = String(utf8[utf8.index(utf8.startIndex, offsetBy: start)...]) { return text }
    }
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

  /// Where the plain text begins when everything after one leading comment and the line feeds
  /// after it is plain already, so the result is that text as it is; `nil` when it is not.
  private static func plainStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var start = 0
    if isCommentOpener(at: 0, in: bytes) {
      start = commentEnd(opener: 0, in: bytes)
      while start < bytes.count, bytes[start] == UInt8(ascii: "\n") { start += 1 }
    }
    return isPlain(UnsafeBufferPointer(rebasing: bytes[start...])) ? start : nil
  }

  /// Whether the text comes out of `plain` as it is: no comment opener, no blank line first or
  /// last, no two in a row, and no line that ends in a blank (so every blank line is empty).
  private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "\n"), last != UInt8(ascii: "\n"),
      !isBlank(last)
    else { return false }
    var index = 0
    while let open = SourceText.offset(of: UInt8(ascii: "<"), in: bytes, from: index) {
      if isCommentOpener(at: open, in: bytes) { return false }
      index = open + 1
    }
    index = 0
    // The first byte is no line feed, so every line feed found has a byte before it.
    while let newline = SourceText.offset(of: UInt8(ascii: "\n"), in: bytes, from: index) {
      let before = bytes[newline - 1]
      if isBlank(before) { return false }
      if before == UInt8(ascii: "\n"), newline >= 2, bytes[newline - 2] == UInt8(ascii: "\n") { return false }
      index = newline + 1
    }
    return true
  }

  private static func isCommentOpener(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    index + 3 < bytes.count && bytes[index] == UInt8(ascii: "<") && bytes[index + 1] == UInt8(ascii: "!")
      && bytes[index + 2] == UInt8(ascii: "-") && bytes[index + 3] == UInt8(ascii: "-")
  }

  /// Where the comment opened at `opener` ends, after its `-->`; an unclosed one ends the text.
  /// The `-->` is found by its `>`, which a comment rarely holds otherwise.
  private static func commentEnd(opener: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var from = opener + 6
    while let close = SourceText.offset(of: UInt8(ascii: ">"), in: bytes, from: from) {
      if bytes[close - 1] == UInt8(ascii: "-") && bytes[close - 2] == UInt8(ascii: "-") { return close + 1 }
      from = close + 1
    }
    return bytes.count
  }

  fileprivate static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

  /// Calls `body` with each run of bytes outside `<!-- … -->` comments, in order; an unclosed
  /// comment runs to the end. A line may be split over several runs.
  private static func forEachRunOutsideComments(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    var index = 0
    var plainFrom = 0
    while index + 3 < bytes.count, let open = SourceText.offset(of: UInt8(ascii: "<"), in: bytes, from: index) {
      guard open + 3 < bytes.count else { break }
      guard isCommentOpener(at: open, in: bytes) else {
        index = open + 1
        continue
      }
      body(UnsafeBufferPointer(rebasing: bytes[plainFrom..<open]))
      index = commentEnd(opener: open, in: bytes)
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
      while written > start.text, ProvisionText.isBlank(output[written - 1]) { written -= 1 }
      if written == start.text {
        written = start.separator
        blankPending = written > 0
      } else {
        blankPending = false
      }
    }

    private mutating func put(_ byte: UInt8) {
      output[written] = byte
      written += 1
    }
  }
}

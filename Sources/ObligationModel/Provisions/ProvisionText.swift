import Diagnostics

/// Provision text as reports show it: the Markdown source without its annotation comments, and
/// without the blank lines those comments leave behind.
public enum ProvisionText {
  public static func plain(_ markdown: String) -> String {
    var markdown = markdown
    let kept = markdown.withUTF8 { withoutComments($0) }
    // Trailing blanks go, runs of blank lines become one, none leads or trails.
    var output: [UInt8] = []
    output.reserveCapacity(kept.count)
    var blankPending = false
    kept.withUnsafeBufferPointer { bytes in
      var lineStart = 0
      while lineStart <= bytes.count {
        let lineEnd = SourceText.offset(of: UInt8(ascii: "\n"), in: bytes, from: lineStart) ?? bytes.count
        var end = lineEnd
        while end > lineStart, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") {
          end -= 1
        }
        if end == lineStart {
          blankPending = !output.isEmpty
        } else {
          if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
          if blankPending { output.append(UInt8(ascii: "\n")) }
          blankPending = false
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]))
        }
        lineStart = lineEnd + 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The bytes outside `<!-- … -->` comments; an unclosed comment runs to the end. Reports cut
  /// every provision this way, so the text between comments is copied in runs.
  private static func withoutComments(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var kept: [UInt8] = []
    kept.reserveCapacity(bytes.count)
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
      kept.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom..<open]))
      var end = open + 4
      while end + 2 < bytes.count,
        !(bytes[end] == UInt8(ascii: "-") && bytes[end + 1] == UInt8(ascii: "-") && bytes[end + 2] == UInt8(ascii: ">"))
      {
        end += 1
      }
      index = min(end + 3, bytes.count)
      plainFrom = index
    }
    kept.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainFrom...]))
    return kept
  }
}

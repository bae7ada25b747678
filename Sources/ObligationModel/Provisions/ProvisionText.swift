/// Provision text as reports show it: the Markdown source without its annotation comments, and
/// without the blank lines those comments leave behind.
public enum ProvisionText {
  public static func plain(_ markdown: String) -> String {
    let kept = withoutComments(Array(markdown.utf8))
    // Trailing blanks go, runs of blank lines become one, none leads or trails.
    var output: [UInt8] = []
    output.reserveCapacity(kept.count)
    var blankPending = false
    for line in kept.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      var end = line.endIndex
      while end > line.startIndex, kept[end - 1] == UInt8(ascii: " ") || kept[end - 1] == UInt8(ascii: "\t") {
        end -= 1
      }
      guard end > line.startIndex else {
        blankPending = !output.isEmpty
        continue
      }
      if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
      if blankPending { output.append(UInt8(ascii: "\n")) }
      blankPending = false
      output += kept[line.startIndex..<end]
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The bytes outside `<!-- … -->` comments; an unclosed comment runs to the end.
  private static func withoutComments(_ bytes: [UInt8]) -> [UInt8] {
    var kept: [UInt8] = []
    kept.reserveCapacity(bytes.count)
    var index = 0
    var plainFrom = 0
    while index + 3 < bytes.count {
      guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!"),
        bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-")
      else {
        index += 1
        continue
      }
      kept += bytes[plainFrom..<index]
      var end = index + 4
      while end + 2 < bytes.count,
        !(bytes[end] == UInt8(ascii: "-") && bytes[end + 1] == UInt8(ascii: "-") && bytes[end + 2] == UInt8(ascii: ">"))
      {
        end += 1
      }
      index = min(end + 3, bytes.count)
      plainFrom = index
    }
    kept += bytes[plainFrom...]
    return kept
  }
}

/// Provision text as reports show it: the Markdown source without its annotation comments, and
/// without the blank lines those comments leave behind.
public enum ProvisionText {
  public static func plain(_ markdown: String) -> String {
    let bytes = Array(markdown.utf8)
    var kept: [UInt8] = []
    kept.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "<"), index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "!"),
        bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-")
      {
        var end = index + 4
        while end + 2 < bytes.count,
          !(bytes[end] == UInt8(ascii: "-") && bytes[end + 1] == UInt8(ascii: "-")
            && bytes[end + 2] == UInt8(ascii: ">"))
        {
          end += 1
        }
        index = end + 3
        continue
      }
      kept.append(bytes[index])
      index += 1
    }
    var lines: [ArraySlice<UInt8>] = []
    for line in kept.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      var trimmed = line
      while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
        trimmed = trimmed.dropLast()
      }
      if trimmed.isEmpty && (lines.last?.isEmpty ?? true) { continue }
      lines.append(trimmed)
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return String(decoding: Array(lines.joined(separator: [UInt8(ascii: "\n")])), as: UTF8.self)
  }
}

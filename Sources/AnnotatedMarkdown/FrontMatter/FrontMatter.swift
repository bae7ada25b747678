/// The YAML block between `---` lines at the top of a file, split off before cmark sees it
/// (cmark would read it as a thematic break and a setext heading).
struct FrontMatter {
  /// The YAML text, without its fences; `nil` when the file has no front matter.
  var yaml: String?
  /// The line of the file on which the YAML starts (the line after the opening fence).
  var yamlFirstLine = 2
  /// The Markdown after the closing fence.
  var body: String
  /// How many lines of the file precede `body`.
  var bodyLineOffset: Int
  /// The opening fence was never closed.
  var isUnclosed = false

  static func split(_ text: String) -> FrontMatter {
    // Walk line by line only as far as the closing fence; the body is never split into lines.
    let utf8 = text.utf8
    var lineStart = utf8.startIndex
    var lineNumber = 0
    var yamlStart: String.Index?
    while lineStart < utf8.endIndex {
      let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
      let line = Substring(text[lineStart..<lineEnd])
      lineNumber += 1
      let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
      if let start = yamlStart {
        if isFence(line, closing: true) {
          return FrontMatter(
            yaml: String(text[start..<lineStart]), body: String(text[next...]), bodyLineOffset: lineNumber)
        }
      } else {
        guard isFence(line, closing: false) else { return FrontMatter(yaml: nil, body: text, bodyLineOffset: 0) }
        yamlStart = next
      }
      lineStart = next
    }
    return FrontMatter(yaml: nil, body: text, bodyLineOffset: 0, isUnclosed: yamlStart != nil)
  }

  private static func isFence(_ line: Substring, closing: Bool) -> Bool {
    var trimmed = line
    while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
    return trimmed == "---" || (closing && trimmed == "...")
  }
}

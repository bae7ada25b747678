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
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first, isFence(first, closing: false) else {
      return FrontMatter(yaml: nil, body: text, bodyLineOffset: 0)
    }
    for (index, line) in lines.enumerated().dropFirst() where isFence(line, closing: true) {
      return FrontMatter(
        yaml: lines[1..<index].joined(separator: "\n"),
        body: lines[(index + 1)...].joined(separator: "\n"),
        bodyLineOffset: index + 1)
    }
    return FrontMatter(yaml: nil, body: text, bodyLineOffset: 0, isUnclosed: true)
  }

  private static func isFence(_ line: Substring, closing: Bool) -> Bool {
    var trimmed = line
    while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
    return trimmed == "---" || (closing && trimmed == "...")
  }
}

import Diagnostics

/// The YAML block between `---` lines at the top of a file, split off before cmark sees it
/// (cmark would read it as a thematic break and a setext heading).
struct FrontMatter {
  /// The YAML text, without its fences; `nil` when the file has no front matter.
  var yaml: String?
  /// The line of the file on which the YAML starts (the line after the opening fence).
  var yamlFirstLine = 2
  /// The byte offset in the file of the Markdown after the closing fence.
  var bodyOffset: Int
  /// How many lines of the file precede the body.
  var bodyLineOffset: Int
  /// The opening fence was never closed.
  var isUnclosed = false

  static func split(_ source: SourceText) -> FrontMatter {
    // Walk line by line only as far as the closing fence; the body is never split into lines.
    let bytes = source.bytes
    var lineNumber = 0
    var yamlStart: Int?
    while source.startOffset(ofLine: lineNumber + 1) < bytes.count {
      lineNumber += 1
      let lineStart = source.startOffset(ofLine: lineNumber)
      let next = source.startOffset(ofLine: lineNumber + 1)
      // Every line but the last ends with a line feed, just before the next one starts.
      let line = bytes[lineStart..<(lineNumber < source.lineCount ? next - 1 : next)]
      if let start = yamlStart {
        if isFence(line, closing: true) {
          return FrontMatter(
            yaml: String(decoding: bytes[start..<lineStart], as: UTF8.self), bodyOffset: next,
            bodyLineOffset: lineNumber)
        }
      } else {
        guard isFence(line, closing: false) else { return FrontMatter(yaml: nil, bodyOffset: 0, bodyLineOffset: 0) }
        yamlStart = next
      }
    }
    return FrontMatter(yaml: nil, bodyOffset: 0, bodyLineOffset: 0, isUnclosed: yamlStart != nil)
  }

  /// `---`, or `...` to close, with trailing blanks: the bytes decide, as no other character
  /// can join a dash, a dot, a space or a tab.
  private static func isFence(_ line: ArraySlice<UInt8>, closing: Bool) -> Bool {
    var trimmed = line
    while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { trimmed.removeLast() }
    return trimmed.elementsEqual("---".utf8) || (closing && trimmed.elementsEqual("...".utf8))
  }
}

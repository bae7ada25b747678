/// The text of one file with a line index, to turn byte positions into display locations.
public struct SourceText: Sendable {
  public let file: String
  public let bytes: [UInt8]
  /// Byte offset at which each line starts; `lineStarts[0]` is line 1.
  private let lineStarts: [Int]

  public init(file: String, text: String) {
    self.file = file
    self.bytes = Array(text.utf8)
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    self.lineStarts = starts
  }

  public var lineCount: Int { lineStarts.count }

  /// The text of a 1-based line, without its line ending; empty past the end of the file.
  public func line(_ number: Int) -> Substring {
    guard number >= 1, number <= lineStarts.count else { return "" }
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return Substring(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The text of lines `first...last` (1-based, clamped to the file) without blank lines at
  /// either end; line endings are kept as they are in the file.
  public func lines(_ first: Int, through last: Int) -> String {
    var first = max(first, 1)
    var last = min(last, lineStarts.count)
    while first <= last, isBlank(line: first) { first += 1 }
    while last >= first, isBlank(line: last) { last -= 1 }
    guard first <= last else { return "" }
    return String(decoding: bytes[lineStarts[first - 1]..<lineEnd(last)], as: UTF8.self)
  }

  /// Where a line's text ends, before its line feed.
  private func lineEnd(_ number: Int) -> Int {
    number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
  }

  private func isBlank(line number: Int) -> Bool {
    let text = bytes[lineStarts[number - 1]..<lineEnd(number)]
    // ASCII white space is most of it; other text is judged as Swift's `Character.isWhitespace` would.
    if text.allSatisfy({ $0 < 0x80 }) { return text.allSatisfy { $0 == 0x20 || (0x09...0x0D).contains($0) } }
    return String(decoding: text, as: UTF8.self).allSatisfy(\.isWhitespace)
  }

  /// The byte offset of a position, clamped to the file.
  public func offset(of position: SourcePosition) -> Int {
    let lineIndex = min(max(position.line, 1), lineStarts.count) - 1
    return min(lineStarts[lineIndex] + max(position.utf8Column, 1) - 1, bytes.count)
  }

  /// The position of a byte offset.
  public func position(ofOffset offset: Int) -> SourcePosition {
    let clamped = min(max(offset, 0), bytes.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
    }
    return SourcePosition(line: low + 1, utf8Column: clamped - lineStarts[low] + 1)
  }

  /// A diagnostic location for a position, with the column counted in Unicode scalars.
  public func location(of position: SourcePosition) -> SourceLocation {
    let lineIndex = min(max(position.line, 1), lineStarts.count) - 1
    let start = lineStarts[lineIndex]
    let end = min(start + max(position.utf8Column, 1) - 1, bytes.count)
    var scalars = 0
    for byte in bytes[start..<end] where byte & 0xC0 != 0x80 { scalars += 1 }
    return SourceLocation(file: file, line: lineIndex + 1, column: scalars + 1, utf8Column: end - start + 1)
  }

  /// A diagnostic location for a line and a column counted in Unicode scalars (as YAML reports).
  public func location(line: Int, scalarColumn: Int) -> SourceLocation {
    let text = self.line(line)
    let prefix = text.unicodeScalars.prefix(max(scalarColumn - 1, 0))
    let utf8 = prefix.reduce(0) { $0 + UTF8.width($1) }
    return location(of: SourcePosition(line: line, utf8Column: utf8 + 1))
  }
}

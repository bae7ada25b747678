import Diagnostics

/// A node's literal text with a map from byte offsets back to positions in the file.
///
/// cmark strips container prefixes (`> `, list indentation) from literals and reports only the
/// first line of an HTML block, so each literal line is found again in its source line.
///
/// A class: every annotation of the literal keeps it to find its locations when asked.
final class LiteralMap {
  let bytes: [UInt8]
  let source: SourceText
  private var lineStarts: [(offset: Int, position: SourcePosition)] = []

  init(literal: String, start: SourcePosition, isInline: Bool, source: SourceText) {
    self.bytes = literal.utf8Bytes
    self.source = source
    // Every annotation is mapped: both texts are read through buffers, without bounds checks.
    lineStarts = bytes.withUnsafeBufferPointer { literal in
      source.bytes.withUnsafeBufferPointer { file in
        Self.lineStarts(of: literal, at: start, isInline: isInline, in: file, source: source)
      }
    }
  }

  private static func lineStarts(
    of literal: UnsafeBufferPointer<UInt8>, at start: SourcePosition, isInline: Bool,
    in file: UnsafeBufferPointer<UInt8>, source: SourceText
  ) -> [(offset: Int, position: SourcePosition)] {
    var starts: [(offset: Int, position: SourcePosition)] = []
    // An HTML block is a line or a few, and ends in a line feed.
    starts.reserveCapacity(4)
    var offset = 0
    var k = 0
    while true {
      let lineEnd = SourceText.offset(of: UInt8(ascii: "\n"), in: literal, from: offset) ?? literal.count
      let line = UnsafeBufferPointer(rebasing: literal[offset..<lineEnd])
      let sourceLine = UnsafeBufferPointer(rebasing: file[source.lineBytes(start.line + k)])
      var column = k == 0 ? start.utf8Column : 1
      if !(k == 0 && isInline), !line.isEmpty {
        if sourceLine.count >= line.count, equal(UnsafeBufferPointer(rebasing: sourceLine.suffix(line.count)), line) {
          column = sourceLine.count - line.count + 1
        } else if let found = firstIndex(of: line, in: sourceLine) {
          column = found + 1
        }
      }
      starts.append((offset, SourcePosition(line: start.line + k, utf8Column: column)))
      guard lineEnd < literal.count else { return starts }
      offset = lineEnd + 1
      k += 1
    }
  }

  func location(at offset: Int) -> SourceLocation {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid].offset <= offset { low = mid } else { high = mid - 1 }
    }
    let line = lineStarts[low]
    return source.location(
      of: SourcePosition(line: line.position.line, utf8Column: line.position.utf8Column + offset - line.offset))
  }

  /// The line of the file on which a byte offset lies.
  func line(at offset: Int) -> Int { location(at: offset).line }

  private static func firstIndex(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int?
  {
    guard let first = needle.first, needle.count <= haystack.count else { return nil }
    for start in 0...(haystack.count - needle.count) where haystack[start] == first {
      if equal(UnsafeBufferPointer(rebasing: haystack[start..<(start + needle.count)]), needle) { return start }
    }
    return nil
  }

  /// Whether two byte runs are the same, compared eight bytes at a time: each annotation's
  /// line is found again in its source line.
  private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    let (left, right) = (UnsafeRawBufferPointer(a), UnsafeRawBufferPointer(b))
    var index = 0
    while index + 8 <= a.count {
      let word = { (bytes: UnsafeRawBufferPointer) in bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) }
      guard word(left) == word(right) else { return false }
      index += 8
    }
    while index < a.count {
      guard a[index] == b[index] else { return false }
      index += 1
    }
    return true
  }
}

/// One HTML comment found in a literal.
struct ScannedComment {
  /// Byte offset of `<!--` in the literal.
  var start: Int
  /// Byte range of the text between `<!--` and `-->`; runs to the end when unclosed.
  var body: Range<Int>
  var isClosed: Bool
}

enum CommentScanner {
  private static let open = Array("<!--".utf8)
  private static let close = Array("-->".utf8)

  /// Every comment in `bytes`, in order.
  static func comments(in bytes: [UInt8]) -> [ScannedComment] {
    var result: [ScannedComment] = []
    var index = 0
    while let start = find(open, in: bytes, from: index) {
      let bodyStart = start + open.count
      if let end = find(close, in: bytes, from: bodyStart) {
        result.append(ScannedComment(start: start, body: bodyStart..<end, isClosed: true))
        index = end + close.count
      } else {
        result.append(ScannedComment(start: start, body: bodyStart..<bytes.count, isClosed: false))
        break
      }
    }
    return result
  }

  /// Whether a comment body is an annotation: its first non-space character is `@`.
  static func isAnnotation(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.first { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\t") } == UInt8(ascii: "@")
  }

  /// Where text holds something that looks like an annotation: `<!--`, spaces, `@`.
  static func looksLikeAnnotation(_ text: String) -> Int? {
    // Nearly all text has no `<` at all: it is searched in place, and copied only when it has one.
    let hasOpener = text.utf8.withContiguousStorageIfAvailable { bytes in
      SourceText.offset(of: open[0], in: bytes, from: 0) != nil
    }
    return hasOpener == false ? nil : looksLikeAnnotation(text.utf8Bytes)
  }

  /// Where bytes hold something that looks like an annotation: `<!--`, spaces, `@`.
  static func looksLikeAnnotation(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while let start = find(open, in: bytes, from: index) {
      if isAnnotation(bytes[(start + open.count)...]) { return start }
      index = start + 1
    }
    return nil
  }

  static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
    guard let first = needle.first, needle.count <= haystack.count, from <= haystack.count - needle.count else {
      return nil
    }
    let last = haystack.count - needle.count
    return haystack.withUnsafeBufferPointer { buffer in
      // Every annotation is searched for its end: the first byte is looked for sixteen at a time.
      var from = from
      while let i = SourceText.offset(of: first, in: buffer, from: from), i <= last {
        if buffer[i..<(i + needle.count)].elementsEqual(needle) { return i }
        from = i + 1
      }
      return nil
    }
  }
}

import Diagnostics
import ObligationModel

/// Byte tests for ASCII text, where each byte is a character of its own.
enum ASCII {
  /// What `Character.isWhitespace` says of an ASCII character: tab, line feed, vertical tab,
  /// form feed, carriage return and space.
  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

  /// Without white space at either end.
  static func trimmingSpaces<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bytes.SubSequence {
    guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
    else { return bytes[bytes.endIndex...] }
    return bytes[first...last]
  }

  /// Whether every byte is ASCII and none is a line feed, so that byte-wise shortcuts apply.
  /// Every heading and list value is asked: eight bytes are tested at a time.
  static func isOneLine(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let raw = UnsafeRawBufferPointer(bytes)
    let high: UInt64 = 0x8080_8080_8080_8080
    var index = 0
    while index + 8 <= raw.count {
      let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      // A byte of `feeds` is zero where `word` holds a line feed; in ASCII, subtracting one from
      // each byte sets the high bit of exactly the bytes that were zero (and maybe those after).
      let feeds = word ^ 0x0A0A_0A0A_0A0A_0A0A
      guard word & high == 0, (feeds &- 0x0101_0101_0101_0101) & ~feeds & high == 0 else { return false }
      index += 8
    }
    while index < raw.count {
      guard raw[index] < 0x80, raw[index] != UInt8(ascii: "\n") else { return false }
      index += 1
    }
    return true
  }
}

/// Parses the text of one annotation comment (see the grammar in docs/annotations.md).
struct AnnotationParser {
  private let bytes: [UInt8]
  private let map: LiteralMap
  private var index: Int
  private let end: Int
  private(set) var diagnostics: [Diagnostic] = []

  init(comment: ScannedComment, map: LiteralMap) {
    self.bytes = map.bytes
    self.map = map
    self.index = comment.body.lowerBound
    self.end = comment.body.upperBound
  }

  /// The annotation, or `nil` with a diagnostic when the grammar breaks.
  mutating func parse(commentStart: Int) -> Annotation? {
    skipSpace()
    guard index < end, bytes[index] == UInt8(ascii: "@") else { return nil }
    index += 1
    let nameStart = index
    while index < end, isNameByte(bytes[index]) { index += 1 }
    guard isName(nameStart..<index) else {
      return fail(at: nameStart, "expected a directive name after '@', such as '@provision'")
    }
    let name = text(nameStart..<index)
    var annotation = Annotation(
      directive: name, arguments: [], map: map, start: commentStart, directiveStart: nameStart - 1)
    annotation.arguments.reserveCapacity(4)
    if DirectiveSchema.freeTextNames.contains(name) {
      annotation.freeText = text(index..<end).trimmingSpaces
      return annotation
    }
    while true {
      skipSpace()
      guard index < end else { break }
      guard let argument = parseArgument() else { return nil }
      annotation.arguments.append(argument)
    }
    return annotation
  }

  private mutating func parseArgument() -> Annotation.Argument? {
    let start = index
    if bytes[index] == UInt8(ascii: "\"") {
      guard let value = parseQuoted() else { return nil }
      return Annotation.Argument(key: nil, value: value, start: start, valueStart: start)
    }
    while index < end, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: "\"") {
      index += 1
    }
    let word = text(start..<index)
    guard index < end, bytes[index] == UInt8(ascii: "=") else {
      if index < end, bytes[index] == UInt8(ascii: "\"") {
        return fail(at: index, "unexpected '\"' inside '\(word)'; quote the whole value, as key=\"…\"")
      }
      return Annotation.Argument(key: nil, value: word, start: start, valueStart: start)
    }
    guard isName(start..<index) else {
      return fail(
        at: start,
        word.isEmpty
          ? "'=' has no key before it" : "'\(word)' is not a key: keys are lower-case words such as 'implements'")
    }
    index += 1
    let valueStart = index
    let value: String
    let isQuoted = index < end && bytes[index] == UInt8(ascii: "\"")
    if isQuoted {
      guard let quoted = parseQuoted() else { return nil }
      value = quoted
    } else {
      while index < end, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "\"") { index += 1 }
      if index < end, bytes[index] == UInt8(ascii: "\"") {
        return fail(at: index, "unexpected '\"' in the value of '\(word)'; quote the whole value, as \(word)=\"…\"")
      }
      value = text(valueStart..<index)
      guard !value.isEmpty else { return fail(at: start, "key '\(word)' has no value after '='") }
    }
    return Annotation.Argument(key: word, value: value, start: start, valueStart: valueStart, isQuoted: isQuoted)
  }

  private mutating func parseQuoted() -> String? {
    let open = index
    index += 1
    // Most values hold no escape: they are cut out of the comment as they stand.
    var plainEnd = index
    while plainEnd < end, bytes[plainEnd] != UInt8(ascii: "\""), bytes[plainEnd] != UInt8(ascii: "\\") { plainEnd += 1 }
    if plainEnd < end, bytes[plainEnd] == UInt8(ascii: "\"") {
      let value = text(index..<plainEnd).replacingNewlines
      index = plainEnd + 1
      return value
    }
    var value: [UInt8] = []
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\"), index + 1 < end,
        bytes[index + 1] == UInt8(ascii: "\"") || bytes[index + 1] == UInt8(ascii: "\\")
      {
        value.append(bytes[index + 1])
        index += 2
        continue
      }
      if byte == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: value, as: UTF8.self).replacingNewlines
      }
      value.append(byte)
      index += 1
    }
    return fail(at: open, "this quote is never closed; end the value with '\"' before '-->'")
  }

  private mutating func fail<T>(at offset: Int, _ message: String) -> T? {
    diagnostics.append(Diagnostic(.malformedAnnotation, message, at: map.location(at: offset)))
    return nil
  }

  private mutating func skipSpace() {
    while index < end, isSpace(bytes[index]) { index += 1 }
  }

  private func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
  private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }
  private func isNameByte(_ byte: UInt8) -> Bool {
    (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-")
  }
  private func isName(_ range: Range<Int>) -> Bool { Label.isValid(bytes[range], letterFirst: true) }
}

extension Substring {
  /// Without leading and trailing whitespace.
  var trimmingSpaces: Substring {
    var slice = self
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return slice
  }
}

extension String {
  /// Without leading and trailing whitespace, inner line breaks read as spaces.
  var trimmingSpaces: String { asciiTrimmingSpaces ?? String(Substring(self).trimmingSpaces).replacingNewlines }

  /// ``trimmingSpaces`` of one line of ASCII text, worked out on its bytes: there each byte is a
  /// character of its own, and white space is what ``ASCII/isSpace(_:)`` says.
  private var asciiTrimmingSpaces: String? {
    guard isOneLineASCII else { return nil }
    guard let first = utf8.firstIndex(where: { !ASCII.isSpace($0) }),
      let last = utf8.lastIndex(where: { !ASCII.isSpace($0) })
    else { return "" }
    return first == utf8.startIndex && utf8.index(after: last) == utf8.endIndex ? self : String(self[first...last])
  }

  /// The UTF-8 bytes, copied in one piece rather than one by one.
  var utf8Bytes: [UInt8] {
    var text = self
    return text.withUTF8 { Array($0) }
  }

  /// Whether every byte is ASCII and none is a line feed, so that byte-wise shortcuts apply.
  var isOneLineASCII: Bool {
    var text = self
    return text.withUTF8 { ASCII.isOneLine($0) }
  }

  /// Whether the text holds a line feed, looked for in its bytes.
  var containsLineFeed: Bool {
    var text = self
    return text.withUTF8 { bytes in bytes.contains(UInt8(ascii: "\n")) }
  }

  /// Annotation values may wrap across lines; a newline inside one reads as a space.
  var replacingNewlines: String {
    guard containsLineFeed else { return self }
    return split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.drop { $0 == " " || $0 == "\t" } }.joined(separator: " ")
  }
}

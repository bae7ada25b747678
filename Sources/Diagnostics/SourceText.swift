/// The text of one file with a line index, to turn byte positions into display locations.
public struct SourceText: Sendable {
  public let file: String
  public let bytes: [UInt8]
  /// Byte offset at which each line starts; `lineStarts[0]` is line 1.
  private let lineStarts: [Int]

  public init(file: String, text: String) {
    var text = text
    self.init(file: file, bytes: text.withUTF8 { Array($0) })
  }

  /// `bytes` must be UTF-8 (as a `String`'s are): lines and columns are read from them as they are.
  public init(file: String, bytes: [UInt8]) {
    self.file = file
    self.bytes = bytes
    self.lineStarts = bytes.withUnsafeBufferPointer { buffer in
      var starts = [0]
      var from = 0
      while let newline = Self.offset(of: UInt8(ascii: "\n"), in: buffer, from: from) {
        starts.append(newline + 1)
        from = newline + 1
      }
      return starts
    }
  }

  public var lineCount: Int { lineStarts.count }

  /// The text of a 1-based line, without its line ending; empty past the end of the file.
  public func line(_ number: Int) -> Substring {
    Substring(decoding: bytes[lineBytes(number)], as: UTF8.self)
  }

  /// The byte range of a 1-based line, without its line ending; empty past the end of the file.
  public func lineBytes(_ number: Int) -> Range<Int> {
    guard number >= 1, number <= lineStarts.count else { return bytes.count..<bytes.count }
    let start = lineStarts[number - 1]
    var end = lineEnd(number)
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<end
  }

  /// The byte offset at which a 1-based line starts; the end of the file past its last line.
  public func startOffset(ofLine number: Int) -> Int {
    number >= 1 && number <= lineStarts.count ? lineStarts[number - 1] : bytes.count
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
    var allASCII = true
    for byte in text {
      if byte >= 0x80 {
        allASCII = false
      } else if byte != 0x20 && !(0x09...0x0D).contains(byte) {
        // Printable ASCII always starts a character of its own or ends one that is not white space.
        return false
      }
    }
    // Other text is judged as Swift's `Character.isWhitespace` would.
    return allASCII || String(decoding: text, as: UTF8.self).allSatisfy(\.isWhitespace)
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
    let scalars = end - start - continuationBytes(in: start..<end)
    return SourceLocation(file: file, line: lineIndex + 1, column: scalars + 1, utf8Column: end - start + 1)
  }

  /// How many bytes in `range` continue a UTF-8 sequence (`10xxxxxx`): every other byte starts a
  /// scalar. Counted eight bytes at a time, as columns are worked out for every annotation.
  private func continuationBytes(in range: Range<Int>) -> Int {
    bytes.withUnsafeBytes { raw in
      var count = 0
      var index = range.lowerBound
      while index + 8 <= range.upperBound {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        // A byte's bit 7 set and bit 6 (shifted up into bit 7) clear.
        count += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
        index += 8
      }
      while index < range.upperBound {
        if raw[index] & 0xC0 == 0x80 { count += 1 }
        index += 1
      }
      return count
    }
  }

  /// A diagnostic location for a line and a column counted in Unicode scalars (as YAML reports).
  public func location(line: Int, scalarColumn: Int) -> SourceLocation {
    let text = self.line(line)
    let prefix = text.unicodeScalars.prefix(max(scalarColumn - 1, 0))
    let utf8 = prefix.reduce(0) { $0 + UTF8.width($1) }
    return location(of: SourcePosition(line: line, utf8Column: utf8 + 1))
  }
}

extension SourceText {
  /// The offset of the first `byte` in `buffer[from...]`, or `nil`.
  ///
  /// Every file is searched for line feeds, comment openers and carriage returns, and most of
  /// a legal text is long paragraph lines: sixty-four bytes are compared a round, and the byte
  /// found is picked out of its sixteen without going back over them one by one.
  public static func offset(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let base = buffer.baseAddress else { return nil }
    let bytes = UnsafeRawPointer(base)
    let pattern = SIMD16<UInt8>(repeating: byte)
    func matches(at offset: Int) -> SIMDMask<SIMD16<Int8>> {
      bytes.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self) .== pattern
    }
    var index = max(from, 0)
    while index + 64 <= buffer.count,
      isEmpty(matches(at: index) .| matches(at: index + 16) .| matches(at: index + 32) .| matches(at: index + 48))
    {
      index += 64
    }
    while index + 16 <= buffer.count {
      let lanes = matches(at: index)
      if !isEmpty(lanes) { return index + firstLane(lanes) }
      index += 16
    }
    while index < buffer.count {
      if base[index] == byte { return index }
      index += 1
    }
    return nil
  }

  // A mask's lanes are bytes of all ones or all zeros; read as two words, they are tested and
  // searched in a few instructions (the generic `any` is a call that reduces lane by lane).
  private static func isEmpty(_ lanes: SIMDMask<SIMD16<Int8>>) -> Bool {
    let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
    return halves[0] | halves[1] == 0
  }

  private static func firstLane(_ lanes: SIMDMask<SIMD16<Int8>>) -> Int {
    let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
    return halves[0] != 0 ? halves[0].trailingZeroBitCount / 8 : 8 + halves[1].trailingZeroBitCount / 8
  }
}

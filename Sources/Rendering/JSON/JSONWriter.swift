import ObligationModel

/// Pretty-printed JSON written straight into bytes, laid out exactly as Foundation's `JSONEncoder`
/// lays it out with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`.
///
/// The gap report is the one large JSON output: `JSONEncoder` boxes every value before writing it
/// and took a third of a batch analysis. A type writes its members itself, in sorted key order;
/// tests check the bytes against `JSONEncoder`'s for the same `Codable` value.
public struct JSONWriter: ~Copyable {
  private var buffer: ByteBuffer
  private var depth = 0
  /// Whether the open object or array has no member yet.
  private var isEmpty = true

  public init(capacity: Int = 1 << 16) { buffer = ByteBuffer(reservingCapacity: capacity) }

  /// A writer that hands its text to `drain` in pieces of `pieceSize` bytes as it is written.
  init(pieceSize: Int = ByteBuffer.pieceSize, drainingInto drain: @escaping ByteBuffer.Drain) {
    buffer = ByteBuffer(capacity: pieceSize, drainingInto: drain)
  }

  /// Hands the last piece to the drain.
  mutating func flush() { buffer.flush() }

  /// The text written so far.
  public var bytes: [UInt8] { buffer.bytes }

  /// The text, handed over without a copy.
  consuming func rendered() -> RenderedBytes { RenderedBytes(buffer) }

  public mutating func object(_ members: (inout JSONWriter) -> Void) {
    container(UInt8(ascii: "{"), UInt8(ascii: "}"), members)
  }

  public mutating func array(_ elements: (inout JSONWriter) -> Void) {
    container(UInt8(ascii: "["), UInt8(ascii: "]"), elements)
  }

  /// A member of the open object; callers give members in sorted key order.
  public mutating func member(_ key: StaticString, _ value: some JSONWritable) {
    self.key(key)
    value.write(to: &self)
  }

  /// A member that is left out when `value` is nil, as synthesized `Codable` leaves it out.
  public mutating func member(_ key: StaticString, _ value: (some JSONWritable)?) {
    if let value { member(key, value) }
  }

  /// A member whose value `write` writes, for values written straight from the model.
  public mutating func member(_ key: StaticString, writing write: (inout JSONWriter) -> Void) {
    self.key(key)
    write(&self)
  }

  /// A member holding an array of `items`, each written by `write` where it lies (never copied).
  public mutating func member<Item>(
    _ key: StaticString, each items: [Item], _ write: (Item, inout JSONWriter) -> Void
  ) {
    self.key(key)
    array { json in
      for index in items.indices {
        json.nextItem()
        write(items[index], &json)
      }
    }
  }

  /// A member whose key is data, so it is escaped.
  mutating func member(escaped key: String, _ value: some JSONWritable) {
    member(escaped: key) { value.write(to: &$0) }
  }

  /// A member whose key is data and whose value `write` writes.
  mutating func member(escaped key: String, writing write: (inout JSONWriter) -> Void) {
    nextItem()
    string(key)
    append(" : ")
    write(&self)
  }

  public mutating func element(_ value: some JSONWritable) {
    nextItem()
    value.write(to: &self)
  }

  private mutating func key(_ key: StaticString) {
    nextItem()
    buffer.append(UInt8(ascii: "\""))
    buffer.append(key)
    append("\" : ")
  }

  public mutating func string(_ text: String) {
    buffer.append(UInt8(ascii: "\""))
    appendEscaped(text)
    buffer.append(UInt8(ascii: "\""))
  }

  /// An obligation id as a string, written from its parts rather than from its `description`.
  public mutating func string(_ id: ObligationID) {
    buffer.append(UInt8(ascii: "\""))
    appendEscaped(id.instrument.rawValue)
    buffer.append(UInt8(ascii: "-"))
    buffer.append(decimal: id.article)
    for index in id.path.indices {
      buffer.append(UInt8(ascii: "."))
      appendEscaped(id.path[index])
    }
    buffer.append(UInt8(ascii: "\""))
  }

  /// `text` inside a string, with JSON's escapes.
  private mutating func appendEscaped(_ text: String) {
    text.withUTF8Bytes { utf8 in
      var plainFrom = 0
      var index = Self.plainPrefix(utf8, from: 0)
      while index < utf8.count {
        let byte = utf8[index]
        if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
          buffer.append(UnsafeBufferPointer(rebasing: utf8[plainFrom..<index]))
          appendEscape(byte)
          plainFrom = index + 1
          index = Self.plainPrefix(utf8, from: plainFrom)
        } else {
          index += 1
        }
      }
      buffer.append(UnsafeBufferPointer(rebasing: utf8[plainFrom...]))
    }
  }

  /// Skips sixteen bytes at a time, then eight, while none needs escaping (a control byte, `"`
  /// or `\`), the usual case for legislation's long texts; returns where a byte-by-byte look
  /// must resume.
  private static func plainPrefix(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = utf8.baseAddress else { return start }
    var index = start
    while utf8.count &- index >= 16 {
      let lanes = SIMD16<UInt8>.load(utf8, at: index)
      let quoteOrBackslash = lanes.matching(UInt8(ascii: "\"")) .| lanes.matching(UInt8(ascii: "\\"))
      guard !(lanes.below(0x20) .| quoteOrBackslash).hasMatch else { return index }
      index &+= 16
    }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    // Sets a byte's high bit where that byte is zero (exact for the first such byte).
    func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }
    if utf8.count &- index >= 8 {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      let control = (word &- ones &* 0x20) & ~word & highs
      let special = control | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x5C))
      if special == 0 { index += 8 }
    }
    return index
  }

  public mutating func literal(_ text: StaticString) { append(text) }

  private mutating func append(_ text: StaticString) { buffer.append(text) }

  public mutating func integer(_ value: Int) { buffer.append(decimal: value) }

  private mutating func container(_ open: UInt8, _ close: UInt8, _ body: (inout JSONWriter) -> Void) {
    buffer.append(open)
    let outerIsEmpty = isEmpty
    depth += 1
    isEmpty = true
    body(&self)
    depth -= 1
    // An empty container still gets its blank line, as JSONEncoder writes it.
    if isEmpty { buffer.append(UInt8(ascii: "\n")) }
    newLine()
    buffer.append(close)
    isEmpty = outerIsEmpty
  }

  /// Starts a member or element: its separator, line and indentation.
  mutating func nextItem() {
    if !isEmpty { buffer.append(UInt8(ascii: ",")) }
    isEmpty = false
    newLine()
  }

  /// A line break and the indentation, copied at once from ``lineStarts`` while it is deep enough.
  private mutating func newLine() {
    let width = 1 + 2 * depth
    guard width <= Self.lineStarts.utf8CodeUnitCount else {
      buffer.append(UInt8(ascii: "\n"))
      return buffer.append(UInt8(ascii: " "), repeated: 2 * depth)
    }
    buffer.append(UnsafeBufferPointer(start: Self.lineStarts.utf8Start, count: width))
  }

  /// A line break and then spaces for the deepest nesting the reports use, and more.
  private static let lineStarts: StaticString = "\n                                                                "

  /// JSON's escapes, spelt as `JSONEncoder` spells them.
  private mutating func appendEscape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): append(#"\""#)
    case UInt8(ascii: "\\"): append(#"\\"#)
    case 0x08: append(#"\b"#)
    case 0x0C: append(#"\f"#)
    case UInt8(ascii: "\n"): append(#"\n"#)
    case UInt8(ascii: "\r"): append(#"\r"#)
    case UInt8(ascii: "\t"): append(#"\t"#)
    default: buffer.append(#"\u00"# + (byte < 0x10 ? "0" : "") + String(byte, radix: 16))
    }
  }
}

/// A value that writes itself with a ``JSONWriter``.
public protocol JSONWritable {
  func write(to json: inout JSONWriter)
}

extension String: JSONWritable {
  public func write(to json: inout JSONWriter) { json.string(self) }
}

extension Int: JSONWritable {
  public func write(to json: inout JSONWriter) { json.integer(self) }
}

extension Bool: JSONWritable {
  public func write(to json: inout JSONWriter) { json.literal(self ? "true" : "false") }
}

extension Array: JSONWritable where Element: JSONWritable {
  public func write(to json: inout JSONWriter) {
    json.array { json in
      // By index, so an element is read in place rather than copied with its strings.
      for index in indices { json.element(self[index]) }
    }
  }
}

extension Dictionary: JSONWritable where Key == String, Value: JSONWritable {
  /// Members in the byte order of their keys, as `.sortedKeys` orders them.
  public func write(to json: inout JSONWriter) {
    json.object { json in
      for key in keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
        if let value = self[key] { json.member(escaped: key, value) }
      }
    }
  }
}

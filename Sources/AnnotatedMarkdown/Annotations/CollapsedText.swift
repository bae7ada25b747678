/// Text built from pieces with every run of white space (as Unicode defines it) read as one
/// space and none at either end, worked out on UTF-8 bytes: descriptions are flattened for
/// every element of the catalogue, and bytes are far quicker to copy than scalars.
struct CollapsedText {
  private(set) var bytes: [UInt8] = []
  private var pendingSpace = false

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Reads as white space between the pieces on either side.
  mutating func appendSpace() { pendingSpace = !bytes.isEmpty }

  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends valid UTF-8 that starts and ends on scalar boundaries; each word is copied whole.
  mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
    var index = 0
    var wordStart = 0
    while index < piece.count {
      let (isSpace, width) = Self.scalar(at: index, in: piece)
      if isSpace {
        appendWord(UnsafeBufferPointer(rebasing: piece[wordStart..<index]))
        pendingSpace = !bytes.isEmpty
        wordStart = min(index + width, piece.count)
      }
      index += width
    }
    appendWord(UnsafeBufferPointer(rebasing: piece[wordStart...]))
  }

  private mutating func appendWord(_ word: UnsafeBufferPointer<UInt8>) {
    guard !word.isEmpty else { return }
    if pendingSpace { bytes.append(UInt8(ascii: " ")) }
    pendingSpace = false
    bytes.append(contentsOf: word)
  }

  /// Whether the scalar at `index` is white space, and how many bytes it takes.
  private static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (isSpace: Bool, width: Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (ASCII.isSpace(lead), 1) }
    var iterator = bytes[index...].makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return (false, 1) }
    return (scalar.properties.isWhitespace, UTF8.width(scalar))
  }
}

extension String {
  /// The words, one space between each: runs of white space (as Unicode defines it) become one.
  var collapsingWhitespace: String {
    var collapsed = CollapsedText(capacity: utf8.count)
    collapsed.append(self)
    return collapsed.text
  }
}

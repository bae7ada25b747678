import ObligationModel

/// RFC 4180 rows written straight into bytes, for every CSV the tool writes: a field is
/// quoted when it holds a comma, quote or line break, quotes doubled, and a leading `=`, `+`, `-`
/// or `@` gets an apostrophe so spreadsheets never run it as a formula. Rows end with CRLF.
struct CSVWriter: ~Copyable {
  private var table: Table
  /// A field written in pieces, held until it is whole: its quoting depends on all of it.
  private var pieces = Pieces()

  init(reservingCapacity capacity: Int) { table = Table(buffer: ByteBuffer(reservingCapacity: capacity)) }

  /// A writer that hands its rows to `drain` in pieces of `pieceSize` bytes as they are written.
  init(pieceSize: Int = ByteBuffer.pieceSize, drainingInto drain: @escaping ByteBuffer.Drain) {
    table = Table(buffer: ByteBuffer(capacity: pieceSize, drainingInto: drain))
  }

  /// Hands the last piece to the drain.
  mutating func flush() { table.buffer.flush() }

  /// The table written so far.
  var string: String { table.buffer.string }

  /// The table, handed over without a copy.
  consuming func rendered() -> RenderedBytes { RenderedBytes(table.buffer) }

  mutating func field(_ text: String) {
    text.withUTF8Bytes { table.append(field: $0) }
  }

  /// A field that `write` fills in pieces, e.g. the items of a list, without joining them first.
  mutating func field(_ write: (inout Pieces) -> Void) {
    write(&pieces)
    pieces.buffer.withBytes { table.append(field: $0) }
    pieces.buffer.removeAll()
  }

  mutating func endRow() {
    table.buffer.append("\r\n")
    table.isRowStart = true
  }

  /// The rows written so far.
  private struct Table: ~Copyable {
    var buffer: ByteBuffer
    var isRowStart = true

    mutating func append(field utf8: UnsafeBufferPointer<UInt8>) {
      if !isRowStart { buffer.append(UInt8(ascii: ",")) }
      isRowStart = false
      let quoted = Self.needsQuotes(utf8)
      if quoted { buffer.append(UInt8(ascii: "\"")) }
      switch utf8.first {
      case UInt8(ascii: "=")?, UInt8(ascii: "+")?, UInt8(ascii: "-")?, UInt8(ascii: "@")?:
        buffer.append(UInt8(ascii: "'"))
      default: break
      }
      guard quoted else { return buffer.append(utf8) }
      var plainFrom = 0
      for index in utf8.indices where utf8[index] == UInt8(ascii: "\"") {
        // Up to and with the quote, which then starts the next run: so it is written twice.
        buffer.append(UnsafeBufferPointer(rebasing: utf8[plainFrom...index]))
        plainFrom = index
      }
      buffer.append(UnsafeBufferPointer(rebasing: utf8[plainFrom...]))
      buffer.append(UInt8(ascii: "\""))
    }

    /// Whether the field holds a comma, quote or line break, looked for sixteen bytes at a time.
    private static func needsQuotes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
      var index = 0
      while utf8.count &- index >= 16 {
        let lanes = SIMD16<UInt8>.load(utf8, at: index)
        let commaOrQuote = lanes.matching(UInt8(ascii: ",")) .| lanes.matching(UInt8(ascii: "\""))
        if (commaOrQuote .| lanes.matching(0x0A) .| lanes.matching(0x0D)).hasMatch { return true }
        index &+= 16
      }
      return utf8[index...].contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
    }
  }

  /// The pieces of one field.
  struct Pieces: ~Copyable {
    fileprivate var buffer = ByteBuffer(reservingCapacity: 1024)

    mutating func append(_ text: String) { buffer.append(text) }

    mutating func append(_ constant: StaticString) { buffer.append(constant) }

    /// `items`, each written by `write` where it lies, with `separator` between them.
    mutating func append<Item>(_ items: [Item], separator: StaticString, _ write: (Item, inout Pieces) -> Void) {
      for index in items.indices {
        if index > items.startIndex { buffer.append(separator) }
        write(items[index], &self)
      }
    }

    /// An obligation id from its parts, as its `description` spells it.
    mutating func append(_ id: ObligationID) {
      buffer.append(id.instrument.rawValue)
      buffer.append(UInt8(ascii: "-"))
      buffer.append(decimal: id.article)
      for index in id.path.indices {
        buffer.append(UInt8(ascii: "."))
        buffer.append(id.path[index])
      }
    }
  }
}

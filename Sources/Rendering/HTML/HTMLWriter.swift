import ObligationModel

/// Writes HTML straight into UTF-8 bytes, for pages too large to build as an ``HTML`` tree first.
///
/// It keeps ``HTML``'s promise: every text and attribute value is escaped, and only `raw` writes
/// markup as is, from a `StaticString`. Element and attribute names are `StaticString`s too, so
/// no document text can name a tag. Elements nest through closures, so every tag is closed and
/// the nesting is the renderer's code, never the document's.
struct HTMLWriter: ~Copyable {
  typealias Attributes = [(StaticString, String)]

  private var buffer: ByteBuffer

  init(reservingCapacity capacity: Int = 0) { buffer = ByteBuffer(reservingCapacity: capacity) }

  /// A writer that hands its markup to `drain` in pieces of `pieceSize` bytes as it is written.
  init(pieceSize: Int = ByteBuffer.pieceSize, drainingInto drain: @escaping ByteBuffer.Drain) {
    buffer = ByteBuffer(capacity: pieceSize, drainingInto: drain)
  }

  /// Hands the last piece to the drain.
  mutating func flush() { buffer.flush() }

  /// The markup written so far.
  var bytes: [UInt8] { buffer.bytes }

  /// The markup written so far, as a string.
  var string: String { buffer.string }

  /// The markup, handed over without a copy.
  consuming func rendered() -> RenderedBytes { RenderedBytes(buffer) }

  /// `<name attributes>`, what `content` writes, `</name>`.
  mutating func element(
    _ name: StaticString, _ attributes: Attributes = [], _ content: (inout HTMLWriter) -> Void
  ) {
    open(name, attributes)
    content(&self)
    close(name)
  }

  /// An element holding only `text`, escaped.
  mutating func element(_ name: StaticString, _ attributes: Attributes = [], text: String) {
    open(name, attributes)
    self.text(text)
    close(name)
  }

  /// `items`, each written by `write` where it lies, with `separator` between them: a list
  /// written in place rather than joined into one string first.
  mutating func list<Item>(_ items: [Item], separator: StaticString, _ write: (Item, inout HTMLWriter) -> Void) {
    for index in items.indices {
      if index > items.startIndex { text(separator) }
      write(items[index], &self)
    }
  }

  /// Our own constant markup (CSS, script), written as is.
  mutating func raw(_ markup: StaticString) {
    append(markup)
  }

  /// A whole page, with the `<head>` it shares with ``HTML/page(attributes:title:policy:toolVersion:styles:body:)``;
  /// `attributes` go on `<html>`.
  mutating func page(
    attributes: Attributes, title: String, policy: String, toolVersion: String, styles: [StaticString],
    body: (inout HTMLWriter) -> Void
  ) {
    raw(HTML.doctype)
    element("html", attributes) { html in
      html.write(HTML.head(title: title, policy: policy, toolVersion: toolVersion, styles: styles))
      html.element("body", [], body)
    }
  }

  /// A tree's markup, walked with an explicit stack so that deep trees cannot overflow.
  mutating func write(_ html: HTML) {
    enum Step {
      case node(HTML)
      case close(String)
    }
    var stack: [Step] = [.node(html)]
    while let step = stack.popLast() {
      switch step {
      case .close(let name): close(name)
      case .node(.text(let text)): self.text(text)
      case .node(.raw(let markup)): raw(markup)
      case .node(.markdown(let text)): append(HTML.renderMarkdown(text))
      case .node(.fragment(let children)):
        for child in children.reversed() { stack.append(.node(child)) }
      case .node(.element(let name, let attributes, let children)):
        open(name, attributes)
        guard !HTML.isVoid(name) else { continue }
        stack.append(.close(name))
        for child in children.reversed() { stack.append(.node(child)) }
      }
    }
  }

  /// Escaped text: `& < > " '` become entities; bidirectional controls, which could disguise
  /// text, become visible `[U+202E]` marks; other control characters are dropped.
  mutating func text(_ text: String) {
    text.withUTF8Bytes { appendEscaped($0) }
  }

  /// Our own constant text (punctuation between pieces), escaped all the same.
  mutating func text(_ constant: StaticString) {
    constant.withUTF8Buffer { appendEscaped($0) }
  }

  /// An obligation id, written from its parts rather than from its `description`.
  mutating func text(_ id: ObligationID) {
    text(id.instrument.rawValue)
    append(UInt8(ascii: "-"))
    buffer.append(decimal: id.article)
    for index in id.path.indices {
      append(UInt8(ascii: "."))
      text(id.path[index])
    }
  }

  /// Runs of plain bytes are copied whole, since most text needs no escaping, and skipped eight
  /// bytes at a time.
  private mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
    let words = UnsafeRawBufferPointer(bytes)
    var plainFrom = 0
    var index = 0
    /// Copies the plain run before `index`, then leaves out `width` bytes.
    func skip(_ width: Int) {
      append(UnsafeBufferPointer(rebasing: bytes[plainFrom..<index]))
      index += width
      plainFrom = index
    }
    while index < bytes.count {
      while bytes.count &- index >= 16, Self.isPlain(.load(bytes, at: index)) { index &+= 16 }
      while bytes.count &- index >= 8, Self.isPlain(words.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
        index &+= 8
      }
      // Byte by byte through the next eight (a replacement may step past them).
      let stop = min(index + 8, bytes.count)
      while index < stop {
        let byte = bytes[index]
        // Letters and most text lie above '>', where only the bidi lead bytes need a look.
        if byte > UInt8(ascii: ">"), byte != 0xD8, byte != 0xE2 {
          index += 1
          continue
        }
        switch byte {
        case UInt8(ascii: "&"): skip(1); append("&amp;")
        case UInt8(ascii: "<"): skip(1); append("&lt;")
        case UInt8(ascii: ">"): skip(1); append("&gt;")
        case UInt8(ascii: "\""): skip(1); append("&quot;")
        case UInt8(ascii: "'"): skip(1); append("&#39;")
        case UInt8(ascii: "\n"), UInt8(ascii: "\t"): index += 1
        case 0..<0x20: skip(1)
        case 0xD8, 0xE2:
          if let (scalar, width) = Self.bidiControl(in: bytes, at: index) {
            skip(width)
            append("[U+" + String(scalar, radix: 16, uppercase: true) + "]")
          } else {
            index += 1
          }
        default: index += 1
        }
      }
    }
    append(UnsafeBufferPointer(rebasing: bytes[plainFrom...]))
  }

  /// Whether eight bytes need no look at all: no control character, none of `& < > " '`, and no
  /// lead byte of a bidi control (0xD8, 0xE2). Spaces, digits and punctuation pass. Calling a
  /// plain word not plain only costs speed; the tests put every character at every position.
  private static func isPlain(_ word: UInt64) -> Bool {
    let highBits = repeated(0x80)
    guard word & highBits == 0 else { return isPlainMixed(word) }
    // All ASCII, so no sum carries into the next byte: each keeps a byte's high bit exactly when
    // the byte is at least 0x20, or differs from the byte sought.
    let plain =
      (word &+ repeated(0x80 - 0x20))
      & ((word ^ repeated(UInt8(ascii: "\""))) &+ repeated(0x7F))
      & (((word | repeated(0x01)) ^ repeated(UInt8(ascii: "'"))) &+ repeated(0x7F))  // & (0x26) or ' (0x27)
      & (((word | repeated(0x02)) ^ repeated(UInt8(ascii: ">"))) &+ repeated(0x7F))  // < (0x3C) or > (0x3E)
    return plain & highBits == highBits
  }

  /// ``isPlain(_:)`` for sixteen bytes at once.
  @inline(__always)  // called for every sixteen bytes of text
  private static func isPlain(_ lanes: SIMD16<UInt8>) -> Bool {
    let control = lanes.below(0x20)
    let quote = lanes.matching(UInt8(ascii: "\""))
    // & (0x26) and ' (0x27) differ only in the lowest bit, < (0x3C) and > (0x3E) in the next.
    let ampersandOrApostrophe = (lanes | .init(repeating: 0x01)).matching(UInt8(ascii: "'"))
    let angleBracket = (lanes | .init(repeating: 0x02)).matching(UInt8(ascii: ">"))
    let bidiLead = lanes.matching(0xD8) .| lanes.matching(0xE2)
    return !(control .| quote .| ampersandOrApostrophe .| angleBracket .| bidiLead).hasMatch
  }

  /// ``isPlain(_:)`` for words with bytes above ASCII, which may lead a bidi control.
  @inline(never)  // keeps the all-ASCII loop tight
  private static func isPlainMixed(_ word: UInt64) -> Bool {
    // Sets the high bit of a byte of `v` that is below `limit` (at most 0x7F), or zero for 1;
    // a borrow only reaches bytes above one that is.
    func below(_ limit: UInt8, _ v: UInt64) -> UInt64 { (v &- repeated(limit)) & ~v }
    let found =
      below(0x20, word)
      | below(1, word ^ repeated(UInt8(ascii: "\"")))
      | below(1, (word | repeated(0x01)) ^ repeated(UInt8(ascii: "'")))
      | below(1, (word | repeated(0x02)) ^ repeated(UInt8(ascii: ">")))
      | below(1, word ^ repeated(0xD8)) | below(1, word ^ repeated(0xE2))
    return found & repeated(0x80) == 0
  }

  private static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

  /// The Bidi_Control scalar (U+061C, U+200E, U+200F, U+202A…U+202E, U+2066…U+2069) whose
  /// UTF-8 starts at `index`, with its width in bytes.
  private static func bidiControl(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
    if bytes[index] == 0xD8, index + 1 < bytes.count, bytes[index + 1] == 0x9C { return (0x61C, 2) }
    guard bytes[index] == 0xE2, index + 2 < bytes.count else { return nil }
    let scalar = 0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
    switch scalar {
    case 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069: return (scalar, 3)
    default: return nil
    }
  }

  // Tags, with names as `StaticString` (this writer's own elements) or `String` (a tree's).

  private mutating func open(_ name: some TagName, _ attributes: [(some TagName, String)]) {
    append(UInt8(ascii: "<"))
    name.write(to: &buffer)
    // By index, so each pair is read in place rather than copied.
    for index in attributes.indices {
      append(UInt8(ascii: " "))
      attributes[index].0.write(to: &buffer)
      attributeValue(attributes[index].1)
    }
    append(UInt8(ascii: ">"))
  }

  private mutating func close(_ name: some TagName) {
    append("</")
    name.write(to: &buffer)
    append(UInt8(ascii: ">"))
  }

  // This writer's own elements, without the protocol: a report opens and closes a few hundred
  // thousand of them.

  private mutating func open(_ name: StaticString, _ attributes: Attributes) {
    append(UInt8(ascii: "<"))
    append(name)
    for index in attributes.indices {
      append(UInt8(ascii: " "))
      append(attributes[index].0)
      attributeValue(attributes[index].1)
    }
    append(UInt8(ascii: ">"))
  }

  private mutating func close(_ name: StaticString) {
    append("</")
    append(name)
    append(UInt8(ascii: ">"))
  }

  /// `="value"`, escaped.
  private mutating func attributeValue(_ value: String) {
    append("=\"")
    text(value)
    append(UInt8(ascii: "\""))
  }

  // The buffer: every write goes through these, so none can skip the escaping above.

  @inline(__always) private mutating func append(_ constant: StaticString) { buffer.append(constant) }
  private mutating func append(_ string: String) { buffer.append(string) }
  @inline(__always) private mutating func append(_ byte: UInt8) { buffer.append(byte) }
  @inline(__always) private mutating func append(_ source: UnsafeBufferPointer<UInt8>) { buffer.append(source) }
}

/// An element or attribute name: our own constants, or the names a tree was built with.
private protocol TagName {
  func write(to buffer: inout ByteBuffer)
}

extension StaticString: TagName {
  fileprivate func write(to buffer: inout ByteBuffer) { buffer.append(self) }
}

extension String: TagName {
  fileprivate func write(to buffer: inout ByteBuffer) { buffer.append(self) }
}

/// The id of an obligation, or of a whole article: `UNTOC-5.1.a.i`, `TIP-6.3`, `FP-7`.
///
/// Grammar (see docs/annotations.md):
/// ```
/// obligation-id = instrument "-" article *( "." segment )
/// instrument    = 1*upper             ; UNTOC, TIP, SOM, FP (others parse, and are unknown)
/// article       = 1*digit             ; the article number
/// segment       = 1*digit | 1*lower   ; paragraph 1, subparagraph a, roman (i)
/// ```
public struct ObligationID: GrammaticalIdentifier, Hashable, Comparable, Sendable {
  public static let maximumLength = 64

  public let instrument: Instrument
  public let article: Int
  /// Paragraph and subparagraph labels after the article, e.g. `["1", "a", "i"]`.
  public let path: [String]
  /// The three above folded into one word, once: ids are dictionary keys for every reference,
  /// verdict and lookup, and hashing a word costs a fraction of hashing their strings.
  private let digest: UInt64

  public init(instrument: Instrument, article: Int, path: [String] = []) {
    self.instrument = instrument
    self.article = article
    self.path = path
    // FNV-1a over the instrument, the article and each segment, each part closed by a byte no
    // id contains.
    var digest: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ byte: UInt8) { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3 }
    for byte in instrument.rawValue.utf8 { add(byte) }
    add(0xFF)
    digest = (digest ^ UInt64(bitPattern: Int64(article))) &* 0x100_0000_01b3
    for segment in path {
      for byte in segment.utf8 { add(byte) }
      add(0xFF)
    }
    self.digest = digest
  }

  public static func == (lhs: ObligationID, rhs: ObligationID) -> Bool {
    lhs.digest == rhs.digest && lhs.article == rhs.article && lhs.instrument == rhs.instrument && lhs.path == rhs.path
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(digest) }

  /// Parses an id, or says why it is not one.
  public static func parse(_ text: String) -> Result<ObligationID, IdentifierError> {
    guard text.utf8.count <= maximumLength else { return .failure(.tooLong(text)) }
    var bytes = text
    return bytes.withUTF8 { parse(text, bytes: $0) }
  }

  /// The grammar, read on the bytes of `text`. Separators are characters of their own: a dash
  /// or dot that a combining mark joins is none. The parts between them are ASCII letters or
  /// digits exactly when their bytes are.
  private static func parse(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> Result<ObligationID, IdentifierError>
  {
    // In ASCII text, where every valid id lies, each byte is a character; other text is searched
    // by its characters, from `start`, which always follows a whole character.
    let isASCII = bytes.allSatisfy { $0 < 0x80 }
    func separator(_ byte: UInt8, from start: Int) -> Int? {
      guard !isASCII else { return (start..<bytes.count).first { bytes[$0] == byte } }
      let rest = text[text.utf8.index(text.startIndex, offsetBy: start)...]
      return rest.firstIndex(of: Character(Unicode.Scalar(byte))).map {
        text.utf8.distance(from: text.startIndex, to: $0)
      }
    }
    guard let dash = separator(UInt8(ascii: "-"), from: 0) else {
      return .failure(.malformed(text, "expected INSTRUMENT-ARTICLE, e.g. 'TIP-5.1'"))
    }
    let prefix = UnsafeBufferPointer(rebasing: bytes[..<dash])
    guard !prefix.isEmpty, prefix.allSatisfy(isUpper) else {
      return .failure(.malformed(text, "the instrument must be upper-case letters, e.g. 'UNTOC'"))
    }
    var end = separator(UInt8(ascii: "."), from: dash + 1) ?? bytes.count
    guard let article = number(UnsafeBufferPointer(rebasing: bytes[(dash + 1)..<end])), article > 0 else {
      return .failure(.malformed(text, "the article must be a number after the dash"))
    }
    var path: [String] = []
    while end < bytes.count {
      let start = end + 1
      end = separator(UInt8(ascii: "."), from: start) ?? bytes.count
      let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
      guard !part.isEmpty, part.allSatisfy(Label.isDigit) || part.allSatisfy(Label.isLower) else {
        let quoted = String(decoding: part, as: UTF8.self)
        return .failure(.malformed(text, "'\(quoted)' is not a paragraph number or a lower-case subparagraph letter"))
      }
      path.append(String(decoding: part, as: UTF8.self))
    }
    return .success(
      ObligationID(
        instrument: Instrument(rawValue: String(decoding: prefix, as: UTF8.self)), article: article, path: path))
  }

  /// The value of ASCII digits, as `Int(_:)` reads them; `nil` for no digits, any other byte,
  /// or a number too large for an `Int`.
  private static func number(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !digits.isEmpty else { return nil }
    var value = 0
    for digit in digits {
      guard Label.isDigit(digit) else { return nil }
      let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowSum) = shifted.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
      guard !overflowShift, !overflowSum else { return nil }
      value = sum
    }
    return value
  }

  private static func isUpper(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }

  /// Built by appending: ids are written out for every report line and lookup key.
  public var description: String {
    var text = instrument.rawValue
    text.reserveCapacity(text.utf8.count + 4 + path.reduce(0) { $0 + $1.utf8.count + 1 })
    text += "-"
    text += String(article)
    for segment in path {
      text += "."
      text += segment
    }
    return text
  }

  /// The id of the article this obligation belongs to.
  public var articleID: ObligationID { ObligationID(instrument: instrument, article: article) }

  public var isArticle: Bool { path.isEmpty }

  /// Whether `other` is this point of the treaty or lies under it (`UNTOC-18` encloses `UNTOC-18.3.a`).
  public func encloses(_ other: ObligationID) -> Bool {
    instrument == other.instrument && article == other.article && other.path.starts(with: path)
  }

  /// The Akoma Ntoso eId of the same point, e.g. `art_5__para_1__subpara_a__subpara_i`.
  public var eId: String {
    var parts = ["art_\(article)"]
    for segment in path {
      parts.append(segment.first?.isASCIIDigit == true ? "para_\(segment)" : "subpara_\(segment)")
    }
    return parts.joined(separator: "__")
  }

  /// A human citation: `UNTOC art. 5(1)(a)(i)`.
  public var citation: String {
    "\(instrument.rawValue) art. \(article)" + path.map { "(\($0))" }.joined()
  }

  /// Orders by instrument, then numerically by article and paragraph.
  public static func < (lhs: ObligationID, rhs: ObligationID) -> Bool {
    if lhs.instrument != rhs.instrument { return lhs.instrument < rhs.instrument }
    if lhs.article != rhs.article { return lhs.article < rhs.article }
    for (l, r) in zip(lhs.path, rhs.path) where l != r {
      if let li = Int(l), let ri = Int(r) { return li < ri }
      if let lr = romanValue(l), let rr = romanValue(r) { return lr < rr }
      return l < r
    }
    return lhs.path.count < rhs.path.count
  }

  /// Roman numerals order (i) < (ii) < … < (ix) < (x); other letters keep alphabetical order.
  private static func romanValue(_ text: String) -> Int? {
    let values: [Character: Int] = ["i": 1, "v": 5, "x": 10]
    guard text.allSatisfy({ values[$0] != nil }) else { return nil }
    var total = 0
    var previous = 0
    for character in text.reversed() {
      let value = values[character] ?? 0
      total += value < previous ? -value : value
      previous = max(previous, value)
    }
    return total
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}

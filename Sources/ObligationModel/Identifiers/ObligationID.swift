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

  public init(instrument: Instrument, article: Int, path: [String] = []) {
    self.instrument = instrument
    self.article = article
    self.path = path
  }

  /// Parses an id, or says why it is not one.
  public static func parse(_ text: String) -> Result<ObligationID, IdentifierError> {
    guard text.utf8.count <= maximumLength else { return .failure(.tooLong(text)) }
    guard let dash = text.firstIndex(of: "-") else {
      return .failure(.malformed(text, "expected INSTRUMENT-ARTICLE, e.g. 'TIP-5.1'"))
    }
    let prefix = text[..<dash]
    guard !prefix.isEmpty, prefix.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
      return .failure(.malformed(text, "the instrument must be upper-case letters, e.g. 'UNTOC'"))
    }
    let parts = text[text.index(after: dash)...].split(separator: ".", omittingEmptySubsequences: false)
    guard let first = parts.first, let article = Int(first), first.allSatisfy(\.isASCIIDigit), article > 0 else {
      return .failure(.malformed(text, "the article must be a number after the dash"))
    }
    var path: [String] = []
    for part in parts.dropFirst() {
      let digits = part.allSatisfy(\.isASCIIDigit)
      let letters = part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
      guard !part.isEmpty, digits || letters else {
        return .failure(.malformed(text, "'\(part)' is not a paragraph number or a lower-case subparagraph letter"))
      }
      path.append(String(part))
    }
    return .success(ObligationID(instrument: Instrument(rawValue: String(prefix)), article: article, path: path))
  }

  public var description: String {
    ([instrument.rawValue + "-" + String(article)] + path).joined(separator: ".")
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

import ObligationModel
import Testing

/// Ids are parsed on their bytes; they read as they did when split into characters, also where
/// a combining mark joins a separator, a prepended mark precedes one, or digits are not ASCII.
@Suite struct IdentifierByteGrammarTests {
  static let pieces = [
    "TIP", "UNTOC", "A", "-", "-", ".", ".", "5", "0", "12", "a", "ii", "x", "\u{301}", "\u{600}", "\r\n", "+", "é",
    "\u{663}", " ", "99999999999999999999", "Z", "\u{200D}",
  ]

  static func randomTexts(_ count: Int) -> [String] {
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { _ in
      (0..<Int.random(in: 0..<9, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }
  }

  @Test func obligationIDsParseAsWhenSplitIntoCharacters() {
    for text in Self.randomTexts(5000) + ["TIP-5.1", "TIP-05.a", "A\u{600}-5", "TIP-\u{301}5", "TIP-5.\u{301}1"] {
      #expect(ObligationID.parse(text) == Self.obligationIDByCharacters(text), "\(text.debugDescription)")
    }
  }

  @Test func provisionIDsParseAsWhenSplitIntoCharacters() {
    let labels = ["tip", "a", "1", "-", ".", ".", "\u{301}", "\u{600}", "é", "x-y", "\r\n", "A"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<5000 {
      let text = (0..<Int.random(in: 0..<7, using: &generator)).map { _ in
        labels.randomElement(using: &generator) ?? ""
      }.joined()
      let characterwise = text.split(separator: ".", omittingEmptySubsequences: false)
        .allSatisfy { Label.isValid($0, letterFirst: false) }
      let parsed = (try? ProvisionID.parse(text).get()) != nil
      #expect(parsed == characterwise, "\(text.debugDescription)")
    }
  }

  /// The parser as it was, splitting the text into characters.
  static func obligationIDByCharacters(_ text: String) -> Result<ObligationID, IdentifierError> {
    guard text.utf8.count <= ObligationID.maximumLength else { return .failure(.tooLong(text)) }
    guard let dash = text.firstIndex(of: "-") else {
      return .failure(.malformed(text, "expected INSTRUMENT-ARTICLE, e.g. 'TIP-5.1'"))
    }
    let prefix = text[..<dash]
    guard !prefix.isEmpty, prefix.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
      return .failure(.malformed(text, "the instrument must be upper-case letters, e.g. 'UNTOC'"))
    }
    let isDigit = { (character: Character) in character.isASCII && character.isNumber }
    let parts = text[text.index(after: dash)...].split(separator: ".", omittingEmptySubsequences: false)
    guard let first = parts.first, let article = Int(first), first.allSatisfy(isDigit), article > 0 else {
      return .failure(.malformed(text, "the article must be a number after the dash"))
    }
    var path: [String] = []
    for part in parts.dropFirst() {
      let letters = part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
      guard !part.isEmpty, part.allSatisfy(isDigit) || letters else {
        return .failure(.malformed(text, "'\(part)' is not a paragraph number or a lower-case subparagraph letter"))
      }
      path.append(String(part))
    }
    return .success(ObligationID(instrument: Instrument(rawValue: String(prefix)), article: article, path: path))
  }
}

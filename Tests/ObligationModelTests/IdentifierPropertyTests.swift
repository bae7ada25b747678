import ObligationModel
import PropertyBased
import Testing

@Suite struct IdentifierPropertyTests {
  static let segment = Gen.oneOf(
    Gen.int(in: 1...40).map { String($0) },
    Gen.element(of: ["a", "b", "c", "d", "i", "ii", "iii", "iv", "v", "x"]).map { $0 ?? "a" })

  @Test func obligationIDsRoundTripThroughTheirGrammar() async {
    await propertyCheck(
      count: 300, input: Gen.element(of: Instrument.known).map { $0 ?? .untoc }, Gen.int(in: 1...41),
      Self.segment.array(of: 0...4)
    ) { instrument, article, path in
      let id = ObligationID(instrument: instrument, article: article, path: path)
      #expect(ObligationID(id.description) == id)
      #expect(id.encloses(id))
      #expect(id.articleID.encloses(id))
    }
  }

  @Test func provisionIDsRoundTrip() async {
    let label = Gen.letterOrNumber.string(of: 1...8).map { $0.lowercased() }
    await propertyCheck(count: 300, input: label.array(of: 1...4)) { labels in
      let text = labels.joined(separator: ".")
      let parsed = ProvisionID(text)
      #expect(parsed?.description == text || text.unicodeScalars.contains { !$0.isASCII })
    }
  }
}

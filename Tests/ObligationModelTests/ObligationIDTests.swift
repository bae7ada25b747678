import ObligationModel
import Testing

@Suite struct ObligationIDTests {
  @Test(arguments: ["UNTOC-5.1.a.i", "TIP-6.3", "FP-7", "SOM-6.1.b.ii", "TIP-3.a", "UNTOC-18.29.b"])
  func roundTrips(_ text: String) throws {
    let id = try ObligationID.parse(text).get()
    #expect(id.description == text)
    #expect(try ObligationID.parse(id.description).get() == id)
  }

  @Test func parsesEveryComponent() throws {
    let id = try ObligationID.parse("UNTOC-5.1.a.i").get()
    #expect(id.instrument == .untoc)
    #expect(id.article == 5)
    #expect(id.path == ["1", "a", "i"])
    #expect(id.articleID.description == "UNTOC-5")
    #expect(!id.isArticle)
    #expect(id.eId == "art_5__para_1__subpara_a__subpara_i")
    #expect(id.citation == "UNTOC art. 5(1)(a)(i)")
  }

  /// Ids are hashed by a digest of their parts: equal ids hash alike however they were made,
  /// and ids that differ only in how their parts split stay apart.
  @Test func equalIDsHashAlikeAndDifferentOnesStayApart() throws {
    let parsed = try ObligationID.parse("TIP-05.1.a").get()
    let built = ObligationID(instrument: .tip, article: 5, path: ["1", "a"])
    #expect(parsed == built)
    #expect(parsed.hashValue == built.hashValue)
    #expect(Set([parsed, built]).count == 1)
    let different = [
      ObligationID(instrument: .tip, article: 5, path: ["1a"]),
      ObligationID(instrument: .tip, article: 5, path: ["1"]),
      ObligationID(instrument: .tip, article: 51, path: ["a"]),
      ObligationID(instrument: .untoc, article: 5, path: ["1", "a"]),
    ]
    #expect(Set(different + [built]).count == different.count + 1)
    #expect(!different.contains(built))
  }

  @Test(arguments: [
    "TIP 5.1", "TIP-5(1)", "tip-5.1", "TIP-", "TIP-x", "TIP-5..1", "TIP-5.1.", "TIP-0", "-5.1", "TIP-5.A",
    "UNTOC-" + String(repeating: "1", count: 70),
  ])
  func rejectsMalformedIDs(_ text: String) {
    guard case .failure(let error) = ObligationID.parse(text) else {
      Issue.record("'\(text)' should not parse")
      return
    }
    #expect(!error.message.isEmpty)
  }

  @Test func unknownInstrumentsParseSoTheyCanBeReported() throws {
    let id = try ObligationID.parse("ICCPR-2.3").get()
    #expect(!id.instrument.isKnown)
  }

  @Test func ordersInTreatyOrder() throws {
    let ids = try [
      "TIP-5.1", "UNTOC-10.1", "UNTOC-2.b", "UNTOC-5.1.a", "UNTOC-2.j", "UNTOC-2.i", "FP-3.a", "SOM-6.1.b.ii",
      "SOM-6.1.b.i", "UNTOC-18.2", "UNTOC-18.10", "TIP-3.d", "SOM-9.1.a",
    ].map { try ObligationID.parse($0).get() }
    #expect(
      ids.sorted().map(\.description) == [
        "UNTOC-2.b", "UNTOC-2.i", "UNTOC-2.j", "UNTOC-5.1.a", "UNTOC-10.1", "UNTOC-18.2", "UNTOC-18.10",
        "TIP-3.d", "TIP-5.1", "SOM-6.1.b.i", "SOM-6.1.b.ii", "SOM-9.1.a", "FP-3.a",
      ])
  }

  @Test func ordersRomanSubparagraphsNumerically() throws {
    let ids = try ["X-1.a.x", "X-1.a.ix", "X-1.a.iv", "X-1.a.v", "X-1.a.ii"].map { try ObligationID.parse($0).get() }
    #expect(ids.sorted().map { $0.path.last ?? "" } == ["ii", "iv", "v", "ix", "x"])
  }
}

@Suite struct ProvisionAndElementIDTests {
  @Test(arguments: ["tip.offence", "pc.212.3", "conv.participation-offence", "212a"])
  func provisionIDsRoundTrip(_ text: String) throws {
    #expect(try ProvisionID.parse(text).get().description == text)
  }

  @Test(arguments: ["Tip.offence", "tip..offence", "tip offence", ".tip", "tip.", "tip_offence", ""])
  func rejectsMalformedProvisionIDs(_ text: String) {
    #expect(throws: IdentifierError.self) { try ProvisionID.parse(text).get() }
  }

  @Test func provisionIDNamesItsModule() throws {
    #expect(try ProvisionID.parse("tip.offence").get().module == "tip")
  }

  @Test(arguments: ["act", "means", "benefit-purpose", "ii"])
  func elementIDsRoundTrip(_ text: String) throws {
    #expect(try ElementID.parse(text).get().description == text)
  }

  @Test(arguments: ["1st", "Act", "act.1", "", "-act"])
  func rejectsMalformedElementIDs(_ text: String) {
    #expect(throws: IdentifierError.self) { try ElementID.parse(text).get() }
  }
}

@Suite struct ValueTests {
  @Test func parsesQuantities() {
    #expect(Quantity.parse("4y") == Quantity(4, .years))
    #expect(Quantity.parse("10") == Quantity(10, .years))
    #expect(Quantity.parse("18m") == Quantity(18, .months))
    #expect(Quantity.parse("30d") == Quantity(30, .days))
    #expect(Quantity.parse("life") == .life)
    for bad in ["", "y", "4 y", "four", "-4y", "4w", "99999999y"] { #expect(Quantity.parse(bad) == nil, "\(bad)") }
  }

  @Test func comparesQuantitiesAcrossUnits() {
    #expect(Quantity(3, .years) < Quantity(48, .months))
    #expect(Quantity(5, .years) > Quantity(4, .years))
    #expect(Quantity.life > Quantity(99, .years))
    let serious = Threshold(parameter: .maxPenalty, minimum: Quantity(4, .years))
    #expect(serious.isMet(by: Quantity(4, .years)))
    #expect(!serious.isMet(by: Quantity(47, .months)))
  }

  @Test func parsesInForceDates() {
    #expect(InForce.parse("2019-07-01") == .since("2019-07-01"))
    #expect(InForce.parse("2024-02-29") == .since("2024-02-29"))
    #expect(InForce.parse("draft") == .draft)
    for bad in ["2023-02-29", "2019-13-01", "2019-7-1", "1 July 2019", "", "2019-07-32"] {
      #expect(InForce.parse(bad) == nil, "\(bad)")
    }
  }
}

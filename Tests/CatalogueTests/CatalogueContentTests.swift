import Diagnostics
import Foundation
import ObligationModel
import TestSupport
import Testing
import Workspace

/// Facts about the committed catalogue. The counts make an accidental deletion or a changed class
/// fail CI; change them only together with the catalogue, after checking the treaty text.
@Suite struct CatalogueContentTests {
  static let loaded = ProjectLoader.catalogue(folder: Repository.path("ModelLaws/Obligations"), limits: InputLimits())
  static var catalogue: Catalogue { loaded.catalogue }

  static func obligation(_ id: String) throws -> Obligation {
    try #require(catalogue[try ObligationID.parse(id).get()], "\(id) is missing")
  }

  @Test func catalogueLintsWithoutAnyFinding() {
    #expect(
      Self.loaded.diagnostics.isEmpty,
      "\(Self.loaded.diagnostics.map { "\($0.location?.description ?? "") \($0.message)" })")
  }

  @Test(arguments: [
    (Instrument.untoc, 41, 10, 97, 31, 30),
    (Instrument.tip, 20, 9, 34, 6, 0),
    (Instrument.som, 25, 9, 50, 5, 2),
    (Instrument.fp, 21, 9, 34, 2, 1),
  ])
  func countsPerInstrumentAndClass(
    _ instrument: Instrument, articles: Int, withoutObligations: Int, mandatory: Int, consider: Int, optional: Int
  ) {
    let listed = Self.catalogue.articles.filter { $0.id.instrument == instrument }
    #expect(listed.map(\.id.article) == Array(1...articles))
    #expect(listed.count { !$0.hasObligations } == withoutObligations)
    let obligations = Self.catalogue.obligations.filter { $0.id.instrument == instrument }
    #expect(obligations.count { $0.obligationClass == .mandatory } == mandatory)
    #expect(obligations.count { $0.obligationClass == .consider } == consider)
    #expect(obligations.count { $0.obligationClass == .optional } == optional)
  }

  @Test func participationOffenceOffersAgreementOrParticipation() throws {
    let offence = try Self.obligation("UNTOC-5.1.a")
    #expect(offence.obligationClass == .mandatory)
    #expect(offence.alternatives.map(\.id.rawValue) == ["i", "ii"])
    let agreement = offence.elements.filter { $0.alternatives.map(\.rawValue) == ["i"] }.map(\.id.rawValue)
    let participation = offence.elements.filter { $0.alternatives.map(\.rawValue) == ["ii"] }.map(\.id.rawValue)
    #expect(agreement.contains("agreement"))
    #expect(participation.contains("knowledge"))
    #expect(offence.elements.contains { $0.id.rawValue == "intent" && $0.alternatives.isEmpty })
  }

  @Test func liabilityOfLegalPersonsMayBeCriminalCivilOrAdministrative() throws {
    let liability = try Self.obligation("UNTOC-10.1")
    #expect(liability.alternatives.map(\.id.rawValue) == ["criminal", "civil", "administrative"])
    #expect(liability.qualifiers == [.legalPrinciples])
  }

  @Test func seriousCrimeAndRecordKeepingCarryTheirThresholds() throws {
    let serious = try #require(try Self.obligation("UNTOC-2.b").thresholds.first)
    #expect(serious.parameter == .maxPenalty)
    #expect(serious.minimum == Quantity(4, .years))
    let records = try #require(try Self.obligation("FP-7").thresholds.first)
    #expect(records.parameter == .recordRetention)
    #expect(records.minimum == Quantity(10, .years))
  }

  @Test func smuggledMigrantsProvisionIsAProhibition() throws {
    let migrants = try Self.obligation("SOM-5")
    #expect(migrants.isProhibition)
    #expect(migrants.obligationClass == .mandatory)
    #expect(try !Self.obligation("TIP-5.1").isProhibition)
  }

  /// The Protocols' offences are offences established under the Convention (art 1(3) of each).
  @Test(arguments: [("TIP-5.1", "TIP-1"), ("SOM-6.1.a", "SOM-1"), ("SOM-6.1.c", "SOM-1"), ("FP-5.1.b", "FP-1")])
  func protocolOffencesDependOnTheirArticleOne(_ offence: String, _ article: String) throws {
    #expect(try Self.obligation(offence).dependsOn.map(\.description).contains(article))
  }

  @Test func offencesDependOnTheirDefinitions() throws {
    #expect(try Self.obligation("TIP-5.1").dependsOn.map(\.description).contains("TIP-3.a"))
    let laundering = try Self.obligation("UNTOC-6.2.b").dependsOn.map(\.description)
    for predicate in ["UNTOC-2.b", "UNTOC-5.1.a", "UNTOC-8.1"] {
      #expect(laundering.contains(predicate), "\(predicate)")
    }
  }

  @Test(arguments: [
    "UNTOC-5.1.a", "UNTOC-5.1.b", "UNTOC-6.1.a", "UNTOC-6.1.b", "UNTOC-8.1", "UNTOC-8.2", "UNTOC-23.a", "UNTOC-23.b",
    "UNTOC-10.1", "UNTOC-12.1", "UNTOC-13.1", "UNTOC-14.1", "TIP-3.a", "TIP-5.1", "SOM-3.a", "SOM-6.1.a", "SOM-6.1.b.i",
    "SOM-6.1.c", "FP-5.1.a", "FP-5.1.b", "FP-5.1.c", "FP-7", "FP-8.1.a", "FP-9", "FP-10.1",
  ])
  func partlyCoverableObligationsHaveElements(_ id: String) throws {
    let obligation = try Self.obligation(id)
    #expect(obligation.elements.count >= 2, "\(id) has \(obligation.elements.count) elements")
    #expect(obligation.elements.allSatisfy { !$0.description.isEmpty }, "\(id) has an element without a description")
  }

  static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }
}

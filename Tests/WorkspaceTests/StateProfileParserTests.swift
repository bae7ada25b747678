import Diagnostics
import ObligationModel
import Testing
import Workspace

@Suite struct StateProfileParserTests {
  static let profileCodes = DiagnosticRegistry.all.filter { $0.examples == .stateProfile }.map(\.code)

  @Test(arguments: profileCodes)
  func badExampleTriggersItsCode(_ code: DiagnosticCode) throws {
    let entry = try #require(code.entry)
    let found = StateProfileParser.parse(entry.badExample, path: "state.yaml").diagnostics
    #expect(found.contains { $0.code == code }, "\(found.map { "\($0.code) \($0.message)" })")
  }

  @Test(arguments: profileCodes)
  func goodExampleIsClean(_ code: DiagnosticCode) throws {
    let entry = try #require(code.entry)
    let (profile, found) = StateProfileParser.parse(entry.goodExample, path: "state.yaml")
    #expect(found.isEmpty, "\(found.map { "\($0.code) \($0.message)" })")
    #expect(profile != nil)
  }

  @Test func readsEveryField() throws {
    let text = """
      name: Republic of Lagonia
      code: LGN
      legal-family: common-law
      instruments:
        UNTOC: {status: party, date: 2004-05-12}
        TIP: {status: party, date: 2004-05-12}
        SOM: {status: signatory, date: 2000-12-14}
        FP: {status: none}
      reservations:
        - kind: reservation
          provision: UNTOC-35.2
          effect: excludes
          text: Not bound by article 35(2).
        - kind: declaration
          provision: UNTOC-18.14
          effect: qualifies
          text: Requests in English or French.
      assistance-needs:
        - article: UNTOC-10
          need: Drafting corporate liability provisions.
      overrides:
        - obligation: UNTOC-10.1
          status: partial
          reason: Administrative fines exist for fraud only.
      not-assessed:
        - scope: FP
          reason: Not a party; review after accession.
        - scope: UNTOC-31
          reason: Prevention policies not yet collected.
      """
    let (parsed, diagnostics) = StateProfileParser.parse(text, path: "state.yaml")
    #expect(diagnostics.isEmpty)
    let profile = try #require(parsed)
    #expect(profile.name == "Republic of Lagonia")
    #expect(profile.legalFamily == .commonLaw)
    #expect(profile.instruments[.som] == InstrumentStatus(.signatory, date: "2000-12-14"))
    #expect(profile.instruments[.fp]?.applies == false)
    #expect(profile.reservations.map(\.effect) == [.excludes, .qualifies])
    #expect(profile.assistanceNeeds.first?.article.description == "UNTOC-10")
    #expect(profile.overrides.first?.status == .partial)
    #expect(profile.notAssessed.count == 2)
  }

  @Test func badFieldsPointAtTheirLines() throws {
    let text =
      "name: X\ncode: lgn\nlegal-family: roman\ninstruments:\n  UNTOC: {status: party, date: 2004-13-01}\n  TIP: {status: none}\n  SOM: {status: none}\n  FP: {status: none}\n"
    let (profile, diagnostics) = StateProfileParser.parse(text, path: "state.yaml")
    #expect(profile == nil)
    #expect(diagnostics.map { "\($0.location?.line ?? 0) \($0.code)" } == ["2 ST003", "3 ST003", "5 ST003"])
  }

  @Test func aMisspeltKeyIsNamedAlongsideTheMissingOne() {
    let text =
      "name: X\ncode: XXX\nlegal-family: mixed\ninstruments:\n  UNTOC: {status: party}\n  TIP: {status: none}\n  SOM: {status: none}\n  FP: {status: none}\n"
      + "reservations:\n  - kind: reservation\n    provison: UNTOC-35.2\n    effect: excludes\n    text: Not bound.\n"
    let diagnostics = StateProfileParser.parse(text, path: "state.yaml").diagnostics
    #expect(diagnostics.contains { $0.code == .unknownProfileKey && $0.message.contains("did you mean 'provision'?") })
    #expect(diagnostics.contains { $0.code == .missingProfileKey && $0.message.contains("'provision'") })
  }
}

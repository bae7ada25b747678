import MappingEngine
import ObligationModel
import Testing

/// One test per rule of the engine, on small in-code corpora.
@Suite struct GapAnalysisTests {
  static func id(_ text: String) -> ObligationID {
    guard let id = ObligationID(text) else { preconditionFailure("test id '\(text)' is malformed") }
    return id
  }

  static func element(_ text: String, _ alternatives: [String] = []) -> Element {
    Element(id: elementID(text), description: text, alternatives: alternatives.map(elementID))
  }

  static func elementID(_ text: String) -> ElementID {
    guard let id = ElementID(text) else { preconditionFailure("test element '\(text)' is malformed") }
    return id
  }

  static let catalogue = Catalogue(
    articles: [],
    obligations: [
      Obligation(
        id: id("UNTOC-2.b"), title: "serious crime", summary: "s", obligationClass: .mandatory, theme: .definitions,
        elements: [element("penalty")], thresholds: [Threshold(parameter: .maxPenalty, minimum: Quantity(4, .years))]),
      Obligation(
        id: id("UNTOC-5.1.a"), title: "participation", summary: "s", obligationClass: .mandatory,
        theme: .criminalization,
        dependsOn: [ObligationRef(obligation: id("UNTOC-2.b"))],
        elements: [
          element("intent"), element("agreement", ["i"]), element("benefit", ["i"]), element("knowledge", ["ii"]),
          element("active-part", ["ii"]),
        ],
        alternatives: [
          Alternative(id: elementID("i"), description: "i"), Alternative(id: elementID("ii"), description: "ii"),
        ]),
      Obligation(
        id: id("UNTOC-10.1"), title: "legal persons", summary: "s", obligationClass: .mandatory,
        theme: .liabilityAndSanctions, dependsOn: [ObligationRef(obligation: id("UNTOC-5.1.a"))]),
      Obligation(
        id: id("UNTOC-34.2"), title: "no transnationality", summary: "s", obligationClass: .mandatory,
        theme: .criminalization,
        dependsOn: [ObligationRef(obligation: id("UNTOC-5.1.a"))]),
      Obligation(
        id: id("UNTOC-18.3"), title: "forms of assistance", summary: "s", obligationClass: .mandatory,
        theme: .internationalCooperation),
      Obligation(
        id: id("UNTOC-35.2"), title: "arbitration", summary: "s", obligationClass: .optional,
        theme: .internationalCooperation),
      Obligation(
        id: id("TIP-5.1"), title: "trafficking", summary: "s", obligationClass: .mandatory, theme: .criminalization,
        elements: [element("act"), element("means"), element("purpose")]),
      Obligation(
        id: id("SOM-5"), title: "migrants", summary: "s", obligationClass: .mandatory, theme: .criminalization,
        isProhibition: true),
      Obligation(
        id: id("FP-7"), title: "records", summary: "s", obligationClass: .mandatory, theme: .firearmsControl,
        elements: [element("records")],
        thresholds: [Threshold(parameter: .recordRetention, minimum: Quantity(10, .years))]),
    ])

  static func profile(
    instruments: [Instrument: InstrumentStatus] = [
      .untoc: .init(.party), .tip: .init(.party), .som: .init(.party), .fp: .init(.party),
    ],
    reservations: [Reservation] = [], overrides: [Override] = [], notAssessed: [NotAssessed] = []
  ) -> StateProfile {
    StateProfile(
      name: "Testland", code: "TST", legalFamily: .commonLaw, instruments: instruments, reservations: reservations,
      overrides: overrides, notAssessed: notAssessed)
  }

  static func act(_ provisions: [NationalProvision], inForce: InForce? = .since("2020-01-01")) -> LegalDocument {
    var document = LegalDocument(path: "act.md", kind: .legislation, title: "Test Act")
    document.citation = "Act 1 of 2020"
    document.inForce = inForce
    document.nationalProvisions = provisions
    return document
  }

  static func provision(
    _ name: String, implements: [ObligationRef] = [], conflicts: [ObligationRef] = [], inForce: InForce? = nil,
    parameters: [Parameter: Quantity] = [:]
  ) -> NationalProvision {
    NationalProvision(
      id: provisionID(name), citation: "s. \(name)",
      title: name,
      text: "text", implements: implements, conflicts: conflicts, inForce: inForce, parameters: parameters)
  }

  static func provisionID(_ text: String) -> ProvisionID {
    guard let id = ProvisionID(text) else { preconditionFailure("test provision '\(text)' is malformed") }
    return id
  }

  static func ref(_ text: String, _ elements: [String]? = nil) -> ObligationRef {
    ObligationRef(obligation: id(text), elements: elements?.map(elementID))
  }

  static func analyze(
    _ provisions: [NationalProvision], profile: StateProfile = profile(), inForce: InForce? = .since("2020-01-01")
  ) -> Assessment {
    GapAnalysis.analyze(
      AnalysisInput(catalogue: catalogue, profile: profile, legislation: [act(provisions, inForce: inForce)]))
  }

  static func verdict(_ assessment: Assessment, _ text: String) -> Verdict? {
    assessment.verdicts.first { $0.obligation.id == id(text) }
  }

  @Test func allElementsCoveredIsImplemented() throws {
    let result = Self.analyze([Self.provision("a", implements: [Self.ref("TIP-5.1", ["act", "means", "purpose"])])])
    #expect(try #require(Self.verdict(result, "TIP-5.1")).status == .implemented)
  }

  @Test func someElementsCoveredIsPartialListingTheMissingOnes() throws {
    let result = Self.analyze([Self.provision("a", implements: [Self.ref("TIP-5.1", ["act", "purpose"])])])
    let verdict = try #require(Self.verdict(result, "TIP-5.1"))
    #expect(verdict.status == .partial)
    #expect(verdict.missingElements.map(\.rawValue) == ["means"])
    #expect(verdict.coveredElements.map(\.rawValue) == ["act", "purpose"])
  }

  @Test func elementsCanBeCoveredAcrossProvisions() throws {
    let result = Self.analyze([
      Self.provision("a", implements: [Self.ref("TIP-5.1", ["act"])]),
      Self.provision("b", implements: [Self.ref("TIP-5.1", ["means", "purpose"])]),
    ])
    let verdict = try #require(Self.verdict(result, "TIP-5.1"))
    #expect(verdict.status == .implemented)
    #expect(verdict.evidence.map(\.citation) == ["s. a", "s. b"])
  }

  @Test func aBareReferenceClaimsEveryElement() throws {
    let result = Self.analyze([Self.provision("a", implements: [Self.ref("TIP-5.1")])])
    #expect(try #require(Self.verdict(result, "TIP-5.1")).status == .implemented)
  }

  @Test func nothingCoveringIsMissing() throws {
    let verdict = try #require(Self.verdict(Self.analyze([]), "TIP-5.1"))
    #expect(verdict.status == .missing)
    #expect(verdict.missingElements.count == 3)
  }

  @Test func anyOneAlternativeSuffices() throws {
    let agreementOnly = Self.analyze([
      Self.provision(
        "a", implements: [Self.ref("UNTOC-5.1.a", ["intent", "agreement", "benefit"])],
        parameters: [.maxPenalty: Quantity(10, .years)])
    ])
    let verdict = try #require(Self.verdict(agreementOnly, "UNTOC-5.1.a"))
    #expect(verdict.status == .implemented)
    #expect(verdict.satisfiedAlternative?.rawValue == "i")
  }

  @Test func anIncompleteAlternativeIsPartialWithTheClosestGap() throws {
    let result = Self.analyze([Self.provision("a", implements: [Self.ref("UNTOC-5.1.a", ["intent", "knowledge"])])])
    let verdict = try #require(Self.verdict(result, "UNTOC-5.1.a"))
    #expect(verdict.status == .partial)
    #expect(verdict.missingElements.map(\.rawValue) == ["active-part"])
  }

  @Test func aPenaltyBelowFourYearsFallsOutsideSeriousCrime() throws {
    let result = Self.analyze([
      Self.provision(
        "a", implements: [Self.ref("UNTOC-5.1.a", ["intent", "agreement", "benefit"])],
        parameters: [.maxPenalty: Quantity(3, .years)])
    ])
    let verdict = try #require(Self.verdict(result, "UNTOC-5.1.a"))
    #expect(verdict.status == .partial)
    let finding = try #require(verdict.thresholds.first)
    #expect(finding.source == Self.id("UNTOC-2.b"))
    #expect(finding.isMet == false)
    #expect(finding.value == Quantity(3, .years))
  }

  @Test func onlyOffencesInheritThresholdsAndOnlyFromDirectDependencies() throws {
    let result = Self.analyze([
      Self.provision(
        "a", implements: [Self.ref("UNTOC-10.1"), Self.ref("UNTOC-34.2")],
        parameters: [.maxPenalty: Quantity(1, .years)])
    ])
    for id in ["UNTOC-10.1", "UNTOC-34.2"] {
      let verdict = try #require(Self.verdict(result, id))
      #expect(verdict.thresholds.isEmpty, "\(id)")
      #expect(verdict.status == .implemented, "\(id)")
    }
  }

  @Test func recordRetentionBelowTenYearsIsPartial() throws {
    let short = Self.analyze([
      Self.provision("a", implements: [Self.ref("FP-7")], parameters: [.recordRetention: Quantity(5, .years)])
    ])
    #expect(try #require(Self.verdict(short, "FP-7")).status == .partial)
    let long = Self.analyze([
      Self.provision("a", implements: [Self.ref("FP-7")], parameters: [.recordRetention: Quantity(10, .years)])
    ])
    #expect(try #require(Self.verdict(long, "FP-7")).status == .implemented)
  }

  @Test func aThresholdNobodyStatesIsReportedUnchecked() throws {
    let result = Self.analyze([Self.provision("a", implements: [Self.ref("FP-7")])])
    let verdict = try #require(Self.verdict(result, "FP-7"))
    #expect(verdict.status == .implemented)
    #expect(verdict.thresholds.map(\.isMet) == [nil])
  }

  @Test func contradictingAProhibitionIsConflicting() throws {
    let result = Self.analyze([Self.provision("a", conflicts: [Self.ref("SOM-5")])])
    let verdict = try #require(Self.verdict(result, "SOM-5"))
    #expect(verdict.status == .conflicting)
    #expect(verdict.conflicts.map(\.citation) == ["s. a"])
    #expect(result.priorityFindings.first?.obligation.id == Self.id("SOM-5"))
  }

  @Test func draftsDoNotImplementButArePending() throws {
    let draftProvision = Self.analyze([Self.provision("a", implements: [Self.ref("UNTOC-10.1")], inForce: .draft)])
    let verdict = try #require(Self.verdict(draftProvision, "UNTOC-10.1"))
    #expect(verdict.status == .missing)
    #expect(verdict.pending.map(\.citation) == ["s. a"])
    let draftAct = Self.analyze([Self.provision("a", implements: [Self.ref("UNTOC-10.1")])], inForce: .draft)
    #expect(try #require(Self.verdict(draftAct, "UNTOC-10.1")).status == .missing)
    let draftConflict = Self.analyze([Self.provision("a", conflicts: [Self.ref("SOM-5")], inForce: .draft)])
    let prohibition = try #require(Self.verdict(draftConflict, "SOM-5"))
    #expect(prohibition.status == .missing)
    #expect(prohibition.pending.isEmpty)
    #expect(prohibition.pendingConflicts.map(\.citation) == ["s. a"])
  }

  @Test func anInForceProvisionInADraftActCounts() throws {
    let result = Self.analyze(
      [Self.provision("a", implements: [Self.ref("UNTOC-10.1")], inForce: .since("2021-01-01"))], inForce: .draft)
    #expect(try #require(Self.verdict(result, "UNTOC-10.1")).status == .implemented)
  }

  @Test func anInstrumentNotRatifiedIsNotApplicable() throws {
    let profile = Self.profile(instruments: [.untoc: .init(.party), .fp: .init(.none)])
    let result = Self.analyze([], profile: profile)
    let firearms = try #require(Self.verdict(result, "FP-7"))
    #expect(firearms.status == .notApplicable)
    #expect(firearms.reason?.contains("not a party") == true)
    #expect(try #require(Self.verdict(result, "TIP-5.1")).status == .notApplicable)
  }

  @Test func aSignatoryIsAssessed() throws {
    let profile = Self.profile(instruments: [.untoc: .init(.party), .tip: .init(.signatory, date: "2000-12-12")])
    #expect(try #require(Self.verdict(Self.analyze([], profile: profile), "TIP-5.1")).status == .missing)
  }

  @Test func anExcludingReservationMakesItNotApplicable() throws {
    let reservation = Reservation(
      kind: .reservation, provision: Self.id("UNTOC-35"), effect: .excludes, text: "not bound by art 35(2)")
    let declaration = Reservation(
      kind: .declaration, provision: Self.id("UNTOC-18.3"), effect: .qualifies, text: "requests in English")
    let result = Self.analyze([], profile: Self.profile(reservations: [reservation, declaration]))
    let excluded = try #require(Self.verdict(result, "UNTOC-35.2"))
    #expect(excluded.status == .notApplicable)
    #expect(excluded.reason?.contains("not bound by art 35(2)") == true)
    let qualified = try #require(Self.verdict(result, "UNTOC-18.3"))
    #expect(qualified.status == .missing)
    #expect(qualified.declarations.map(\.text) == ["requests in English"])
  }

  @Test func unreviewedScopeIsNotAssessed() throws {
    let profile = Self.profile(notAssessed: [NotAssessed(scope: .instrument(.fp), reason: "firearms review scheduled")])
    let verdict = try #require(Self.verdict(Self.analyze([], profile: profile), "FP-7"))
    #expect(verdict.status == .notAssessed)
    #expect(verdict.reason == "firearms review scheduled")
  }

  @Test func anOverrideReplacesTheStatusAndKeepsTheComputedOne() throws {
    let override = Override(
      obligation: Self.id("UNTOC-10.1"), status: .partial, reason: "administrative fines only, in a draft regulation")
    let verdict = try #require(
      Self.verdict(Self.analyze([], profile: Self.profile(overrides: [override])), "UNTOC-10.1"))
    #expect(verdict.status == .partial)
    #expect(verdict.computedStatus == .missing)
    #expect(verdict.override?.reason == "administrative fines only, in a draft regulation")
  }

  @Test func aProvisionClaimingOneObligationTwiceIsCitedOnce() throws {
    let result = Self.analyze([
      Self.provision("a", implements: [Self.ref("TIP-5.1", ["act"]), Self.ref("TIP-5.1", ["means", "purpose"])])
    ])
    let verdict = try #require(Self.verdict(result, "TIP-5.1"))
    #expect(verdict.evidence.count == 1)
    #expect(verdict.status == .implemented)
  }

  @Test func anAlternativeWithoutElementsIsNeverMet() throws {
    let obligation = Obligation(
      id: Self.id("UNTOC-10.1"), title: "t", summary: "s", obligationClass: .mandatory, theme: .liabilityAndSanctions,
      elements: [Self.element("criminal", ["criminal"])],
      alternatives: [
        Alternative(id: Self.elementID("criminal"), description: ""),
        Alternative(id: Self.elementID("empty"), description: ""),
      ])
    let catalogue = Catalogue(articles: [], obligations: [obligation])
    let input = AnalysisInput(
      catalogue: catalogue, profile: Self.profile(),
      legislation: [Self.act([Self.provision("a", implements: [Self.ref("UNTOC-10.1", [])])])])
    let verdict = try #require(GapAnalysis.analyze(input).verdicts.first)
    #expect(verdict.status != .implemented)
  }

  @Test func everyObligationAppearsExactlyOnceInTreatyOrder() {
    let result = Self.analyze([Self.provision("a", implements: [Self.ref("TIP-5.1"), Self.ref("TIP-5.1", ["act"])])])
    #expect(result.verdicts.map(\.obligation.id) == Self.catalogue.obligations.map(\.id))
    #expect(Set(result.verdicts.map(\.obligation.id)).count == result.verdicts.count)
  }

  @Test func priorityFindingsLeadWithMandatoryConflictsThenGaps() {
    let result = Self.analyze([
      Self.provision("a", conflicts: [Self.ref("SOM-5")]),
      Self.provision("b", implements: [Self.ref("TIP-5.1", ["act"])]),
    ])
    let ids = result.priorityFindings.map(\.obligation.id.description)
    #expect(ids.first == "SOM-5")
    #expect(!ids.contains("UNTOC-35.2"))
    #expect(ids.contains("TIP-5.1"))
  }

  @Test func evidenceTextLeavesOutTheAnnotations() throws {
    var provision = Self.provision("a", implements: [Self.ref("UNTOC-10.1")])
    provision.text =
      "<!-- @provision a citation=\"s. a\" -->\n<!-- @note checked -->\n\n(1) Companies are liable.  \n\n\n(2) So are their officers."
    let verdict = try #require(Self.verdict(Self.analyze([provision]), "UNTOC-10.1"))
    #expect(verdict.evidence.first?.text == "(1) Companies are liable.\n\n(2) So are their officers.")
  }

  @Test func remediesComeFromModelProvisions() throws {
    var model = LegalDocument(path: "ModelLaws/Trafficking/Offences.md", kind: .modelLaw, title: "Model")
    model.modelProvisions = [
      ModelProvision(
        id: try ProvisionID.parse("tip.offence").get(), title: "Article 4. Trafficking", text: "",
        implements: [Self.ref("TIP-5.1")],
        adoption: .required)
    ]
    let result = GapAnalysis.analyze(
      AnalysisInput(catalogue: Self.catalogue, profile: Self.profile(), legislation: [], modelLaws: [model]))
    let verdict = try #require(Self.verdict(result, "TIP-5.1"))
    #expect(verdict.remedies.map(\.provision.description) == ["tip.offence"])
  }
}

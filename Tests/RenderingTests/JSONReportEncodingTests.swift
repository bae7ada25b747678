import MappingEngine
import ObligationModel
import Testing

@testable import Rendering

/// The JSON report is written straight from the assessment; these hold it to `JSONEncoder`'s
/// encoding of the `Output` schema value, on assessments that fill every optional member.
@Suite struct JSONReportEncodingTests {
  static func encoded(_ assessment: Assessment) -> String {
    JSONDiagnosticRenderer.encode(AssessmentJSONRenderer.output(assessment, toolVersion: "1.2.3"))
  }

  @Test func matchesJSONEncoderOnTheReportAssessment() {
    let assessment = ReportRendererTests.assessment
    #expect(AssessmentJSONRenderer.render(assessment, toolVersion: "1.2.3") == Self.encoded(assessment))
  }

  @Test func matchesJSONEncoderWhenEveryMemberIsFilled() {
    let assessment = Self.filled
    let written = AssessmentJSONRenderer.render(assessment, toolVersion: "1.2.3")
    #expect(written == Self.encoded(assessment))
    #expect(written.contains("\"pendingConflicts\" : [\n        {"))
  }

  @Test func matchesJSONEncoderOnAnEmptyAssessment() {
    let profile = StateProfile(name: "", code: "", legalFamily: .civilLaw, instruments: [:])
    let assessment = Assessment(profile: profile, verdicts: [], acts: [])
    #expect(AssessmentJSONRenderer.render(assessment, toolVersion: "1.2.3") == Self.encoded(assessment))
  }

  /// Pending and conflicting drafts, parameters, notes, declarations, needs, an unknown theme and
  /// instrument, thresholds with and without a value, and text that needs escaping everywhere.
  static let filled: Assessment = {
    let odd = "tab\there \"quoted\" back\\slash /slash \u{1}\u{1F} é 中 😀 \u{202E}"
    let id = ReportRendererTests.id
    let element = ReportRendererTests.element
    let obligation = Obligation(
      id: id("ZZ-12.3.b.ii"), title: "Title \(odd)", summary: "Summary \(odd)", obligationClass: .consider,
      qualifiers: [.domesticLaw, .appropriateCases], theme: Theme(rawValue: "zeta-\(odd)"), isProhibition: true,
      elements: [Element(id: element("act"), description: "The act.")],
      thresholds: [Threshold(parameter: .maxPenalty, minimum: Quantity(4, .years), maximum: .life)])
    let draft = Evidence(
      provision: ReportRendererTests.provision("pc.9"), citation: "s. 9 \(odd)", title: "T \(odd)",
      text: "Text\n\n\(odd)", act: "Act \(odd)", inForce: .draft, elements: nil,
      parameters: [.maxPenalty: Quantity(5, .years), Parameter(rawValue: "Z-\(odd)"): .life], notes: ["a", odd])
    var verdict = Verdict(obligation: obligation, status: .notAssessed)
    verdict.computedStatus = .missing
    verdict.reason = "Reason \(odd)"
    verdict.pending = [draft]
    verdict.pendingConflicts = [draft, draft]
    verdict.coveredElements = [element("act")]
    verdict.satisfiedAlternative = element("act")
    verdict.thresholds = [
      ThresholdFinding(threshold: obligation.thresholds[0], source: id("ZZ-12"), value: nil, citation: nil),
      ThresholdFinding(
        threshold: obligation.thresholds[0], source: id("ZZ-12.3"), value: Quantity(2, .months), citation: odd),
    ]
    verdict.declarations = [
      Reservation(kind: .declaration, provision: id("ZZ-12.3"), effect: .qualifies, text: "Declared \(odd)")
    ]
    verdict.remedies = [
      Remedy(provision: ReportRendererTests.provision("ml.x"), title: odd, adoption: .optional, path: nil)
    ]
    verdict.assistanceNeeds = [AssistanceNeed(article: id("ZZ-12"), need: "Need \(odd)")]
    let profile = StateProfile(
      name: "Name \(odd)", code: odd, legalFamily: .commonLaw,
      instruments: [.untoc: .init(.signatory, date: odd), Instrument(rawValue: "ZZ"): .init(.party)],
      reservations: verdict.declarations, assistanceNeeds: verdict.assistanceNeeds)
    let act = Act(title: odd, citation: odd, inForce: nil, path: odd, provisionCount: 0)
    return Assessment(
      profile: profile, verdicts: [verdict, ReportRendererTests.assessment.verdicts[0]], acts: [act, act])
  }()
}

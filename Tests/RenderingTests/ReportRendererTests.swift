import Foundation
import MappingEngine
import ObligationModel
import TestSupport
import Testing

@testable import Rendering

/// The gap report renderers, on a small assessment built in code with hostile text in it.
@Suite struct ReportRendererTests {
  static func id(_ text: String) -> ObligationID {
    guard let id = ObligationID(text) else { preconditionFailure(text) }
    return id
  }

  static func element(_ text: String) -> ElementID {
    guard let id = ElementID(text) else { preconditionFailure(text) }
    return id
  }

  static func provision(_ text: String) -> ProvisionID {
    guard let id = ProvisionID(text) else { preconditionFailure(text) }
    return id
  }

  static let hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> \"quoted\" & 'single' \u{202E}txt.exe"

  static let assessment: Assessment = {
    let trafficking = Obligation(
      id: id("TIP-5.1"), title: "Art. 5(1): trafficking in persons offence",
      summary: "States make trafficking a crime.",
      obligationClass: .mandatory, theme: .criminalization,
      elements: [
        Element(id: element("act"), description: "The act."), Element(id: element("means"), description: "The means."),
      ])
    let migrants = Obligation(
      id: id("SOM-5"), title: "Art. 5: migrants not liable", summary: "Migrants are not prosecuted for being smuggled.",
      obligationClass: .mandatory, theme: .criminalization, isProhibition: true)
    let firearms = Obligation(
      id: id("FP-7"), title: "Art. 7: record-keeping", summary: "Records kept ten years.", obligationClass: .mandatory,
      theme: .firearmsControl, thresholds: [Threshold(parameter: .recordRetention, minimum: Quantity(10, .years))])
    let evidence = Evidence(
      provision: provision("pc.212"), citation: "Penal Code s. 212 \(hostile)", title: "Section 212",
      text: "(1) A person who \(hostile) commits an offence.\n\n(2) <!-- not an annotation, just text -->",
      act: "Act 7 of 2018",
      inForce: .since("2018-09-01"), elements: [element("act")], notes: ["Note with \(hostile)"],
      location: .init(file: "Examples/Testland/legislation/penal.md", line: 12, column: 1, utf8Column: 1))
    var partial = Verdict(obligation: trafficking, status: .partial)
    partial.evidence = [evidence]
    partial.coveredElements = [element("act")]
    partial.missingElements = [element("means")]
    partial.remedies = [
      Remedy(
        provision: provision("tip.offence"), title: "Article 4. Trafficking", adoption: .required,
        path: "ModelLaws/Trafficking/Offences.md")
    ]
    var conflict = Verdict(obligation: migrants, status: .conflicting)
    conflict.conflicts = [evidence]
    var records = Verdict(obligation: firearms, status: .partial)
    records.evidence = [evidence]
    records.thresholds = [
      ThresholdFinding(
        threshold: firearms.thresholds[0], source: id("FP-7"), value: Quantity(5, .years),
        citation: "Firearms Act s. 31")
    ]
    records.override = Override(obligation: id("FP-7"), status: .partial, reason: "Reason with \(hostile)")
    let profile = StateProfile(
      name: "Testland \(hostile)", code: "TST", legalFamily: .civilLaw,
      instruments: [
        .untoc: .init(.party, date: "2004-01-01"), .tip: .init(.party), .som: .init(.signatory), .fp: .init(.none),
      ],
      reservations: [
        Reservation(kind: .reservation, provision: id("UNTOC-35.2"), effect: .excludes, text: "Not bound \(hostile)")
      ],
      assistanceNeeds: [AssistanceNeed(article: id("UNTOC-18"), need: "Help \(hostile)")])
    return Assessment(
      profile: profile, verdicts: [partial, conflict, records],
      acts: [
        Act(
          title: "Penal Code \(hostile)", citation: "Act 7 of 2018", inForce: .since("2018-09-01"), path: "penal.md",
          provisionCount: 1)
      ])
  }()

  @Test(arguments: ReportLanguage.allCases)
  func htmlMatchesSnapshot(_ language: ReportLanguage) {
    assertSnapshot(
      AssessmentHTMLRenderer.render(Self.assessment, language: language, toolVersion: "0.0.0-test"),
      named: "report.\(language.rawValue).html")
  }

  @Test func jsonAndCSVMatchSnapshots() {
    assertSnapshot(AssessmentJSONRenderer.render(Self.assessment, toolVersion: "0.0.0-test"), named: "report.json")
    assertSnapshot(AssessmentCSVRenderer.render(Self.assessment), named: "report.csv")
  }

  @Test func hostileTextStaysInert() throws {
    let html = AssessmentHTMLRenderer.render(Self.assessment, toolVersion: "0.0.0-test")
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("onerror=alert(2)>"))
    #expect(!html.contains("\u{202E}"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.components(separatedBy: "<script>").count == 2, "only the report's own script")
    #expect(html.contains("Content-Security-Policy"))
    #expect(!html.contains("http://") && !html.contains("https://"), "no network loads")
  }

  @Test func htmlHasAnchorsFiltersAndTableHeaders() throws {
    let html = AssessmentHTMLRenderer.render(Self.assessment, toolVersion: "0.0.0-test")
    let anchors = html.matches(of: /<article class="finding status-[a-z-]+" id="([^"]+)"/).map { String($0.output.1) }
    #expect(anchors == ["TIP-5.1", "SOM-5", "FP-7"])
    #expect(html.matches(of: /<select name="/).count == 4)
    #expect(html.matches(of: /<caption>/).count >= 4)
    #expect(html.contains("<th scope=\"col\""))
    // Every element opened is closed, in order (void elements aside).
    var stack: [Substring] = []
    for match in html.matches(of: /<(\/?)([a-z0-9]+)[^>]*>/) {
      let name = match.output.2
      if ["meta", "br", "hr", "input", "link", "img"].contains(name) { continue }
      if match.output.1.isEmpty {
        stack.append(name)
      } else {
        #expect(stack.popLast() == name, "</\(name)> closes \(stack.last ?? "nothing")")
      }
    }
    #expect(stack.isEmpty)
  }

  @Test func priorityFindingsLeadTheReport() throws {
    let html = AssessmentHTMLRenderer.render(Self.assessment, toolVersion: "0.0.0-test")
    let priority = try #require(html.range(of: "id=\"priority\""))
    let findings = try #require(html.range(of: "id=\"findings\""))
    #expect(priority.lowerBound < findings.lowerBound)
  }

  @Test func everyLanguageTranslatesEveryKey() {
    for language in ReportLanguage.allCases {
      for key in ReportKey.allCases {
        #expect(language.hasTranslation(key), "\(language) lacks \(key)")
      }
    }
  }

  @Test func jsonCarriesTheRequiredFields() throws {
    let object = try #require(
      try JSONSerialization.jsonObject(
        with: Data(AssessmentJSONRenderer.render(Self.assessment, toolVersion: "x").utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    let findings = try #require(object["findings"] as? [[String: Any]])
    for key in ["obligation", "instrument", "class", "status", "evidence", "missingElements", "remedies"] {
      #expect(findings.allSatisfy { $0[key] != nil }, "\(key)")
    }
    #expect(object["priority"] as? [String] == ["SOM-5", "TIP-5.1", "FP-7"])
  }

  @Test func jsonReportRoundTrips() throws {
    let json = AssessmentJSONRenderer.render(Self.assessment, toolVersion: "0.0.0-test")
    let decoded = try JSONDecoder().decode(AssessmentJSONRenderer.Output.self, from: Data(json.utf8))
    #expect(JSONDiagnosticRenderer.encode(decoded) == json)
    #expect(decoded.findings.map(\.obligation) == ["TIP-5.1", "SOM-5", "FP-7"])
  }
}

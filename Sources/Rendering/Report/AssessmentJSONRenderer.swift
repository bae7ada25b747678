import MappingEngine
import ObligationModel

/// The gap report as JSON, versioned by `schemaVersion` (see docs/report-schema.md).
public enum AssessmentJSONRenderer {
  public static let schemaVersion = 1

  struct Output: Codable {
    var schemaVersion: Int
    var tool: Tool
    var state: State
    var acts: [ActEntry]
    var summary: Summary
    var priority: [String]
    var findings: [Finding]
  }

  struct Tool: Codable {
    var name = "palermo"
    var version: String
  }

  struct State: Codable {
    var name: String
    var code: String
    var legalFamily: String
    var instruments: [String: InstrumentEntry]
    var reservations: [ReservationEntry]
    var assistanceNeeds: [NeedEntry]
  }

  struct InstrumentEntry: Codable {
    var status: String
    var date: String?
  }

  struct ReservationEntry: Codable {
    var kind: String
    var provision: String
    var effect: String
    var text: String
  }

  struct NeedEntry: Codable {
    var article: String
    var need: String
  }

  struct ActEntry: Codable {
    var title: String
    var citation: String
    var inForce: String?
    var file: String
    var provisions: Int
  }

  struct Summary: Codable {
    var total: [String: Int]
    var byInstrument: [String: [String: Int]]
    var byTheme: [String: [String: Int]]
    var byClass: [String: [String: Int]]
  }

  struct Finding: Codable {
    var obligation: String
    var instrument: String
    var article: Int
    var title: String
    var `class`: String
    var qualifier: [String]
    var theme: String
    var prohibition: Bool
    var summary: String
    var status: String
    var computedStatus: String
    var reason: String?
    var override: OverrideEntry?
    var evidence: [EvidenceEntry]
    var pending: [EvidenceEntry]
    var pendingConflicts: [EvidenceEntry]
    var conflicts: [EvidenceEntry]
    var coveredElements: [String]
    var missingElements: [String]
    var satisfiedAlternative: String?
    var thresholds: [ThresholdEntry]
    var declarations: [ReservationEntry]
    var remedies: [RemedyEntry]
    var assistanceNeeds: [NeedEntry]
  }

  struct OverrideEntry: Codable {
    var status: String
    var reason: String
  }

  struct EvidenceEntry: Codable {
    var provision: String
    var citation: String
    var title: String
    var act: String
    var inForce: String?
    var file: String?
    var line: Int?
    var elements: [String]?
    var parameters: [String: String]
    var notes: [String]
    var text: String
  }

  struct ThresholdEntry: Codable {
    var parameter: String
    var min: String?
    var max: String?
    var source: String
    var value: String?
    var citation: String?
    var met: Bool?
  }

  struct RemedyEntry: Codable {
    var provision: String
    var title: String
    var adoption: String
    var file: String?
  }

  public static func render(_ assessment: Assessment, toolVersion: String) -> String {
    renderBytes(assessment, toolVersion: toolVersion).withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
  }

  /// The report as UTF-8, pretty-printed with sorted keys and a final newline, as
  /// `JSONDiagnosticRenderer.encode` writes every other JSON output.
  public static func renderBytes(_ assessment: Assessment, toolVersion: String) -> RenderedBytes {
    // Quoted provisions are most of the report; each finding and evidence item adds its keys.
    let quoted = assessment.quotedEvidence
    var json = JSONWriter(capacity: 64 * 1024 + 2048 * assessment.verdicts.count + quoted.bytes + 512 * quoted.items)
    write(assessment, toolVersion: toolVersion, to: &json)
    json.literal("\n")
    return json.rendered()
  }

  /// The report handed to `write` in pieces as it is made (see `AssessmentHTMLRenderer.render(_:language:toolVersion:into:)`).
  public static func render(_ assessment: Assessment, toolVersion: String, into write: (UnsafeRawBufferPointer) -> Void)
  {
    render(assessment, toolVersion: toolVersion, pieceSize: ByteBuffer.pieceSize, into: write)
  }

  static func render(
    _ assessment: Assessment, toolVersion: String, pieceSize: Int, into write: (UnsafeRawBufferPointer) -> Void
  ) {
    withoutActuallyEscaping(write) { write in
      var json = JSONWriter(pieceSize: pieceSize, drainingInto: write)
      self.write(assessment, toolVersion: toolVersion, to: &json)
      json.literal("\n")
      json.flush()
    }
  }

  static func output(_ assessment: Assessment, toolVersion: String) -> Output {
    let profile = assessment.profile
    let state = State(
      name: profile.name, code: profile.code, legalFamily: profile.legalFamily.rawValue,
      instruments: Dictionary(
        uniqueKeysWithValues: profile.instruments.map {
          ($0.key.rawValue, InstrumentEntry(status: $0.value.kind.rawValue, date: $0.value.date))
        }),
      reservations: profile.reservations.map(reservation), assistanceNeeds: profile.assistanceNeeds.map(need))
    return Output(
      schemaVersion: schemaVersion, tool: Tool(version: toolVersion), state: state,
      acts: assessment.acts.map {
        ActEntry(
          title: $0.title, citation: $0.citation, inForce: $0.inForce?.description, file: $0.path,
          provisions: $0.provisionCount)
      },
      summary: summary(assessment), priority: assessment.priorityFindings.map(\.obligation.id.description),
      findings: assessment.verdicts.map(finding))
  }

  static func summary(_ assessment: Assessment) -> Summary {
    func named<Key>(_ tally: [Key: [CoverageStatus: Int]], _ name: (Key) -> String) -> [String: [String: Int]] {
      Dictionary(
        uniqueKeysWithValues: tally.map {
          (name($0.key), Dictionary(uniqueKeysWithValues: $0.value.map { ($0.key.rawValue, $0.value) }))
        })
    }
    return Summary(
      total: named(assessment.tally { _ in "all" }, { $0 })["all"] ?? [:],
      byInstrument: named(assessment.tally { $0.obligation.id.instrument }, \.rawValue),
      byTheme: named(assessment.tally { $0.obligation.theme }, \.rawValue),
      byClass: named(assessment.tally { $0.obligation.obligationClass }, \.rawValue))
  }

  static func finding(_ verdict: Verdict) -> Finding {
    let obligation = verdict.obligation
    return Finding(
      obligation: obligation.id.description, instrument: obligation.id.instrument.rawValue,
      article: obligation.id.article,
      title: obligation.title, class: obligation.obligationClass.rawValue,
      qualifier: obligation.qualifiers.map(\.rawValue),
      theme: obligation.theme.rawValue, prohibition: obligation.isProhibition, summary: obligation.summary,
      status: verdict.status.rawValue, computedStatus: verdict.computedStatus.rawValue, reason: verdict.reason,
      override: verdict.override.map { OverrideEntry(status: $0.status.rawValue, reason: $0.reason) },
      evidence: verdict.evidence.map(evidence), pending: verdict.pending.map(evidence),
      pendingConflicts: verdict.pendingConflicts.map(evidence),
      conflicts: verdict.conflicts.map(evidence),
      coveredElements: verdict.coveredElements.map(\.rawValue),
      missingElements: verdict.missingElements.map(\.rawValue),
      satisfiedAlternative: verdict.satisfiedAlternative?.rawValue,
      thresholds: verdict.thresholds.map {
        ThresholdEntry(
          parameter: $0.threshold.parameter.rawValue, min: $0.threshold.minimum?.description,
          max: $0.threshold.maximum?.description,
          source: $0.source.description, value: $0.value?.description, citation: $0.citation, met: $0.isMet)
      },
      declarations: verdict.declarations.map(reservation),
      remedies: verdict.remedies.map {
        RemedyEntry(provision: $0.provision.description, title: $0.title, adoption: $0.adoption.rawValue, file: $0.path)
      },
      assistanceNeeds: verdict.assistanceNeeds.map(need))
  }

  static func evidence(_ item: Evidence) -> EvidenceEntry {
    EvidenceEntry(
      provision: item.provision.description, citation: item.citation, title: item.title, act: item.act,
      inForce: item.inForce?.description, file: item.location?.file, line: item.location?.line,
      elements: item.elements?.map(\.rawValue),
      parameters: Dictionary(uniqueKeysWithValues: item.parameters.map { ($0.key.rawValue, $0.value.description) }),
      notes: item.notes,
      text: item.text)
  }

  static func reservation(_ item: Reservation) -> ReservationEntry {
    ReservationEntry(
      kind: item.kind.rawValue, provision: item.provision.description, effect: item.effect.rawValue, text: item.text)
  }

  static func need(_ item: AssistanceNeed) -> NeedEntry {
    NeedEntry(article: item.article.description, need: item.need)
  }
}

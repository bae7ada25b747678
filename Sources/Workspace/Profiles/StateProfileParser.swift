import AnnotatedMarkdown
import Diagnostics
import Foundation
import ObligationModel
import Yams

/// Reads `state.yaml` into a ``StateProfile``, with a diagnostic for every bad field.
public struct StateProfileParser {
  private let yaml: YAMLSource
  private var diagnostics: [Diagnostic] = []

  private static let keys = [
    "name", "code", "legal-family", "instruments", "reservations", "assistance-needs", "overrides", "not-assessed",
    "placeholders",
  ]

  /// The profile, or `nil` when it is too broken to analyse; diagnostics either way.
  public static func parse(_ text: String, path: String) -> (profile: StateProfile?, diagnostics: [Diagnostic]) {
    var parser = StateProfileParser(yaml: YAMLSource(source: SourceText(file: path, text: text)))
    let profile = parser.read(text)
    return (profile, parser.diagnostics.sorted())
  }

  private init(yaml: YAMLSource) { self.yaml = yaml }

  private mutating func read(_ text: String) -> StateProfile? {
    let root: Node?
    switch yaml.compose(text, invalidCode: .invalidProfile, what: "the State profile") {
    case .success(let node): root = node
    case .failure(let diagnostic):
      diagnostics.append(diagnostic)
      return nil
    }
    guard let root, let fields = mapping(root, what: "the State profile", code: .invalidProfile) else { return nil }
    for (key, node) in fields.pairs where !Self.keys.contains(key) {
      report(
        .unknownProfileKey,
        "'\(key)' is not a profile key"
          + Suggestion.didYouMean(key, in: Self.keys, otherwise: "keys are " + Self.keys.joined(separator: ", ")),
        node.key)
    }
    let name = requiredString(fields, "name")
    let code = requiredString(fields, "code")
    if let code, !(code.count == 3 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }) {
      report(.invalidProfileValue, "code '\(code)' is not an ISO 3166 alpha-3 code such as 'KEN'", fields["code"])
    }
    var family = LegalFamily.mixed
    if let text = requiredString(fields, "legal-family") {
      family = LegalFamily(rawValue: text)
      if !family.isKnown || family == .any {
        report(
          .invalidProfileValue, "legal family '\(text)' is not one of common-law, civil-law, mixed",
          fields["legal-family"])
      }
    }
    let instruments = readInstruments(fields["instruments"], root: root)
    var profile = StateProfile(
      name: name ?? "", code: code ?? "", legalFamily: family, instruments: instruments,
      location: yaml.location(of: root))
    profile.reservations = list(fields["reservations"], "reservations").compactMap { readReservation($0) }
    profile.assistanceNeeds = list(fields["assistance-needs"], "assistance-needs").compactMap { readNeed($0) }
    profile.overrides = list(fields["overrides"], "overrides").compactMap { readOverride($0) }
    profile.notAssessed = list(fields["not-assessed"], "not-assessed").compactMap { readNotAssessed($0) }
    if let node = fields["placeholders"], let values = mapping(node, what: "'placeholders'", code: .invalidProfileValue)
    {
      for (name, entry) in values.pairs {
        guard let value = entry.node.scalar?.string else {
          report(.invalidProfileValue, "the value of placeholder '\(name)' must be text", entry.node)
          continue
        }
        profile.placeholders[name] = value
      }
    }
    return diagnostics.contains { $0.severity == .error } ? nil : profile
  }

  // MARK: Sections

  private mutating func readInstruments(_ node: Node?, root: Node) -> [Instrument: InstrumentStatus] {
    guard let node else {
      report(
        .missingProfileKey, "the profile needs 'instruments:' with the State's status for UNTOC, TIP, SOM and FP", root)
      return [:]
    }
    guard let fields = mapping(node, what: "'instruments'", code: .invalidProfileValue) else { return [:] }
    var result: [Instrument: InstrumentStatus] = [:]
    for (key, value) in fields.pairs {
      let instrument = Instrument(rawValue: key)
      guard instrument.isKnown else {
        report(.invalidProfileValue, "unknown instrument '\(key)'; use UNTOC, TIP, SOM or FP", value.key)
        continue
      }
      guard let entry = mapping(value.node, what: "'\(key)'", code: .invalidProfileValue),
        let statusText = requiredString(entry, "status")
      else { continue }
      guard let kind = InstrumentStatus.Kind(rawValue: statusText) else {
        report(
          .invalidProfileValue, "status '\(statusText)' of \(key) is not one of party, signatory, none", entry["status"]
        )
        continue
      }
      let date = optionalDate(entry, "date")
      for (extra, node) in entry.pairs where !["status", "date"].contains(extra) {
        report(.unknownProfileKey, "'\(extra)' is not a key of an instrument entry; use status and date", node.key)
      }
      result[instrument] = InstrumentStatus(kind, date: date)
    }
    for instrument in Instrument.known where result[instrument] == nil && fields[instrument.rawValue] == nil {
      report(
        .instrumentNotListed,
        "instrument \(instrument) is not listed; it is treated as not a party (write '\(instrument): {status: none}' to say so)",
        node)
    }
    return result
  }

  /// A list entry's fields: unknown keys reported first, then every missing required key, so one
  /// run shows all that is wrong with the entry; `nil` when a required key is missing.
  private mutating func entry(_ node: Node, _ what: String, required: [String], optional: [String] = [])
    -> (fields: Fields, values: [String: String])?
  {
    guard let fields = mapping(node, what: what, code: .invalidProfileValue) else { return nil }
    checkKeys(fields, required + optional, in: what)
    var values: [String: String] = [:]
    for key in required { values[key] = requiredString(fields, key) }
    return values.count == required.count ? (fields, values) : nil
  }

  private mutating func readReservation(_ node: Node) -> Reservation? {
    guard let (fields, values) = entry(node, "a reservation", required: ["kind", "provision", "effect", "text"]) else {
      return nil
    }
    let kind = closed(Reservation.Kind.self, values["kind"] ?? "", fields["kind"], "kind")
    let effect = closed(Reservation.Effect.self, values["effect"] ?? "", fields["effect"], "effect")
    let provision = obligationID(values["provision"] ?? "", fields["provision"])
    guard let kind, let effect, let provision else { return nil }
    return Reservation(
      kind: kind, provision: provision, effect: effect, text: values["text"] ?? "", location: yaml.location(of: node))
  }

  private mutating func readNeed(_ node: Node) -> AssistanceNeed? {
    guard let (fields, values) = entry(node, "an assistance need", required: ["article", "need"]),
      let article = obligationID(values["article"] ?? "", fields["article"])
    else { return nil }
    return AssistanceNeed(article: article, need: values["need"] ?? "", location: yaml.location(of: node))
  }

  private mutating func readOverride(_ node: Node) -> Override? {
    guard let (fields, values) = entry(node, "an override", required: ["obligation", "status"], optional: ["reason"])
    else {
      return nil
    }
    let obligationText = values["obligation"] ?? ""
    let reason = fields["reason"]?.scalar?.string.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    if reason.isEmpty {
      report(
        .overrideWithoutReason,
        "the override of '\(obligationText)' has no reason; write why the rules' verdict does not hold", node)
    }
    let status = closed(CoverageStatus.self, values["status"] ?? "", fields["status"], "status")
    guard let obligation = obligationID(obligationText, fields["obligation"]), let status, !reason.isEmpty else {
      return nil
    }
    return Override(obligation: obligation, status: status, reason: reason, location: yaml.location(of: node))
  }

  private mutating func readNotAssessed(_ node: Node) -> NotAssessed? {
    guard let (fields, values) = entry(node, "a not-assessed entry", required: ["scope", "reason"]) else { return nil }
    let scopeText = values["scope"] ?? ""
    let reason = values["reason"] ?? ""
    let instrument = Instrument(rawValue: scopeText)
    let location = yaml.location(of: fields["scope"])
    if instrument.isKnown { return NotAssessed(scope: .instrument(instrument), reason: reason, location: location) }
    guard let id = obligationID(scopeText, fields["scope"]) else { return nil }
    return NotAssessed(scope: .obligation(id), reason: reason, location: location)
  }

  // MARK: Typed access

  /// A mapping's entries in file order, with lookup by key.
  private struct Fields {
    var node: Node
    var pairs: [(String, (key: Node, node: Node))]
    subscript(key: String) -> Node? { pairs.first { $0.0 == key }?.1.node }
  }

  private mutating func mapping(_ node: Node, what: String, code: DiagnosticCode) -> Fields? {
    guard case .mapping(let mapping) = node else {
      report(code, "\(what) must be a mapping of keys to values", node)
      return nil
    }
    return Fields(node: node, pairs: mapping.compactMap { key, value in key.scalar.map { ($0.string, (key, value)) } })
  }

  private mutating func list(_ node: Node?, _ key: String) -> [Node] {
    guard let node else { return [] }
    guard case .sequence(let sequence) = node else {
      report(.invalidProfileValue, "'\(key)' must be a list of entries, each starting with '- '", node)
      return []
    }
    return Array(sequence)
  }

  private mutating func requiredString(_ fields: Fields, _ key: String) -> String? {
    guard let node = fields[key] else {
      report(.missingProfileKey, "missing '\(key)'", fields.node)
      return nil
    }
    guard let text = node.scalar?.string, !text.isEmpty else {
      report(.invalidProfileValue, "'\(key)' must be a single value", node)
      return nil
    }
    return text
  }

  private mutating func optionalDate(_ fields: Fields, _ key: String) -> String? {
    guard let node = fields[key] else { return nil }
    guard let text = node.scalar?.string, case .since(let date)? = InForce.parse(text) else {
      report(.invalidProfileValue, "'\(key)' must be a date YYYY-MM-DD", node)
      return nil
    }
    return date
  }

  private mutating func closed<T: RawRepresentable & CaseIterable>(
    _ type: T.Type, _ text: String, _ node: Node?, _ key: String
  ) -> T?
  where T.RawValue == String {
    if let value = T(rawValue: text) { return value }
    let known = T.allCases.map(\.rawValue)
    report(
      .invalidProfileValue,
      "'\(text)' is not a valid \(key)"
        + Suggestion.didYouMean(text, in: known, otherwise: "use " + known.joined(separator: ", ")), node)
    return nil
  }

  private mutating func obligationID(_ text: String, _ node: Node?) -> ObligationID? {
    switch ObligationID.parse(text) {
    case .success(let id): return id
    case .failure(let error):
      report(.invalidProfileValue, error.message, node)
      return nil
    }
  }

  private mutating func checkKeys(_ fields: Fields, _ allowed: [String], in what: String) {
    for (key, entry) in fields.pairs where !allowed.contains(key) {
      report(
        .unknownProfileKey,
        "'\(key)' is not a key of \(what)"
          + Suggestion.didYouMean(key, in: allowed, otherwise: "use " + allowed.joined(separator: ", ")), entry.key)
    }
  }

  private mutating func report(_ code: DiagnosticCode, _ message: String, _ node: Node?) {
    diagnostics.append(Diagnostic(code, message, at: yaml.location(of: node)))
  }
}

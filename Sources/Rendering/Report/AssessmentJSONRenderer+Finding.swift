import MappingEngine
import ObligationModel

// One finding of the JSON report, written from its verdict in place; see `Finding` for the schema.

extension AssessmentJSONRenderer {
  static func finding(_ verdict: Verdict, _ json: inout JSONWriter) {
    json.object { json in
      json.member("article", verdict.obligation.id.article)
      json.member("assistanceNeeds", each: verdict.assistanceNeeds, need)
      json.member("class", verdict.obligation.obligationClass.rawValue)
      json.member("computedStatus", verdict.computedStatus.rawValue)
      json.member("conflicts", each: verdict.conflicts, evidence)
      json.member("coveredElements", each: verdict.coveredElements) { $1.string($0.rawValue) }
      json.member("declarations", each: verdict.declarations, reservation)
      json.member("evidence", each: verdict.evidence, evidence)
      json.member("instrument", verdict.obligation.id.instrument.rawValue)
      json.member("missingElements", each: verdict.missingElements) { $1.string($0.rawValue) }
      json.member("obligation") { $0.string(verdict.obligation.id) }
      if let override = verdict.override {
        json.member("override") { json in
          json.object {
            $0.member("reason", override.reason)
            $0.member("status", override.status.rawValue)
          }
        }
      }
      json.member("pending", each: verdict.pending, evidence)
      json.member("pendingConflicts", each: verdict.pendingConflicts, evidence)
      json.member("prohibition", verdict.obligation.isProhibition)
      json.member("qualifier", each: verdict.obligation.qualifiers) { $1.string($0.rawValue) }
      json.member("reason", verdict.reason)
      json.member("remedies", each: verdict.remedies, remedy)
      json.member("satisfiedAlternative", verdict.satisfiedAlternative?.rawValue)
      json.member("status", verdict.status.rawValue)
      json.member("summary", verdict.obligation.summary)
      json.member("theme", verdict.obligation.theme.rawValue)
      json.member("thresholds", each: verdict.thresholds, threshold)
      json.member("title", verdict.obligation.title)
    }
  }

  static func evidence(_ item: Evidence, _ json: inout JSONWriter) {
    json.object { json in
      json.member("act", item.act)
      json.member("citation", item.citation)
      if let elements = item.elements { json.member("elements", each: elements) { $1.string($0.rawValue) } }
      json.member("file", item.location?.file)
      json.member("inForce", item.inForce?.description)
      json.member("line", item.location?.line)
      json.member("notes", item.notes)
      json.member("parameters") { json in
        json.object { json in
          for (parameter, value) in item.parameters.sorted(by: { byUTF8($0.key.rawValue, $1.key.rawValue) }) {
            json.member(escaped: parameter.rawValue, value.description)
          }
        }
      }
      json.member("provision", item.provision.rawValue)
      json.member("text", item.text)
      json.member("title", item.title)
    }
  }

  static func threshold(_ finding: ThresholdFinding, _ json: inout JSONWriter) {
    json.object { json in
      json.member("citation", finding.citation)
      json.member("max", finding.threshold.maximum?.description)
      json.member("met", finding.isMet)
      json.member("min", finding.threshold.minimum?.description)
      json.member("parameter", finding.threshold.parameter.rawValue)
      json.member("source") { $0.string(finding.source) }
      json.member("value", finding.value?.description)
    }
  }

  static func remedy(_ remedy: Remedy, _ json: inout JSONWriter) {
    json.object { json in
      json.member("adoption", remedy.adoption.rawValue)
      json.member("file", remedy.path)
      json.member("provision", remedy.provision.rawValue)
      json.member("title", remedy.title)
    }
  }

  static func reservation(_ item: Reservation, _ json: inout JSONWriter) {
    json.object { json in
      json.member("effect", item.effect.rawValue)
      json.member("kind", item.kind.rawValue)
      json.member("provision") { $0.string(item.provision) }
      json.member("text", item.text)
    }
  }

  static func need(_ item: AssistanceNeed, _ json: inout JSONWriter) {
    json.object { json in
      json.member("article") { $0.string(item.article) }
      json.member("need", item.need)
    }
  }
}

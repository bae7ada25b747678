import MappingEngine
import ObligationModel

// The report written straight from the assessment, members in sorted key order, so the verdicts'
// strings are read in place rather than copied into `Output` values first. `Output` stays the
// schema: `ReportRendererTests` checks these bytes against `JSONEncoder`'s encoding of `output`.

extension AssessmentJSONRenderer {
  static func write(_ assessment: Assessment, toolVersion: String, to json: inout JSONWriter) {
    json.object { json in
      json.member("acts", each: assessment.acts, act)
      json.member("findings", each: assessment.verdicts, finding)
      json.member("priority", each: assessment.priorityFindings) { $1.string($0.obligation.id) }
      json.member("schemaVersion", schemaVersion)
      json.member("state") { state(assessment.profile, &$0) }
      json.member("summary") { summary(assessment, &$0) }
      json.member("tool") { json in
        json.object {
          $0.member("name", "palermo")
          $0.member("version", toolVersion)
        }
      }
    }
  }

  static func act(_ act: Act, _ json: inout JSONWriter) {
    json.object { json in
      json.member("citation", act.citation)
      json.member("file", act.path)
      json.member("inForce", act.inForce?.description)
      json.member("provisions", act.provisionCount)
      json.member("title", act.title)
    }
  }

  static func state(_ profile: StateProfile, _ json: inout JSONWriter) {
    json.object { json in
      json.member("assistanceNeeds", each: profile.assistanceNeeds, need)
      json.member("code", profile.code)
      json.member("instruments") { json in
        json.object { json in
          for (instrument, status) in profile.instruments.sorted(by: { byUTF8($0.key.rawValue, $1.key.rawValue) }) {
            json.member(escaped: instrument.rawValue) { json in
              json.object {
                $0.member("date", status.date)
                $0.member("status", status.kind.rawValue)
              }
            }
          }
        }
      }
      json.member("legalFamily", profile.legalFamily.rawValue)
      json.member("name", profile.name)
      json.member("reservations", each: profile.reservations, reservation)
    }
  }

  /// Counts by status, per group; groups and statuses in the byte order of their names.
  static func summary(_ assessment: Assessment, _ json: inout JSONWriter) {
    let tally = CoverageTally(assessment.verdicts)
    json.object { json in
      groups("byClass", tally.byClass, \.rawValue, &json)
      groups("byInstrument", tally.byInstrument, \.rawValue, &json)
      groups("byTheme", tally.byTheme, \.rawValue, &json)
      json.member("total") { statuses(tally.total, &$0) }
    }
  }

  static func groups<Key>(
    _ key: StaticString, _ tally: GroupCounts<Key>, _ name: (Key) -> String, _ json: inout JSONWriter
  ) {
    let named = tally.groups.map { (name($0.key), $0.counts) }.sorted { byUTF8($0.0, $1.0) }
    json.member(key) { json in
      json.object { json in
        for (name, counts) in named { json.member(escaped: name) { statuses(counts, &$0) } }
      }
    }
  }

  /// The statuses that some verdict has, as the dictionaries of `Output` hold them.
  static func statuses(_ counts: StatusCounts, _ json: inout JSONWriter) {
    json.object { json in
      for status in statusesByName where counts[status] > 0 { json.member(escaped: status.rawValue, counts[status]) }
    }
  }

  /// The statuses in the byte order of their names, as `.sortedKeys` orders them.
  static let statusesByName = CoverageStatus.allCases.sorted { byUTF8($0.rawValue, $1.rawValue) }

  static func byUTF8(_ lhs: String, _ rhs: String) -> Bool { lhs.utf8.lexicographicallyPrecedes(rhs.utf8) }
}

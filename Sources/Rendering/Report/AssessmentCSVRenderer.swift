import MappingEngine

/// One row per obligation, for spreadsheets.
public enum AssessmentCSVRenderer {
  public static func render(_ assessment: Assessment) -> String {
    var rows = [
      [
        "obligation", "instrument", "article", "title", "class", "theme", "status", "computed_status", "reason",
        "missing_elements", "evidence", "pending", "pending_conflicts", "conflicts", "thresholds", "override_reason",
        "remedies",
      ]
    ]
    for verdict in assessment.verdicts {
      let obligation = verdict.obligation
      rows.append([
        obligation.id.description, obligation.id.instrument.rawValue, String(obligation.id.article), obligation.title,
        obligation.obligationClass.rawValue, obligation.theme.rawValue, verdict.status.rawValue,
        verdict.computedStatus.rawValue,
        verdict.reason ?? "", verdict.missingElements.map(\.rawValue).joined(separator: "; "),
        verdict.evidence.map(\.citation).joined(separator: "; "),
        verdict.pending.map(\.citation).joined(separator: "; "),
        verdict.pendingConflicts.map(\.citation).joined(separator: "; "),
        verdict.conflicts.map(\.citation).joined(separator: "; "),
        verdict.thresholds.map { finding in
          "\(finding.threshold.parameter) \(CatalogueRenderer.bounds(finding.threshold)): "
            + (finding.value.map { "\($0) (\(finding.citation ?? ""))" } ?? "not stated")
        }.joined(separator: "; "),
        verdict.override?.reason ?? "", verdict.remedies.map(\.provision.description).joined(separator: "; "),
      ])
    }
    return CSVField.table(rows)
  }
}

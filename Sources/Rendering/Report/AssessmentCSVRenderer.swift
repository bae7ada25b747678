import MappingEngine

/// One row per obligation, for spreadsheets.
public enum AssessmentCSVRenderer {
  static let header = [
    "obligation", "instrument", "article", "title", "class", "theme", "status", "computed_status", "reason",
    "missing_elements", "evidence", "pending", "pending_conflicts", "conflicts", "thresholds", "override_reason",
    "remedies",
  ]

  public static func render(_ assessment: Assessment) -> String {
    renderBytes(assessment).withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
  }

  /// The report as UTF-8, ready to write to a file without a `String` in between.
  public static func renderBytes(_ assessment: Assessment) -> RenderedBytes {
    var csv = CSVWriter(reservingCapacity: 1024 + 384 * assessment.verdicts.count)
    write(assessment, to: &csv)
    return csv.rendered()
  }

  /// The report handed to `write` in pieces as it is made (see `AssessmentHTMLRenderer.render(_:language:toolVersion:into:)`).
  public static func render(_ assessment: Assessment, into write: (UnsafeRawBufferPointer) -> Void) {
    render(assessment, pieceSize: ByteBuffer.pieceSize, into: write)
  }

  static func render(_ assessment: Assessment, pieceSize: Int, into write: (UnsafeRawBufferPointer) -> Void) {
    withoutActuallyEscaping(write) { write in
      var csv = CSVWriter(pieceSize: pieceSize, drainingInto: write)
      self.write(assessment, to: &csv)
      csv.flush()
    }
  }

  static func write(_ assessment: Assessment, to csv: inout CSVWriter) {
    for name in header { csv.field(name) }
    csv.endRow()
    // By index, so each verdict is read in place rather than copied with all its arrays.
    for index in assessment.verdicts.indices {
      row(assessment.verdicts[index], &csv)
    }
  }

  static func row(_ verdict: Verdict, _ csv: inout CSVWriter) {
    csv.field { $0.append(verdict.obligation.id) }
    csv.field(verdict.obligation.id.instrument.rawValue)
    csv.field(String(verdict.obligation.id.article))
    csv.field(verdict.obligation.title)
    csv.field(verdict.obligation.obligationClass.rawValue)
    csv.field(verdict.obligation.theme.rawValue)
    csv.field(verdict.status.rawValue)
    csv.field(verdict.computedStatus.rawValue)
    csv.field(verdict.reason ?? "")
    csv.field { $0.append(verdict.missingElements, separator: "; ") { $1.append($0.rawValue) } }
    citations(verdict.evidence, &csv)
    citations(verdict.pending, &csv)
    citations(verdict.pendingConflicts, &csv)
    citations(verdict.conflicts, &csv)
    csv.field { $0.append(verdict.thresholds, separator: "; ") { $1.append(threshold($0)) } }
    csv.field(verdict.override?.reason ?? "")
    csv.field { $0.append(verdict.remedies, separator: "; ") { $1.append($0.provision.rawValue) } }
    csv.endRow()
  }

  static func citations(_ items: [Evidence], _ csv: inout CSVWriter) {
    // Only the citations are read, so no item is copied whole.
    csv.field { pieces in
      for index in items.indices {
        if index > items.startIndex { pieces.append("; ") }
        pieces.append(items[index].citation)
      }
    }
  }

  static func threshold(_ finding: ThresholdFinding) -> String {
    "\(finding.threshold.parameter) \(CatalogueRenderer.bounds(finding.threshold)): "
      + (finding.value.map { "\($0) (\(finding.citation ?? ""))" } ?? "not stated")
  }
}

extension AssessmentHTMLRenderer {
  /// The interface strings a finding may show, looked up once per report: `t(_:)` hashes its
  /// key's raw string, and a report asks for these some thousand times.
  struct FindingLabels {
    let reason, declarations, assistanceNeeds, prohibition, qualifier: String
    let evidence, noEvidence, elementsClaimed, allElements, notes, draft: String
    let missingElements, thresholds, seriousCrimeNote, conflicts, pendingConflicts, pending: String
    let remedies, noModelProvision, adoptionRequired, adoptionOptional: String

    init(_ text: (ReportKey) -> String) {
      reason = text(.reason)
      declarations = text(.declarations)
      assistanceNeeds = text(.assistanceNeeds)
      prohibition = text(.prohibition)
      qualifier = text(.qualifier)
      evidence = text(.evidence)
      noEvidence = text(.noEvidence)
      elementsClaimed = text(.elementsClaimed)
      allElements = text(.allElements)
      notes = text(.notes)
      draft = text(.draft)
      missingElements = text(.missingElements)
      thresholds = text(.thresholds)
      seriousCrimeNote = text(.seriousCrimeNote)
      conflicts = text(.conflicts)
      pendingConflicts = text(.pendingConflicts)
      pending = text(.pending)
      remedies = text(.remedies)
      noModelProvision = text(.noModelProvision)
      adoptionRequired = text(.adoptionRequired)
      adoptionOptional = text(.adoptionOptional)
    }
  }
}

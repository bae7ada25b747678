import ObligationModel

/// The mapping engine: compares a State's tagged legislation with the catalogue.
///
/// Rules, in order: the instrument must bind the State; a reservation may exclude the obligation;
/// unreviewed scope is "not assessed"; an in-force provision that contradicts a prohibition makes it
/// "conflicting"; otherwise element coverage decides (every required element and one complete
/// alternative: implemented; some: partial; none: missing), and a missed threshold turns
/// "implemented" into "partial". Drafts never count; they are shown as pending. An analyst's
/// override replaces the status and keeps the computed one beside it.
public enum GapAnalysis {
  public static func analyze(_ input: AnalysisInput) -> Assessment {
    let obligations = input.catalogue.obligations
    var index = ProvisionIndex(legislation: input.legislation, catalogue: input.catalogue)
    var verdicts: [Verdict] = []
    verdicts.reserveCapacity(obligations.count)
    // The catalogue is in treaty order, so each instrument's status is looked up once per run.
    var instrument: (id: Instrument, applies: Bool)?
    for position in obligations.indices {
      let id = obligations[position].id
      if instrument?.id != id.instrument {
        instrument = (id.instrument, input.profile.instruments[id.instrument]?.applies == true)
      }
      // Filled in place: a verdict is large, and returning one copies it.
      verdicts.append(Verdict(obligation: obligations[position], status: .missing))
      judge(
        &verdicts[verdicts.count - 1], applies: instrument?.applies == true, input: input,
        provisions: index.take(position))
    }
    let acts = input.legislation.map {
      Act(
        title: $0.title, citation: $0.citation ?? "", inForce: $0.inForce, path: $0.path,
        provisionCount: $0.nationalProvisions.count)
    }
    return Assessment(profile: input.profile, verdicts: verdicts, acts: acts)
  }

  /// The verdict on one obligation, filled in; `applies` says whether its instrument binds the State.
  static func judge(
    _ verdict: inout Verdict, applies: Bool, input: AnalysisInput, provisions: ProvisionIndex.Entry
  ) {
    let profile = input.profile
    // The closures below capture the id alone: capturing the obligation would copy all of it.
    let id = verdict.obligation.id
    verdict.remedies = input.remedies[id]
    verdict.assistanceNeeds = profile.assistanceNeeds.filter { $0.article.encloses(id) }
    verdict.declarations = profile.reservations.filter { $0.effect == .qualifies && $0.covers(id) }
    verdict.pending = provisions.drafts
    verdict.pendingConflicts = provisions.draftConflicts
    let (status, reason) = assess(&verdict, applies: applies, input: input, provisions: provisions)
    // The status worked out, and the analyst's override of it if there is one.
    verdict.computedStatus = status
    verdict.status = status
    verdict.reason = reason
    if let override = profile.overrides.first(where: { $0.obligation == id }) {
      verdict.override = override
      verdict.status = override.status
    }
  }

  /// The rules, in order: the status they give and why, with the evidence they weighed recorded.
  private static func assess(
    _ verdict: inout Verdict, applies: Bool, input: AnalysisInput, provisions: ProvisionIndex.Entry
  ) -> (CoverageStatus, reason: String?) {
    let profile = input.profile
    let id = verdict.obligation.id
    guard applies else {
      return (.notApplicable, "\(profile.name) is not a party to or signatory of \(id.instrument)")
    }
    if let reservation = profile.reservations.first(where: { $0.effect == .excludes && $0.covers(id) }) {
      return (.notApplicable, "\(reservation.kind.rawValue) on \(reservation.provision): \(reservation.text)")
    }
    if let scope = profile.notAssessed.first(where: { $0.covers(id) }) {
      return (.notAssessed, scope.reason)
    }
    verdict.evidence = provisions.implementing
    verdict.conflicts = provisions.conflicting
    let coverage = Coverage(
      elements: verdict.obligation.elements, alternatives: verdict.obligation.alternatives, evidence: verdict.evidence)
    verdict.coveredElements = coverage.covered
    verdict.missingElements = coverage.missing
    verdict.satisfiedAlternative = coverage.satisfiedAlternative
    if !verdict.evidence.isEmpty {
      verdict.thresholds = thresholdFindings(
        for: verdict.obligation, evidence: verdict.evidence, catalogue: input.catalogue)
    }
    var status = coverage.status
    if status == .implemented, verdict.thresholds.contains(where: { $0.isMet == false }) { status = .partial }
    if !verdict.conflicts.isEmpty { status = .conflicting }
    return (status, nil)
  }

  /// The thresholds the obligation declares, and for an offence those of the obligations it
  /// depends on directly: the agreement offence of art 5(1)(a) inherits the four-year "serious
  /// crime" threshold of art 2(b); art 34(2), which only refers to the offences, does not.
  static func thresholdFindings(for obligation: Obligation, evidence: [Evidence], catalogue: Catalogue)
    -> [ThresholdFinding]
  {
    var findings: [ThresholdFinding] = []
    func add(_ thresholds: [Threshold], of source: ObligationID) {
      for threshold in thresholds {
        let stated = evidence.compactMap { item in item.parameters[threshold.parameter].map { ($0, item.citation) } }
        // The first value that misses the threshold decides (one such provision is a finding);
        // when all reach it, the first stated value is shown.
        let weakest = stated.first { !threshold.isMet(by: $0.0) } ?? stated.first
        findings.append(
          ThresholdFinding(threshold: threshold, source: source, value: weakest?.0, citation: weakest?.1))
      }
    }
    // The obligation's own thresholds are read from it: only inherited ones need a lookup.
    add(obligation.thresholds, of: obligation.id)
    if obligation.theme == .criminalization {
      for dependency in obligation.dependsOn {
        add(catalogue.thresholds(of: dependency.obligation), of: dependency.obligation)
      }
    }
    guard findings.count > 1 else { return findings }
    return findings.sorted { ($0.source, $0.threshold.parameter) < ($1.source, $1.threshold.parameter) }
  }
}

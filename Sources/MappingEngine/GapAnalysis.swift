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
    let index = ProvisionIndex(legislation: input.legislation)
    let verdicts = input.catalogue.obligations.map { obligation in
      verdict(for: obligation, input: input, index: index, remedies: input.remedies[obligation.id])
    }
    let acts = input.legislation.map {
      Act(
        title: $0.title, citation: $0.citation ?? "", inForce: $0.inForce, path: $0.path,
        provisionCount: $0.nationalProvisions.count)
    }
    return Assessment(profile: input.profile, verdicts: verdicts, acts: acts)
  }

  static func verdict(for obligation: Obligation, input: AnalysisInput, index: ProvisionIndex, remedies: [Remedy])
    -> Verdict
  {
    let profile = input.profile
    // The closures below capture the id alone: capturing the obligation would copy all of it.
    let id = obligation.id
    let provisions = index[id]
    var verdict = Verdict(obligation: obligation, status: .missing)
    verdict.remedies = remedies
    verdict.assistanceNeeds = profile.assistanceNeeds.filter { $0.article.encloses(id) }
    verdict.declarations = profile.reservations.filter { $0.effect == .qualifies && $0.covers(id) }
    verdict.pending = provisions.drafts
    verdict.pendingConflicts = provisions.draftConflicts
    guard profile.instruments[obligation.id.instrument]?.applies == true else {
      settle(
        &verdict, .notApplicable,
        reason: "\(profile.name) is not a party to or signatory of \(obligation.id.instrument)", profile)
      return verdict
    }
    if let reservation = profile.reservations.first(where: { $0.effect == .excludes && $0.covers(id) }) {
      settle(
        &verdict, .notApplicable,
        reason: "\(reservation.kind.rawValue) on \(reservation.provision): \(reservation.text)", profile)
      return verdict
    }
    if let scope = profile.notAssessed.first(where: { $0.covers(id) }) {
      settle(&verdict, .notAssessed, reason: scope.reason, profile)
      return verdict
    }
    verdict.evidence = provisions.implementing
    verdict.conflicts = provisions.conflicting
    let coverage = Coverage(obligation: obligation, evidence: verdict.evidence)
    verdict.coveredElements = coverage.covered
    verdict.missingElements = coverage.missing
    verdict.satisfiedAlternative = coverage.satisfiedAlternative
    if !verdict.evidence.isEmpty {
      verdict.thresholds = thresholdFindings(for: obligation, evidence: verdict.evidence, catalogue: input.catalogue)
    }
    var status = coverage.status
    if status == .implemented, verdict.thresholds.contains(where: { $0.isMet == false }) { status = .partial }
    if !verdict.conflicts.isEmpty { status = .conflicting }
    settle(&verdict, status, reason: nil, profile)
    return verdict
  }

  /// Records the status worked out, and the analyst's override of it if there is one.
  private static func settle(
    _ verdict: inout Verdict, _ status: CoverageStatus, reason: String?, _ profile: StateProfile
  ) {
    verdict.computedStatus = status
    verdict.status = status
    verdict.reason = reason
    if let override = profile.overrides.first(where: { $0.obligation == verdict.obligation.id }) {
      verdict.override = override
      verdict.status = override.status
    }
  }

  /// The thresholds the obligation declares, and for an offence those of the obligations it
  /// depends on directly: the agreement offence of art 5(1)(a) inherits the four-year "serious
  /// crime" threshold of art 2(b); art 34(2), which only refers to the offences, does not.
  static func thresholdFindings(for obligation: Obligation, evidence: [Evidence], catalogue: Catalogue)
    -> [ThresholdFinding]
  {
    // The obligation's own thresholds are read from it: only inherited ones need a lookup.
    let inherited = obligation.theme == .criminalization ? obligation.dependsOn.map(\.obligation) : []
    let sources = [(obligation.id, obligation.thresholds)] + inherited.map { ($0, catalogue.thresholds(of: $0)) }
    var findings: [ThresholdFinding] = []
    for (source, thresholds) in sources {
      for threshold in thresholds {
        let stated = evidence.compactMap { item in item.parameters[threshold.parameter].map { ($0, item.citation) } }
        // The first value that misses the threshold decides (one such provision is a finding);
        // when all reach it, the first stated value is shown.
        let weakest = stated.first { !threshold.isMet(by: $0.0) } ?? stated.first
        findings.append(
          ThresholdFinding(threshold: threshold, source: source, value: weakest?.0, citation: weakest?.1))
      }
    }
    return findings.sorted { ($0.source, $0.threshold.parameter) < ($1.source, $1.threshold.parameter) }
  }
}

/// What changed between a baseline assessment and a current one, obligation by obligation.
public struct ProgressComparison: Sendable {
  public enum Change: String, Sendable, CaseIterable, Codable {
    /// Now implemented, and not before.
    case newlyImplemented = "newly-implemented"
    /// Missing before, partial now.
    case improved
    /// Worse than before (or newly conflicting).
    case regressed
    /// Missing or conflicting in both.
    case stillMissing = "still-missing"
    /// The same status in both.
    case unchanged
  }

  public struct Entry: Sendable {
    public var obligation: String
    public var title: String
    public var obligationClass: String
    public var baseline: String?
    public var current: String?
    public var change: Change
    /// The provisions cited as evidence differ (added, removed or amended).
    public var evidenceChanged: Bool
  }

  public var state: String
  public var entries: [Entry]

  public func entries(_ change: Change) -> [Entry] { entries.filter { $0.change == change } }

  /// Compares two reports of the same State, in the current report's obligation order.
  public static func compare(baseline: BaselineReport, current: BaselineReport) -> ProgressComparison {
    let before = Dictionary(baseline.findings.map { ($0.obligation, $0) }, uniquingKeysWith: { first, _ in first })
    let entries = current.findings.map { finding -> Entry in
      let old = before[finding.obligation]
      return Entry(
        obligation: finding.obligation, title: finding.title, obligationClass: finding.class, baseline: old?.status,
        current: finding.status, change: change(from: old?.status, to: finding.status),
        evidenceChanged: Set(old?.evidence ?? []) != Set(finding.evidence))
    }
    return ProgressComparison(state: current.state.name, entries: entries)
  }

  static func rank(_ status: String?) -> Int? {
    switch status {
    case "conflicting": 0
    case "missing": 1
    case "partial": 2
    case "implemented": 3
    default: nil  // not applicable, not assessed, or absent from the baseline
    }
  }

  static func change(from old: String?, to new: String) -> Change {
    if new == "implemented", old != "implemented" { return .newlyImplemented }
    guard let before = rank(old), let after = rank(new) else { return .unchanged }
    if after < before { return .regressed }
    if after > before { return .improved }
    if new == "missing" || new == "conflicting" { return .stillMissing }
    return .unchanged
  }
}

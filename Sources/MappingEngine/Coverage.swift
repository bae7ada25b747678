import ObligationModel

/// Which elements of an obligation the evidence covers, and what that means for its status.
struct Coverage {
  var covered: [ElementID] = []
  var missing: [ElementID] = []
  var satisfiedAlternative: ElementID?
  var status: CoverageStatus = .missing

  init(obligation: Obligation, evidence: [Evidence]) {
    guard !evidence.isEmpty else {
      missing = obligation.elements.map(\.id)
      return
    }
    guard !obligation.elements.isEmpty else {
      status = .implemented
      return
    }
    // A handful of elements per obligation: an array is searched faster than a set is built.
    let claimed =
      evidence.contains { $0.elements == nil }
      ? obligation.elements.map(\.id) : evidence.flatMap { $0.elements ?? [] }
    covered = obligation.elements.map(\.id).filter(claimed.contains)
    let required = obligation.elements.filter { $0.alternatives.isEmpty }.map(\.id)
    let requiredMissing = required.filter { !claimed.contains($0) }
    var alternativeMissing: [ElementID] = []
    if !obligation.alternatives.isEmpty {
      // Any one alternative suffices; when none is complete, report the one closest to it.
      // An alternative with no elements cannot be met by elements (lint reports it as CAT005).
      let options = obligation.alternatives.compactMap { alternative -> (ElementID, [ElementID])? in
        let elements = obligation.elements.filter { $0.alternatives.contains(alternative.id) }.map(\.id)
        return elements.isEmpty ? nil : (alternative.id, elements.filter { !claimed.contains($0) })
      }
      if let complete = options.first(where: { $0.1.isEmpty }) {
        satisfiedAlternative = complete.0
      } else if let closest = options.min(by: { $0.1.count < $1.1.count }) {
        alternativeMissing = closest.1
      }
    }
    missing = requiredMissing + alternativeMissing
    status = missing.isEmpty ? .implemented : (covered.isEmpty ? .missing : .partial)
  }
}

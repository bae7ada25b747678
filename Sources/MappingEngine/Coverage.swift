import ObligationModel

/// Which elements of an obligation the evidence covers, and what that means for its status.
struct Coverage {
  var covered: [ElementID] = []
  var missing: [ElementID] = []
  var satisfiedAlternative: ElementID?
  var status: CoverageStatus = .missing

  /// Of an obligation's elements and alternatives, which are all of it that is read: the rest
  /// of the obligation is not copied.
  init(elements: [Element], alternatives: [Alternative], evidence: [Evidence]) {
    guard !evidence.isEmpty else {
      missing = elements.map(\.id)
      return
    }
    guard !elements.isEmpty else {
      status = .implemented
      return
    }
    if evidence.contains(where: { $0.elements == nil }) {
      // A claim on the whole obligation covers every element, so the first alternative with
      // elements is complete.
      covered = elements.map(\.id)
      let complete = alternatives.first { alternative in
        elements.contains { $0.alternatives.contains(alternative.id) }
      }
      satisfiedAlternative = complete?.id
      status = .implemented
      return
    }
    // A handful of elements per obligation: an array is searched faster than a set is built.
    let claimed = evidence.count == 1 ? evidence[0].elements ?? [] : evidence.flatMap { $0.elements ?? [] }
    // Covered elements, and the required ones (in no alternative) that are missing, in one pass.
    var requiredMissing: [ElementID] = []
    for element in elements {
      if claimed.contains(element.id) {
        covered.append(element.id)
      } else if element.alternatives.isEmpty {
        requiredMissing.append(element.id)
      }
    }
    var alternativeMissing: [ElementID] = []
    if !alternatives.isEmpty {
      // Any one alternative suffices; when none is complete, report the one closest to it.
      // An alternative with no elements cannot be met by elements (lint reports it as CAT005).
      let options = alternatives.compactMap { alternative -> (ElementID, [ElementID])? in
        let members = elements.filter { $0.alternatives.contains(alternative.id) }.map(\.id)
        return members.isEmpty ? nil : (alternative.id, members.filter { !claimed.contains($0) })
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

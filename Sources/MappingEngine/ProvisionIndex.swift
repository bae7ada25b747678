import ObligationModel

/// The State's provisions by the obligations they implement or contradict, split by whether they
/// are in force.
struct ProvisionIndex {
  /// What the State's provisions say about one obligation.
  struct Entry {
    var implementing: [Evidence] = []
    var conflicting: [Evidence] = []
    var drafts: [Evidence] = []
    var draftConflicts: [Evidence] = []
  }

  // One entry per obligation, so a verdict costs one lookup.
  private var entries: [ObligationID: Entry] = [:]

  init(legislation: [LegalDocument]) {
    // Most provisions implement one obligation, so this many entries spares rehashing as they grow.
    entries.reserveCapacity(legislation.reduce(0) { $0 + $1.nationalProvisions.count })
    for act in legislation {
      for provision in act.nationalProvisions {
        let status = provision.inForce ?? act.inForce
        let isDraft = status == nil || status == .draft
        let text = ProvisionText.plain(provision.text)
        for ref in Self.merged(provision.implements) {
          let evidence = Self.evidence(provision, text: text, act: act, status: status, elements: ref.elements)
          if isDraft {
            entries[ref.obligation, default: Entry()].drafts.append(evidence)
          } else {
            entries[ref.obligation, default: Entry()].implementing.append(evidence)
          }
        }
        for ref in provision.conflicts {
          let evidence = Self.evidence(provision, text: text, act: act, status: status, elements: nil)
          if isDraft {
            entries[ref.obligation, default: Entry()].draftConflicts.append(evidence)
          } else {
            entries[ref.obligation, default: Entry()].conflicting.append(evidence)
          }
        }
      }
    }
  }

  /// One claim per obligation: `TIP-5.1[act]` and `TIP-5.1[means]` become `TIP-5.1[act,means]`,
  /// and a bare `TIP-5.1` claims everything, so a provision is cited once per obligation.
  static func merged(_ refs: [ObligationRef]) -> [ObligationRef] {
    // Most provisions make a single claim, which needs no merging.
    guard refs.count > 1 else { return refs }
    var result: [ObligationRef] = []
    for ref in refs {
      guard let index = result.firstIndex(where: { $0.obligation == ref.obligation }) else {
        result.append(ref)
        continue
      }
      if let existing = result[index].elements, let added = ref.elements {
        result[index].elements = existing + added.filter { !existing.contains($0) }
      } else {
        result[index].elements = nil
      }
    }
    return result
  }

  static func evidence(
    _ provision: NationalProvision, text: String, act: LegalDocument, status: InForce?, elements: [ElementID]?
  ) -> Evidence {
    Evidence(
      provision: provision.id, citation: provision.citation, title: provision.title, text: text,
      act: act.citation ?? act.title, inForce: status, elements: elements, parameters: provision.parameters,
      notes: provision.notes, location: provision.location)
  }

  subscript(id: ObligationID) -> Entry { entries[id] ?? Entry() }
}

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

  // One entry per catalogue obligation, at its position, so a verdict costs no lookup. Claims on
  // anything else (an article, an unknown id) get no verdict, so they are not kept.
  private var entries: [Entry]

  init(legislation: [LegalDocument], catalogue: Catalogue) {
    entries = Array(repeating: Entry(), count: catalogue.obligations.count)
    for act in legislation {
      let actName = act.citation ?? act.title
      // Provisions are read in place, by index: copying each would retain all of its fields.
      let provisions = act.nationalProvisions
      for index in provisions.indices {
        let status = provisions[index].inForce ?? act.inForce
        let isDraft = status == nil || status == .draft
        let text = ProvisionText.plain(provisions[index].text)
        let claims = Self.merged(provisions[index].implements)
        // Each piece of evidence is made where it is appended, so it is moved in, not copied.
        for claim in claims.indices {
          guard let position = catalogue.position(of: claims[claim].obligation) else { continue }
          let elements = claims[claim].elements
          if isDraft {
            entries[position].drafts.append(
              Self.evidence(provisions, index, text: text, act: actName, status: status, elements: elements))
          } else {
            entries[position].implementing.append(
              Self.evidence(provisions, index, text: text, act: actName, status: status, elements: elements))
          }
        }
        let conflicts = provisions[index].conflicts
        for conflict in conflicts.indices {
          guard let position = catalogue.position(of: conflicts[conflict].obligation) else { continue }
          if isDraft {
            entries[position].draftConflicts.append(
              Self.evidence(provisions, index, text: text, act: actName, status: status, elements: nil))
          } else {
            entries[position].conflicting.append(
              Self.evidence(provisions, index, text: text, act: actName, status: status, elements: nil))
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
    _ provisions: [NationalProvision], _ index: Int, text: String, act: String, status: InForce?,
    elements: [ElementID]?
  ) -> Evidence {
    Evidence(
      provision: provisions[index].id, citation: provisions[index].citation, title: provisions[index].title,
      text: text, act: act, inForce: status, elements: elements, parameters: provisions[index].parameters,
      notes: provisions[index].notes, location: provisions[index].location)
  }

  /// The entry of the obligation at `position` in the catalogue, moved out: each is read once.
  mutating func take(_ position: Int) -> Entry {
    var entry = Entry()
    swap(&entry, &entries[position])
    return entry
  }
}

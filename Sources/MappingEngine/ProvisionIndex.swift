import ObligationModel

/// The State's provisions by the obligations they implement or contradict, split by whether they
/// are in force.
struct ProvisionIndex {
  private var inForce: [ObligationID: [Evidence]] = [:]
  private var conflicts: [ObligationID: [Evidence]] = [:]
  private var drafts: [ObligationID: [Evidence]] = [:]

  init(legislation: [LegalDocument]) {
    for act in legislation {
      for provision in act.nationalProvisions {
        let status = provision.inForce ?? act.inForce
        let isDraft = status == nil || status == .draft
        let text = ProvisionText.plain(provision.text)
        for ref in provision.implements {
          let evidence = Self.evidence(provision, text: text, act: act, status: status, elements: ref.elements)
          if isDraft {
            drafts[ref.obligation, default: []].append(evidence)
          } else {
            inForce[ref.obligation, default: []].append(evidence)
          }
        }
        for ref in provision.conflicts {
          let evidence = Self.evidence(provision, text: text, act: act, status: status, elements: nil)
          if isDraft {
            drafts[ref.obligation, default: []].append(evidence)
          } else {
            conflicts[ref.obligation, default: []].append(evidence)
          }
        }
      }
    }
  }

  static func evidence(
    _ provision: NationalProvision, text: String, act: LegalDocument, status: InForce?, elements: [ElementID]?
  ) -> Evidence {
    Evidence(
      provision: provision.id, citation: provision.citation, title: provision.title, text: text,
      act: act.citation ?? act.title, inForce: status, elements: elements, parameters: provision.parameters,
      notes: provision.notes, location: provision.location)
  }

  func implementing(_ id: ObligationID) -> [Evidence] { inForce[id] ?? [] }
  func conflicting(_ id: ObligationID) -> [Evidence] { conflicts[id] ?? [] }
  func drafts(for id: ObligationID) -> [Evidence] { drafts[id] ?? [] }
}

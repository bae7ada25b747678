import ObligationModel

/// The model provisions that implement each obligation, in id order: the remedies a report
/// proposes. Every State shares the model law, so a batch builds this once.
public struct RemedyIndex: Sendable {
  private let byObligation: [ObligationID: [Remedy]]

  public init(modelLaws: [LegalDocument]) {
    var index: [ObligationID: [Remedy]] = [:]
    for document in modelLaws {
      for provision in document.modelProvisions {
        let remedy = Remedy(
          provision: provision.id, title: provision.title, adoption: provision.adoption, path: document.path)
        for id in Set(provision.implements.map(\.obligation)) { index[id, default: []].append(remedy) }
      }
    }
    byObligation = index.mapValues { $0.sorted { $0.provision < $1.provision } }
  }

  public subscript(_ id: ObligationID) -> [Remedy] { byObligation[id] ?? [] }
}

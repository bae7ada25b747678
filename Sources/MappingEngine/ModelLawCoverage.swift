import ObligationModel

/// How far the model law implements the catalogue: the model law is analysed as if it were a
/// State's legislation in force, party to every instrument, so elements and alternatives count
/// exactly as they do for a State.
public enum ModelLawCoverage {
  public static func assess(catalogue: Catalogue, modelLaws: [LegalDocument]) -> Assessment {
    let profile = StateProfile(
      name: "Palermo model law", code: "MDL", legalFamily: .mixed,
      instruments: Dictionary(uniqueKeysWithValues: Instrument.known.map { ($0, InstrumentStatus(.party)) }))
    let legislation = modelLaws.map { document in
      var act = LegalDocument(path: document.path, kind: .legislation, title: document.title)
      act.citation = document.title
      act.inForce = .since("2000-11-15")
      act.nationalProvisions = document.modelProvisions.map {
        NationalProvision(
          id: $0.id, citation: $0.id.description, title: $0.title, text: $0.text, implements: $0.implements,
          location: $0.location)
      }
      return act
    }
    return GapAnalysis.analyze(
      AnalysisInput(catalogue: catalogue, profile: profile, legislation: legislation, modelLaws: modelLaws))
  }
}

import ObligationModel

/// Everything the engine compares, already parsed: no I/O happens in the engine.
public struct AnalysisInput: Sendable {
  public var catalogue: Catalogue
  public var profile: StateProfile
  /// The State's Acts (documents of kind `legislation`).
  public var legislation: [LegalDocument]
  /// The model provisions that remedy each gap.
  public var remedies: RemedyIndex

  public init(
    catalogue: Catalogue, profile: StateProfile, legislation: [LegalDocument], modelLaws: [LegalDocument] = []
  ) {
    self.init(
      catalogue: catalogue, profile: profile, legislation: legislation, remedies: RemedyIndex(modelLaws: modelLaws))
  }

  /// With remedies indexed once for many States.
  public init(catalogue: Catalogue, profile: StateProfile, legislation: [LegalDocument], remedies: RemedyIndex) {
    self.catalogue = catalogue
    self.profile = profile
    self.legislation = legislation
    self.remedies = remedies
  }
}

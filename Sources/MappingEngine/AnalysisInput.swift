import ObligationModel

/// Everything the engine compares, already parsed: no I/O happens in the engine.
public struct AnalysisInput: Sendable {
  public var catalogue: Catalogue
  public var profile: StateProfile
  /// The State's Acts (documents of kind `legislation`).
  public var legislation: [LegalDocument]
  /// Model-law documents, for remedies.
  public var modelLaws: [LegalDocument]

  public init(
    catalogue: Catalogue, profile: StateProfile, legislation: [LegalDocument], modelLaws: [LegalDocument] = []
  ) {
    self.catalogue = catalogue
    self.profile = profile
    self.legislation = legislation
    self.modelLaws = modelLaws
  }
}

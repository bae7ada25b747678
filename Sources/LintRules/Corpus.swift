import AnnotatedMarkdown
import Diagnostics
import ObligationModel

/// The documents being linted, and the project documents they are checked against.
public struct Corpus: Sendable {
  /// The files named on the command line; findings are reported for these only.
  public let linted: [ParsedDocument]
  /// Project files loaded for reference (the catalogue, model laws, commentaries).
  public let context: [ParsedDocument]
  public let catalogue: Catalogue
  /// Every model provision in the corpus, by id (the first of duplicates).
  public let modelProvisions: [ProvisionID: ModelProvision]

  public init(linted: [ParsedDocument], context: [ParsedDocument] = []) {
    let lintedPaths = Set(linted.map(\.document.path))
    let context = context.filter { !lintedPaths.contains($0.document.path) }
    let all = linted + context
    let catalogues = all.map(\.document).filter { $0.kind == .catalogue }
    self.init(
      linted: linted, context: context,
      catalogue: Catalogue(articles: catalogues.flatMap(\.articles), obligations: catalogues.flatMap(\.obligations)),
      modelProvisions: Dictionary(
        all.flatMap(\.document.modelProvisions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
  }

  /// `linted` checked against `project`, a corpus of the project's own files indexed once per
  /// command. Legislation adds nothing to the catalogue or the model laws, so a State's files
  /// reuse that index instead of rebuilding it.
  public init(linted: [ParsedDocument], against project: Corpus) {
    let lintedPaths = Set(linted.map(\.document.path))
    // The project's documents are read in place, by index, as every State is checked against them.
    let overlaps = { (documents: [ParsedDocument]) in
      documents.indices.contains { lintedPaths.contains(documents[$0].document.path) }
    }
    let reusable =
      linted.allSatisfy { $0.document.kind == .legislation } && !overlaps(project.linted) && !overlaps(project.context)
    if reusable {
      self.init(
        linted: linted, context: project.all, catalogue: project.catalogue, modelProvisions: project.modelProvisions)
    } else {
      self.init(linted: linted, context: project.all)
    }
  }

  private init(
    linted: [ParsedDocument], context: [ParsedDocument], catalogue: Catalogue,
    modelProvisions: [ProvisionID: ModelProvision]
  ) {
    self.linted = linted
    self.context = context
    self.catalogue = catalogue
    self.modelProvisions = modelProvisions
  }

  /// Every document, linted ones first.
  public var all: [ParsedDocument] { linted + context }
}

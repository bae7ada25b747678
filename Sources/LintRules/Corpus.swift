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
    self.linted = linted
    let lintedPaths = Set(linted.map(\.document.path))
    self.context = context.filter { !lintedPaths.contains($0.document.path) }
    let all = linted + self.context
    let catalogues = all.map(\.document).filter { $0.kind == .catalogue }
    self.catalogue = Catalogue(articles: catalogues.flatMap(\.articles), obligations: catalogues.flatMap(\.obligations))
    self.modelProvisions = Dictionary(
      all.flatMap(\.document.modelProvisions).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// Every document, linted ones first.
  public var all: [ParsedDocument] { linted + context }
}

import AnnotatedMarkdown
import Diagnostics
import ObligationModel

/// Obligations, articles and model provisions are unique across the corpus; a State's
/// provisions are unique across that State's legislation.
struct DuplicateIDRule: LintRule {
  var codes: [DiagnosticCode] { [.duplicateID] }

  func check(_ corpus: Corpus) -> [Diagnostic] {
    var documents = corpus.linted.map(\.document)
    // The project's files come after the linted ones, so they never make a linted entry the
    // duplicate, and the linter reports only findings in linted files (or with no place). When no
    // finding about their entries could be reported they are left out: a batch would otherwise
    // check the whole project again for every State.
    let lintedPaths = Set(documents.map(\.path))
    if corpus.context.contains(where: { Self.mayBeReported($0.document, lintedPaths: lintedPaths) }) {
      documents += corpus.context.map(\.document)
    }
    var diagnostics: [Diagnostic] = []
    diagnostics += duplicates(
      "obligation", documents.flatMap { $0.obligations.map { ($0.id.description, $0.location) } })
    diagnostics += duplicates("article", documents.flatMap { $0.articles.map { ($0.id.description, $0.location) } })
    diagnostics += duplicates(
      "model provision", documents.flatMap { $0.modelProvisions.map { ($0.id.description, $0.location) } })
    diagnostics += duplicates(
      "commentary on", documents.flatMap { $0.commentaries.map { ($0.provision.description, $0.location) } })
    let byState = Dictionary(grouping: documents.filter { $0.kind == .legislation }) { $0.state ?? "" }
    for state in byState.keys.sorted() {
      let provisions = byState[state, default: []].flatMap {
        $0.nationalProvisions.map { ($0.id.description, $0.location) }
      }
      diagnostics += duplicates("provision", provisions)
    }
    return diagnostics
  }

  /// Whether a finding about one of the document's entries could reach the linter's output.
  private static func mayBeReported(_ document: LegalDocument, lintedPaths: Set<String>) -> Bool {
    let locations =
      document.obligations.map(\.location) + document.articles.map(\.location)
      + document.modelProvisions.map(\.location) + document.commentaries.map(\.location)
      + document.nationalProvisions.map(\.location)
    return lintedPaths.contains(document.path) || locations.contains { $0?.file != document.path }
  }

  private func duplicates(_ what: String, _ entries: [(String, SourceLocation?)]) -> [Diagnostic] {
    var first: [String: SourceLocation?] = [:]
    var diagnostics: [Diagnostic] = []
    for (id, location) in entries {
      if let earlier = first[id] {
        diagnostics.append(
          Diagnostic(
            .duplicateID, "\(what) '\(id)' is declared more than once", at: location,
            notes: [.init("first declared here", at: earlier)]))
      } else {
        first[id] = location
      }
    }
    return diagnostics
  }
}

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
    let legislation = documents.filter { $0.kind == .legislation }
    for state in Set(legislation.map { $0.state ?? "" }).sorted() {
      // Read in place, by index: a State's legislation has thousands of provisions.
      var provisions: [(String, SourceLocation?)] = []
      for act in legislation where (act.state ?? "") == state {
        for index in act.nationalProvisions.indices {
          provisions.append((act.nationalProvisions[index].id.rawValue, act.nationalProvisions[index].location))
        }
      }
      diagnostics += duplicates("provision", provisions)
    }
    return diagnostics
  }

  /// Whether a finding about one of the document's entries could reach the linter's output.
  private static func mayBeReported(_ document: LegalDocument, lintedPaths: Set<String>) -> Bool {
    // Asked of every project file for every State, so nothing is copied.
    let elsewhere = { (location: SourceLocation?) in location?.file != document.path }
    return lintedPaths.contains(document.path) || document.obligations.contains { elsewhere($0.location) }
      || document.articles.contains { elsewhere($0.location) }
      || document.modelProvisions.contains { elsewhere($0.location) }
      || document.commentaries.contains { elsewhere($0.location) }
      || document.nationalProvisions.contains { elsewhere($0.location) }
  }

  private func duplicates(_ what: String, _ entries: [(String, SourceLocation?)]) -> [Diagnostic] {
    // One hash per entry; where a duplicate turns up, which is rare, its first declaration is
    // searched for.
    var seen = Set<String>(minimumCapacity: entries.count)
    var diagnostics: [Diagnostic] = []
    for (id, location) in entries where !seen.insert(id).inserted {
      let earlier = entries.first { $0.0 == id }.flatMap(\.1)
      diagnostics.append(
        Diagnostic(
          .duplicateID, "\(what) '\(id)' is declared more than once", at: location,
          notes: [.init("first declared here", at: earlier)]))
    }
    return diagnostics
  }
}

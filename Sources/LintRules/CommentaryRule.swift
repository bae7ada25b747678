import AnnotatedMarkdown
import Diagnostics
import ObligationModel

/// Every model provision has commentary, and every commentary names a real provision.
struct CommentaryRule: LintRule {
  var codes: [DiagnosticCode] { [.missingCommentary, .commentaryForUnknownProvision] }

  func check(_ corpus: Corpus) -> [Diagnostic] {
    let provisions = corpus.modelProvisions
    // Collected only when a linted file has model provisions (a State's legislation has none).
    let commented =
      corpus.linted.contains { !$0.document.modelProvisions.isEmpty }
      ? Set(corpus.all.flatMap(\.document.commentaries).map(\.provision)) : []
    var diagnostics: [Diagnostic] = []
    for parsed in corpus.linted {
      for provision in parsed.document.modelProvisions where !commented.contains(provision.id) {
        diagnostics.append(
          Diagnostic(
            .missingCommentary,
            "model provision '\(provision.id)' has no commentary; add '<!-- @commentary \(provision.id) -->' under a heading in Commentaries/",
            at: provision.location))
      }
      for commentary in parsed.document.commentaries where provisions[commentary.provision] == nil {
        diagnostics.append(
          Diagnostic(
            .commentaryForUnknownProvision,
            "commentary names model provision '\(commentary.provision)', which does not exist"
              + Suggestion.didYouMean(commentary.provision.rawValue, in: provisions.keys.map(\.rawValue).sorted()),
            at: commentary.location))
      }
    }
    return diagnostics
  }
}

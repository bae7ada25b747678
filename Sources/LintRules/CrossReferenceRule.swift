import AnnotatedMarkdown
import Diagnostics
import ObligationModel

/// Every `see=` and `provision:` link names a model provision that exists.
struct CrossReferenceRule: LintRule {
  var codes: [DiagnosticCode] { [.unresolvedCrossReference] }

  func check(_ corpus: Corpus) -> [Diagnostic] {
    let provisions = corpus.modelProvisions
    // Sorted once, and only for a finding: a State's legislation has no references to check.
    lazy var known = provisions.keys.map(\.rawValue).sorted()
    var diagnostics: [Diagnostic] = []
    for parsed in corpus.linted where parsed.document.kind == .modelLaw || parsed.document.kind == .commentary {
      let references = parsed.document.modelProvisions.flatMap(\.seeAlso) + parsed.document.links
      for reference in references where provisions[reference.target] == nil {
        diagnostics.append(
          Diagnostic(
            .unresolvedCrossReference,
            "no model provision '\(reference.target)'" + Suggestion.didYouMean(reference.target.rawValue, in: known),
            at: reference.location))
      }
    }
    return diagnostics
  }
}

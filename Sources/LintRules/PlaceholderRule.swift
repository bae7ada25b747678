import AnnotatedMarkdown
import Diagnostics
import ObligationModel

/// Every `{{placeholder}}` in model text is declared in the front matter, and every declared one is used.
struct PlaceholderRule: LintRule {
  var codes: [DiagnosticCode] { [.undeclaredPlaceholder, .unusedPlaceholder] }

  func check(_ corpus: Corpus) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for parsed in corpus.linted where parsed.document.kind == .modelLaw {
      let document = parsed.document
      let declared = Set(document.placeholders.map(\.name))
      let used = Set(document.placeholderUses.map(\.name))
      for use in document.placeholderUses where !declared.contains(use.name) {
        diagnostics.append(
          Diagnostic(
            .undeclaredPlaceholder,
            "placeholder '{{\(use.name)}}' is not declared; add '\(use.name): <what the committee fills in>' under 'placeholders:' in the front matter"
              + Suggestion.didYouMean(use.name, in: declared.sorted()),
            at: use.location))
      }
      for declaration in document.placeholders where !used.contains(declaration.name) {
        diagnostics.append(
          Diagnostic(
            .unusedPlaceholder,
            "placeholder '\(declaration.name)' is declared but no text uses '{{\(declaration.name)}}'",
            at: declaration.location))
      }
    }
    return diagnostics
  }
}

import Diagnostics

/// A check over a corpus. Rules only report; they never print or decide exit codes.
public protocol LintRule: Sendable {
  /// The codes this rule can emit (each has a registry entry).
  var codes: [DiagnosticCode] { get }
  func check(_ corpus: Corpus) -> [Diagnostic]
}

/// Runs every rule and merges their findings with the documents' own.
public enum Linter {
  public static let rules: [any LintRule] = [
    ObligationReferenceRule(), DuplicateIDRule(), CrossReferenceRule(), CommentaryRule(), PlaceholderRule(),
    CatalogueCompletenessRule(),
  ]

  /// All findings for the linted documents, suppressions applied, in a stable order.
  public static func lint(_ corpus: Corpus) -> [Diagnostic] {
    let lintedPaths = Set(corpus.linted.map(\.document.path))
    var diagnostics = corpus.linted.flatMap(\.diagnostics)
    for rule in rules {
      diagnostics += rule.check(corpus).filter { $0.location.map { lintedPaths.contains($0.file) } ?? true }
    }
    let suppressions = corpus.linted.flatMap(\.suppressions)
    return Array(Set(Suppression.apply(suppressions, to: diagnostics))).sorted()
  }
}

/// Everything the project says about one diagnostic code. It feeds `palermo explain`,
/// `docs/diagnostics.md`, SARIF rules and the example tests.
public struct DiagnosticDescription: Sendable {
  public var code: DiagnosticCode
  /// A kebab-case name for humans, e.g. `unknown-obligation`.
  public var slug: String
  public var severity: Severity
  /// One sentence, no trailing period.
  public var summary: String
  public var rationale: String
  /// A document (or, for input-level codes, a description of a file) that triggers the code.
  public var badExample: String
  /// The same document corrected.
  public var goodExample: String
  /// What the examples are, and so which test runs them.
  public var examples: ExampleKind
  /// A retired code: kept so it is never reused.
  public var retired: Bool

  public init(
    _ code: DiagnosticCode, slug: String, severity: Severity, summary: String, rationale: String,
    bad: String, good: String, examples: ExampleKind = .markdown, retired: Bool = false
  ) {
    self.code = code
    self.slug = slug
    self.severity = severity
    self.summary = summary
    self.rationale = rationale
    self.badExample = bad
    self.goodExample = good
    self.examples = examples
    self.retired = retired
  }
}

/// The form of a registry entry's examples.
public enum ExampleKind: Sendable {
  /// Markdown documents, run through `palermo lint` by the example tests.
  case markdown
  /// `state.yaml` profiles, run through the profile loader by the example tests.
  case stateProfile
  /// A description of a file or a command line, for findings no single document can show.
  case prose
}

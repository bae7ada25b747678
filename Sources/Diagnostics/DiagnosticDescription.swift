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
  /// Whether the examples are Markdown documents the example test runs through `lint`.
  public var examplesRun: Bool
  /// A retired code: kept so it is never reused.
  public var retired: Bool

  public init(
    _ code: DiagnosticCode, slug: String, severity: Severity, summary: String, rationale: String,
    bad: String, good: String, examplesRun: Bool = true, retired: Bool = false
  ) {
    self.code = code
    self.slug = slug
    self.severity = severity
    self.summary = summary
    self.rationale = rationale
    self.badExample = bad
    self.goodExample = good
    self.examplesRun = examplesRun
    self.retired = retired
  }
}

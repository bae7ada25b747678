extension DiagnosticCode {
  public static let unfilledPlaceholder: DiagnosticCode = "DR001"
  public static let unresolvedOption: DiagnosticCode = "DR002"
  public static let referenceOutsideBill: DiagnosticCode = "DR003"
  public static let unknownOptionChoice: DiagnosticCode = "DR004"
}

extension DiagnosticRegistry {
  static let draftingEntries: [DiagnosticDescription] = [
    DiagnosticDescription(
      .unfilledPlaceholder, slug: "unfilled-placeholder", severity: .error,
      summary: "a draft bill needs a value for a placeholder that the profile does not give",
      rationale:
        "A bill tabled with '{{competent-authority}}' in it cannot be enacted; every blank must be a decision of the committee.",
      bad:
        "palermo render trafficking --clean --profile state.yaml   # state.yaml has no 'placeholders: competent-authority'",
      good:
        "state.yaml: 'placeholders:' with 'competent-authority: the National Anti-Trafficking Office', or --allow-placeholders for a working draft",
      examples: .prose),
    DiagnosticDescription(
      .unresolvedOption, slug: "unresolved-option", severity: .error,
      summary: "a provision offers options and neither the legal family nor --option picks exactly one",
      rationale: "Options exist because legal families differ; a bill must contain one wording, chosen on purpose.",
      bad: "palermo render trafficking --clean   # no --profile, so no legal family",
      good: "palermo render trafficking --clean --profile state.yaml, or --option tip.offences.trafficking=2",
      examples: .prose),
    DiagnosticDescription(
      .referenceOutsideBill, slug: "reference-outside-bill", severity: .error,
      summary: "a provision of the bill refers to a model provision that the bill does not contain",
      rationale:
        "Renumbering rewrites every cross-reference; one that points outside the bill would print a wrong or empty article number.",
      bad: "palermo render smuggling --clean …   # a smuggling provision refers to the Convention's definitions",
      good: "palermo render convention smuggling --clean …",
      examples: .prose),
    DiagnosticDescription(
      .unknownOptionChoice, slug: "unknown-option-choice", severity: .error,
      summary: "--option names an option the provision does not have",
      rationale: "A mistyped choice must not fall back silently to another wording.",
      bad: "palermo render trafficking --clean --option tip.offences.trafficking=3",
      good: "palermo render trafficking --clean --option tip.offences.trafficking=2",
      examples: .prose),
  ]
}

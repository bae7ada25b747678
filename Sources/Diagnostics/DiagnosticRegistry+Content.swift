extension DiagnosticCode {
  public static let undeclaredPlaceholder: DiagnosticCode = "PH001"
  public static let unusedPlaceholder: DiagnosticCode = "PH002"
  public static let malformedPlaceholder: DiagnosticCode = "PH003"
  public static let missingCommentary: DiagnosticCode = "COM001"
  public static let commentaryForUnknownProvision: DiagnosticCode = "COM002"
  public static let unusedSuppression: DiagnosticCode = "LNT001"
  public static let unknownSuppressedCode: DiagnosticCode = "LNT002"
}

extension DiagnosticRegistry {
  static let contentEntries: [DiagnosticDescription] = [
    DiagnosticDescription(
      .undeclaredPlaceholder, slug: "undeclared-placeholder", severity: .error,
      summary: "model text uses a `{{placeholder}}` that the front matter does not declare",
      rationale:
        "Every placeholder becomes a question for the drafting committee; an undeclared one would reach a draft bill unexplained.",
      bad: Example.modelLaw(
        "## Article 4. Trafficking in persons\n<!-- @provision tip.offence implements=TIP-5.1 adoption=required -->\n\nA person who traffics another commits an offence punishable by imprisonment for up to {{max-term}}.\n"
      ),
      good: Example.modelLaw(
        "## Article 4. Trafficking in persons\n<!-- @provision tip.offence implements=TIP-5.1 adoption=required -->\n\nA person who traffics another commits an offence punishable by imprisonment for up to {{max-term}}.\n",
        placeholders: "\nplaceholders:\n  max-term: the maximum term of imprisonment, at least four years")),
    DiagnosticDescription(
      .unusedPlaceholder, slug: "unused-placeholder", severity: .warning,
      summary: "the front matter declares a placeholder that no text uses",
      rationale: "A stale declaration asks the drafting committee to fill in something the text no longer needs.",
      bad: Example.modelLaw(
        "## Article 4. Trafficking in persons\n<!-- @provision tip.offence implements=TIP-5.1 adoption=required -->\n\nA person who traffics another commits an offence.\n",
        placeholders: "\nplaceholders:\n  max-term: the maximum term of imprisonment"),
      good: Example.modelLaw(
        "## Article 4. Trafficking in persons\n<!-- @provision tip.offence implements=TIP-5.1 adoption=required -->\n\nA person who traffics another commits an offence.\n"
      )),
    DiagnosticDescription(
      .malformedPlaceholder, slug: "malformed-placeholder", severity: .error,
      summary: "a `{{` in model text is not closed, or the name inside is not lower-case kebab",
      rationale: "A broken placeholder would be printed as it stands in a draft bill.",
      bad: Example.modelLaw(
        "## Article 4. Trafficking in persons\n<!-- @provision tip.offence implements=TIP-5.1 adoption=required -->\n\nThe offence is punishable by imprisonment for up to {{Max Term}}.\n"
      ),
      good: Example.modelLaw(
        "## Article 4. Trafficking in persons\n<!-- @provision tip.offence implements=TIP-5.1 adoption=required -->\n\nThe offence is punishable by imprisonment for up to {{max-term}}.\n",
        placeholders: "\nplaceholders:\n  max-term: the maximum term of imprisonment")),
    DiagnosticDescription(
      .missingCommentary, slug: "missing-commentary", severity: .warning,
      summary: "a model provision has no commentary",
      rationale: "Drafting committees rely on the commentary to choose options and avoid known pitfalls.",
      bad:
        "ModelLaws/Trafficking/Offence.md declares `tip.offence`, and no file in Commentaries/ has `@commentary tip.offence`",
      good: "Commentaries/Trafficking/Offence.md has a section with `<!-- @commentary tip.offence -->`",
      examples: .prose),
    DiagnosticDescription(
      .commentaryForUnknownProvision, slug: "commentary-for-unknown-provision", severity: .error,
      summary: "a commentary names a model provision that does not exist",
      rationale: "Commentary on a renamed or deleted provision would be lost from the commented model text.",
      bad:
        "---\nkind: commentary\nmodule: trafficking\ntitle: Commentary\n---\n\n## Commentary on the offence\n<!-- @commentary tip.ofence -->\n\nThe offence follows article 5 of the Protocol.\n",
      good:
        "Commentaries/Trafficking/Offence.md: `<!-- @commentary tip.offence -->` where ModelLaws/ declares `tip.offence`",
      examples: .prose),
  ]

  static let lintEntries: [DiagnosticDescription] = [
    DiagnosticDescription(
      .unusedSuppression, slug: "unused-suppression", severity: .note,
      summary: "a `lint-disable-next-line` comment silences nothing",
      rationale: "Stale suppressions hide the next real finding on that line.",
      bad: Example.legislation("<!-- lint-disable-next-line REF001 -->\n" + Example.trafficking),
      good: Example.legislation(Example.trafficking)),
    DiagnosticDescription(
      .unknownSuppressedCode, slug: "unknown-suppressed-code", severity: .warning,
      summary: "a `lint-disable-next-line` comment names a code that does not exist",
      rationale: "A misspelt code suppresses nothing while looking as if it did.",
      bad: Example.legislation("<!-- lint-disable-next-line REF999 -->\n" + Example.trafficking),
      good: Example.legislation(Example.trafficking)),
  ]
}

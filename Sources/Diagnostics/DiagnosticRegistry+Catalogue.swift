extension DiagnosticCode {
  public static let missingSummary: DiagnosticCode = "CAT001"
  public static let missingArticle: DiagnosticCode = "CAT002"
  public static let wrongInstrument: DiagnosticCode = "CAT003"
  public static let articleWithoutObligations: DiagnosticCode = "CAT004"
  public static let alternativeWithoutElements: DiagnosticCode = "CAT005"
}

extension DiagnosticRegistry {
  static let catalogueEntries: [DiagnosticDescription] = [
    DiagnosticDescription(
      .missingSummary, slug: "missing-summary", severity: .error,
      summary: "a catalogue obligation has no summary paragraph after its annotation",
      rationale:
        "Reports quote the summary as the remedy until model provisions exist; an obligation without one cannot be explained to a ministry.",
      bad: Example.catalogue(
        "## Article 5. Criminalization\n<!-- @article TIP-5 -->\n\n### Art. 5(1): offence\n<!-- @obligation TIP-5.1 class=mandatory theme=criminalization -->\n\n- <!-- @element act --> The act.\n"
      ),
      good: Example.catalogue(
        "## Article 5. Criminalization\n<!-- @article TIP-5 -->\n\n### Art. 5(1): offence\n<!-- @obligation TIP-5.1 class=mandatory theme=criminalization -->\n\nStates make trafficking in persons a crime.\n\n- <!-- @element act --> The act.\n"
      )),
    DiagnosticDescription(
      .missingArticle, slug: "missing-article", severity: .error,
      summary: "a catalogue file does not list every article of its instrument",
      rationale:
        "The catalogue shows the whole instrument, articles without obligations included, so that an accidental deletion is caught rather than read as 'no obligation'.",
      bad: "ModelLaws/Obligations/TIP.md with no section for article 14",
      good:
        "`## Article 14. Saving clause` with `<!-- @article TIP-14 obligations=none -->` and a sentence on why it binds no State",
      examples: .prose),
    DiagnosticDescription(
      .wrongInstrument, slug: "wrong-instrument", severity: .error,
      summary:
        "a catalogue entry's id names another instrument than the file's front matter, or an article the instrument does not have",
      rationale:
        "Ids are citations; an entry filed under the wrong instrument or a non-existent article would be reported against the wrong treaty.",
      bad: Example.catalogue(
        "## Article 5. Criminalization\n<!-- @article SOM-5 -->\n\nMigrants are not prosecuted for having been smuggled.\n"
      ),
      good: Example.catalogue(
        "## Article 5. Criminalization\n<!-- @article TIP-5 -->\n\nTrafficking in persons is made a crime.\n")),
    DiagnosticDescription(
      .articleWithoutObligations, slug: "article-without-obligations", severity: .warning,
      summary: "a catalogue article lists no obligation and is not marked `obligations=none`",
      rationale:
        "Either an article's obligations are missing or the article binds no State; the catalogue must say which.",
      bad: Example.catalogue(
        "## Article 14. Saving clause\n<!-- @article TIP-14 -->\n\nThe Protocol leaves refugee law untouched.\n"),
      good: Example.catalogue(
        "## Article 14. Saving clause\n<!-- @article TIP-14 obligations=none -->\n\nThe Protocol leaves refugee law untouched.\n"
      )),
    DiagnosticDescription(
      .alternativeWithoutElements, slug: "alternative-without-elements", severity: .error,
      summary: "an obligation declares an alternative that no element belongs to",
      rationale:
        "An alternative is met when all its elements are covered; one with no elements could never be met, or would be met by nothing.",
      bad: Example.catalogue(
        "## Article 5. Criminalization\n<!-- @article TIP-5 -->\n\n### Art. 5(1): offence\n<!-- @obligation TIP-5.1 class=mandatory theme=criminalization -->\n\nStates make trafficking in persons a crime.\n\n- <!-- @alternative one --> One way.\n- <!-- @alternative two --> Another way.\n- <!-- @element act alternative=one --> The act.\n"
      ),
      good: Example.catalogue(
        "## Article 5. Criminalization\n<!-- @article TIP-5 -->\n\n### Art. 5(1): offence\n<!-- @obligation TIP-5.1 class=mandatory theme=criminalization -->\n\nStates make trafficking in persons a crime.\n\n- <!-- @alternative one --> One way.\n- <!-- @alternative two --> Another way.\n- <!-- @element act alternative=one --> The act.\n- <!-- @element means alternative=two --> The means.\n"
      )),
  ]
}

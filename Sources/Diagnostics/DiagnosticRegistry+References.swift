extension DiagnosticCode {
  public static let unknownObligation: DiagnosticCode = "REF001"
  public static let malformedID: DiagnosticCode = "REF002"
  public static let duplicateID: DiagnosticCode = "REF003"
  public static let unknownElement: DiagnosticCode = "REF004"
  public static let unresolvedCrossReference: DiagnosticCode = "REF005"
  public static let unknownAlternative: DiagnosticCode = "REF006"
  public static let idOutsideArticle: DiagnosticCode = "REF007"
  public static let conflictWithNonProhibition: DiagnosticCode = "REF008"
  public static let noCatalogue: DiagnosticCode = "REF009"
}

extension DiagnosticRegistry {
  static let referenceEntries: [DiagnosticDescription] = [
    DiagnosticDescription(
      .unknownObligation, slug: "unknown-obligation", severity: .error,
      summary: "an obligation id is not in the catalogue; the message suggests the nearest known id",
      rationale:
        "A tag that names no real obligation is a claim nobody can check; it would leave a real gap unreported.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" implements=TIP-5.11 -->\n"
      ),
      good: Example.legislation(Example.trafficking)),
    DiagnosticDescription(
      .malformedID, slug: "malformed-id", severity: .error,
      summary: "an id does not follow its grammar (see docs/annotations.md) or is longer than 64 characters",
      rationale: "Ids are cited in reports and anchors; `TIP 5(1)` must be written `TIP-5.1`.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" implements=TIP-5(1) -->\n"
      ),
      good: Example.legislation(Example.trafficking)),
    DiagnosticDescription(
      .duplicateID, slug: "duplicate-id", severity: .error,
      summary: "the same id is declared twice (an obligation, element, alternative or provision)",
      rationale: "Evidence and remedies are looked up by id; two entities with one id make every lookup ambiguous.",
      bad: Example.legislation(
        Example.trafficking
          + "\n\n### Section 213. Trafficking in children\n<!-- @provision pc.212 citation=\"Penal Code s. 213\" implements=TIP-3.c -->\n"
      ),
      good: Example.legislation(
        Example.trafficking
          + "\n\n### Section 213. Trafficking in children\n<!-- @provision pc.213 citation=\"Penal Code s. 213\" implements=TIP-3.c -->\n"
      )),
    DiagnosticDescription(
      .unknownElement, slug: "unknown-element", severity: .error,
      summary: "an obligation reference names an element the obligation does not have",
      rationale: "Partial coverage is computed from elements; a misspelt element would count as missing.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" implements=TIP-5.1[act,mean] -->\n"
      ),
      good: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" implements=TIP-5.1[act,means] -->\n"
      )),
    DiagnosticDescription(
      .unresolvedCrossReference, slug: "unresolved-cross-reference", severity: .error,
      summary: "a cross-reference (`see=` or a `provision:` link) names a provision that does not exist",
      rationale:
        "Draft bills renumber articles and rewrite cross-references; a dangling one would print a wrong article number in a bill.",
      bad: Example.modelLaw(
        "## Article 4. Trafficking in persons\n<!-- @provision tip.offence implements=TIP-5.1 adoption=required see=tip.definition -->\n\nA person who traffics another, as defined in [article 3](provision:tip.definition), commits an offence.\n"
      ),
      good: Example.modelLaw(
        "## Article 3. Definitions\n<!-- @provision tip.definitions implements=TIP-3.a adoption=required -->\n\nIn this Act, trafficking in persons means the conduct set out in this article.\n\n## Article 4. Trafficking in persons\n<!-- @provision tip.offence implements=TIP-5.1 adoption=required see=tip.definitions -->\n\nA person who traffics another, as defined in [article 3](provision:tip.definitions), commits an offence.\n"
      )),
    DiagnosticDescription(
      .unknownAlternative, slug: "unknown-alternative", severity: .error,
      summary: "an element names an alternative that its obligation does not declare",
      rationale:
        "Alternatives decide when any one option suffices; an element tied to a missing alternative could never count.",
      bad: Example.catalogue(
        "## Article 5. Criminalization\n<!-- @article TIP-5 -->\n\n### Art. 5(1): offence\n<!-- @obligation TIP-5.1 class=mandatory theme=criminalization -->\n\nStates make trafficking in persons a crime.\n\n- <!-- @alternative conduct --> Option one.\n- <!-- @element act alternative=condcut --> The act.\n"
      ),
      good: Example.catalogue(
        "## Article 5. Criminalization\n<!-- @article TIP-5 -->\n\n### Art. 5(1): offence\n<!-- @obligation TIP-5.1 class=mandatory theme=criminalization -->\n\nStates make trafficking in persons a crime.\n\n- <!-- @alternative conduct --> Option one.\n- <!-- @element act alternative=conduct --> The act.\n"
      )),
    DiagnosticDescription(
      .idOutsideArticle, slug: "id-outside-article", severity: .error,
      summary: "a catalogue obligation's id does not belong to the article whose section holds it",
      rationale:
        "The id is the citation; `TIP-6.1` under article 5 would send readers to the wrong paragraph of the treaty.",
      bad: Example.catalogue(
        "## Article 5. Criminalization\n<!-- @article TIP-5 -->\n\n### Art. 5(1): offence\n<!-- @obligation TIP-6.1 class=mandatory theme=criminalization -->\n\nStates make trafficking in persons a crime.\n"
      ),
      good: Example.catalogue(
        "## Article 5. Criminalization\n<!-- @article TIP-5 -->\n\n### Art. 5(1): offence\n<!-- @obligation TIP-5.1 class=mandatory theme=criminalization -->\n\nStates make trafficking in persons a crime.\n"
      )),
    DiagnosticDescription(
      .conflictWithNonProhibition, slug: "conflict-with-non-prohibition", severity: .warning,
      summary: "a provision says it `conflicts` with an obligation that is not a prohibition",
      rationale:
        "Only prohibitions (such as SOM art 5) can be contradicted; for other obligations tag what the provision implements and note its shortcomings.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" conflicts=TIP-5.1 -->\n"
      ),
      good: Example.legislation(
        "### Section 41. Illegal entry\n<!-- @provision imm.41 citation=\"Immigration Act s. 41\" conflicts=SOM-5 -->\n"
      )),
    DiagnosticDescription(
      .noCatalogue, slug: "no-catalogue", severity: .warning,
      summary: "documents reference obligations but no catalogue was loaded, so the references were not checked",
      rationale: "Without the catalogue every id would pass; point --catalog at ModelLaws/Obligations.",
      bad: "palermo lint --catalog /nonexistent Examples/",
      good: "palermo lint --catalog ModelLaws/Obligations Examples/",
      examples: .prose),
  ]
}

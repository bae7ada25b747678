extension DiagnosticCode {
  public static let unclosedAnnotation: DiagnosticCode = "TAG001"
  public static let unknownDirective: DiagnosticCode = "TAG002"
  public static let unknownKey: DiagnosticCode = "TAG003"
  public static let malformedAnnotation: DiagnosticCode = "TAG004"
  public static let missingArgument: DiagnosticCode = "TAG005"
  public static let invalidValue: DiagnosticCode = "TAG006"
  public static let directiveNotAllowed: DiagnosticCode = "TAG007"
  public static let misplacedAnnotation: DiagnosticCode = "TAG008"
  public static let annotationInCode: DiagnosticCode = "TAG009"
  public static let tooManyAnnotations: DiagnosticCode = "TAG010"
  public static let duplicateKey: DiagnosticCode = "TAG011"
  public static let unknownVocabulary: DiagnosticCode = "TAG012"
}

extension DiagnosticRegistry {
  static let annotationEntries: [DiagnosticDescription] = [
    DiagnosticDescription(
      .unclosedAnnotation, slug: "unclosed-annotation", severity: .error,
      summary: "an annotation comment `<!-- @…` is never closed with `-->`",
      rationale: "An unclosed comment hides the rest of the file from readers on GitHub and drops every later tag.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" implements=TIP-5.1\n\nA person who recruits another by force for exploitation commits an offence.\n"
      ),
      good: Example.legislation(Example.trafficking)),
    DiagnosticDescription(
      .unknownDirective, slug: "unknown-directive", severity: .error,
      summary: "the word after `@` is not a directive of the annotation language",
      rationale: "A misspelt directive would otherwise be ignored and its obligation never counted.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provison pc.212 citation=\"Penal Code s. 212\" implements=TIP-5.1 -->\n"
      ),
      good: Example.legislation(Example.trafficking)),
    DiagnosticDescription(
      .unknownKey, slug: "unknown-key", severity: .error,
      summary: "an annotation has a key its directive does not take",
      rationale: "A misspelt key (`implement=` for `implements=`) would drop the claim it carries.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" implement=TIP-5.1 -->\n"
      ),
      good: Example.legislation(Example.trafficking)),
    DiagnosticDescription(
      .malformedAnnotation, slug: "malformed-annotation", severity: .error,
      summary: "an annotation does not follow the grammar (an unterminated quote, an empty key or value)",
      rationale:
        "Palermo reads nothing from an annotation it cannot parse, so it says exactly where the grammar broke.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provision pc.212 citation=\"Penal Code s. 212 implements=TIP-5.1 -->\n"
      ),
      good: Example.legislation(Example.trafficking)),
    DiagnosticDescription(
      .missingArgument, slug: "missing-argument", severity: .error,
      summary: "an annotation lacks an id or a key its directive requires",
      rationale: "An obligation without a class or a provision without a citation cannot be analysed or cited.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provision pc.212 implements=TIP-5.1 -->\n"),
      good: Example.legislation(Example.trafficking)),
    DiagnosticDescription(
      .invalidValue, slug: "invalid-value", severity: .error,
      summary: "a value is not one the key accepts (a class, a date, a quantity such as `4y`)",
      rationale: "Closed vocabularies drive the analysis: `class=mandtory` must not become an obligation of no class.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" implements=TIP-5.1 max-penalty=ten-years -->\n"
      ),
      good: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" implements=TIP-5.1 max-penalty=10y -->\n"
      )),
    DiagnosticDescription(
      .directiveNotAllowed, slug: "directive-not-allowed", severity: .error,
      summary: "a directive is used in a kind of document that does not take it",
      rationale: "Obligations are declared only in the catalogue; national Acts and model laws implement them.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @obligation TIP-5.1 class=mandatory theme=criminalization -->\n"),
      good: Example.legislation(Example.trafficking)),
    DiagnosticDescription(
      .misplacedAnnotation, slug: "misplaced-annotation", severity: .error,
      summary:
        "an annotation is not where its directive belongs (a provision not at the start of its section, an element outside an obligation)",
      rationale:
        "The position of a structural annotation decides which text it names; a tag in the wrong place would attach the wrong text as evidence.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n\nA person who recruits another by force for exploitation commits an offence.\n\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" implements=TIP-5.1 -->\n"
      ),
      good: Example.legislation(Example.trafficking)),
    DiagnosticDescription(
      .annotationInCode, slug: "annotation-in-code", severity: .warning,
      summary: "text inside a code span or code block looks like an annotation but is not read",
      rationale:
        "Examples in documentation belong in code; a real tag pasted into a code block would otherwise be lost without a word. Move a real tag out of the code, or suppress the warning for a deliberate example.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n\n```\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" implements=TIP-5.1 -->\n```\n"
      ),
      good: Example.legislation(Example.trafficking)),
    DiagnosticDescription(
      .tooManyAnnotations, slug: "too-many-annotations", severity: .error,
      summary: "a file holds more annotations than --max-annotations allows (100,000 by default)",
      rationale:
        "A generated or corrupted file can carry millions of comments; the limit keeps a run bounded. Raise it for a real corpus that needs more.",
      bad: "a file with 100,001 annotations and the default limit",
      good: "palermo lint --max-annotations 200000 huge-code.md",
      examples: .prose),
    DiagnosticDescription(
      .duplicateKey, slug: "duplicate-key", severity: .error,
      summary: "the same key appears twice in one annotation",
      rationale: "Which of two `implements=` lists counts would be a guess; write one list.",
      bad: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" implements=TIP-5.1 implements=TIP-5.2.a -->\n"
      ),
      good: Example.legislation(
        "### Section 212. Trafficking in persons\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" implements=TIP-5.1,TIP-5.2.a -->\n"
      )),
    DiagnosticDescription(
      .unknownVocabulary, slug: "unknown-vocabulary", severity: .warning,
      summary: "a theme, qualifier, legal family or module is not in the documented vocabulary",
      rationale: "Reports group obligations by theme and family; an unknown word makes a group of one.",
      bad: Example.catalogue(
        "## Article 5. Criminalization\n<!-- @article TIP-5 -->\n\n### Art. 5(1): offence\n<!-- @obligation TIP-5.1 class=mandatory theme=criminalisation -->\n\nStates make trafficking in persons a crime.\n"
      ),
      good: Example.catalogue(
        "## Article 5. Criminalization\n<!-- @article TIP-5 -->\n\n### Art. 5(1): offence\n<!-- @obligation TIP-5.1 class=mandatory theme=criminalization -->\n\nStates make trafficking in persons a crime.\n"
      )),
  ]
}

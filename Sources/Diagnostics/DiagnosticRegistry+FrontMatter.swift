extension DiagnosticCode {
  public static let invalidFrontMatter: DiagnosticCode = "FM001"
  public static let missingKind: DiagnosticCode = "FM002"
  public static let unknownFrontMatterKey: DiagnosticCode = "FM003"
  public static let invalidFrontMatterValue: DiagnosticCode = "FM004"
  public static let missingFrontMatterKey: DiagnosticCode = "FM005"
  public static let unclosedFrontMatter: DiagnosticCode = "FM006"
}

extension DiagnosticRegistry {
  static let frontMatterEntries: [DiagnosticDescription] = [
    DiagnosticDescription(
      .invalidFrontMatter, slug: "invalid-front-matter", severity: .error,
      summary: "the YAML front matter does not parse, or is not a mapping of keys to values",
      rationale: "Front matter says what a document is; if it cannot be read, nothing else in the file can be trusted.",
      bad: "---\nkind: legislation\ntitle: [Penal Code\n---\n",
      good: Example.legislation("The Act has no tagged provisions yet.")),
    DiagnosticDescription(
      .missingKind, slug: "missing-kind", severity: .error,
      summary: "a file has annotations but its front matter does not say which kind of document it is",
      rationale:
        "The same directive means different things in a catalogue, a model law and a national Act; without `kind` the annotations cannot be read and would be dropped.",
      bad: "### Section 212\n<!-- @provision pc.212 citation=\"Penal Code s. 212\" implements=TIP-5.1 -->\n",
      good: Example.legislation(Example.trafficking)),
    DiagnosticDescription(
      .unknownFrontMatterKey, slug: "unknown-front-matter-key", severity: .warning,
      summary: "the front matter has a key that this kind of document does not use",
      rationale: "A misspelt key (`in_force` for `in-force`) would otherwise be ignored silently.",
      bad:
        "---\nkind: legislation\nstate: ATL\ntitle: Penal Code (Amendment) Act 2019\ncitation: Act No. 12 of 2019\nin-force: 2019-07-01\nin_force: 2019-07-01\n---\n",
      good: Example.legislation("")),
    DiagnosticDescription(
      .invalidFrontMatterValue, slug: "invalid-front-matter-value", severity: .error,
      summary: "a front matter value has the wrong form (an unknown kind or instrument, a date that is not YYYY-MM-DD)",
      rationale: "These values decide which obligations apply and whether an Act is in force.",
      bad:
        "---\nkind: legislation\nstate: ATL\ntitle: Penal Code (Amendment) Act 2019\ncitation: Act No. 12 of 2019\nin-force: 1 July 2019\n---\n",
      good: Example.legislation("")),
    DiagnosticDescription(
      .missingFrontMatterKey, slug: "missing-front-matter-key", severity: .error,
      summary: "the front matter lacks a key that this kind of document requires",
      rationale: "An Act without a citation or in-force date cannot serve as evidence in a report.",
      bad: "---\nkind: legislation\nstate: ATL\ntitle: Penal Code (Amendment) Act 2019\nin-force: 2019-07-01\n---\n",
      good: Example.legislation("")),
    DiagnosticDescription(
      .unclosedFrontMatter, slug: "unclosed-front-matter", severity: .error,
      summary: "the front matter opened with `---` on the first line is never closed",
      rationale: "Without the closing `---` the whole file would be read as YAML or as a heading.",
      bad: "---\nkind: legislation\nstate: ATL\n\n### Section 212\n",
      good: Example.legislation("")),
  ]
}

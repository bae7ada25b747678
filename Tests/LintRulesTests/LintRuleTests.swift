import AnnotatedMarkdown
import Diagnostics
import LintRules
import TestSupport
import Testing

@Suite struct LintRuleTests {
  static let catalogue = """
    ---
    kind: catalogue
    instrument: SOM
    title: Smuggling of Migrants Protocol
    ---

    ## Article 5. Criminal liability of migrants
    <!-- @article SOM-5 -->

    ### Art. 5: migrants not liable
    <!-- @obligation SOM-5 class=mandatory theme=criminalization prohibition -->

    Migrants are not prosecuted under the Protocol for having been smuggled.

    ## Article 6. Criminalization
    <!-- @article SOM-6 -->

    ### Art. 6(1)(a): smuggling
    <!-- @obligation SOM-6.1.a class=mandatory theme=criminalization -->

    States make smuggling of migrants a crime.

    - <!-- @element procure --> Procuring the illegal entry of a person.
    - <!-- @element benefit --> For a financial or other material benefit.
    - <!-- @alternative one --> One way.
    - <!-- @element extra alternative=tow --> An element of an undeclared alternative.
    """

  static func lint(_ files: [(String, String)], marked: Bool = false) -> [Diagnostic] {
    let documents = files.map { DocumentParser.parse(MarkedText($0.1).text, path: $0.0) }
    return Linter.lint(Corpus(linted: documents))
  }

  static func legislation(_ body: String) -> String {
    "---\nkind: legislation\nstate: ATL\ntitle: Immigration Act\ncitation: Act 3 of 2001\nin-force: 2001-01-01\n---\n\n"
      + body
  }

  @Test func unknownObligationSuggestsTheNearestID() {
    let text = Self.legislation("### s. 41\n<!-- @provision imm.41 citation=\"s. 41\" implements=1️⃣SOM-6.1.b -->\n")
    let marked = MarkedText(text)
    let found = Self.lint([("cat.md", Self.catalogue), ("imm.md", text)]).filter { $0.location?.file == "imm.md" }
    let failures = findingMismatches(
      found, in: marked, expected: [FindingSpec("1️⃣", .unknownObligation, "did you mean 'SOM-6.1.a'?")])
    #expect(failures.isEmpty, "\(failures)")
  }

  @Test func unknownElementAndConflictWithNonProhibition() {
    let text = Self.legislation(
      "### s. 41\n<!-- @provision imm.41 citation=\"s. 41\" implements=1️⃣SOM-6.1.a[procure,benfit] conflicts=SOM-5,2️⃣SOM-6.1.a -->\n"
    )
    let marked = MarkedText(text)
    let found = Self.lint([("cat.md", Self.catalogue), ("imm.md", text)]).filter { $0.location?.file == "imm.md" }
    let failures = findingMismatches(
      found, in: marked,
      expected: [
        FindingSpec("1️⃣", .unknownElement, "did you mean 'benefit'?"), FindingSpec("2️⃣", .conflictWithNonProhibition),
      ])
    #expect(failures.isEmpty, "\(failures)")
  }

  @Test func undeclaredAlternativeIsReportedInTheCatalogue() {
    let found = Self.lint([("cat.md", Self.catalogue)]).filter { $0.code != .missingArticle }
    // The misspelt 'tow' is unknown, and 'one' is left without elements.
    #expect(found.map(\.code) == [.alternativeWithoutElements, .unknownAlternative])
    #expect(found.last?.message.contains("'tow'") == true)
  }

  @Test func duplicateProvisionsAcrossFilesPointAtTheFirst() throws {
    let a = Self.legislation("### s. 1\n<!-- @provision imm.1 citation=\"s. 1\" -->\n")
    let found = Self.lint([("a.md", a), ("b.md", a)])
    let duplicate = try #require(found.first { $0.code == .duplicateID })
    #expect(duplicate.location?.file == "b.md")
    #expect(duplicate.notes.first?.location?.file == "a.md")
  }

  @Test func missingCatalogueIsAWarningNotSilence() {
    let text = Self.legislation("### s. 41\n<!-- @provision imm.41 citation=\"s. 41\" implements=SOM-6.1.a -->\n")
    #expect(Self.lint([("imm.md", text)]).map(\.code) == [.noCatalogue])
  }

  @Test func suppressionSilencesTheNextLineOnly() {
    let text = Self.legislation(
      "### s. 41\n<!-- lint-disable-next-line REF001 -->\n<!-- @provision imm.41 citation=\"s. 41\" implements=SOM-9 -->\n\n### s. 42\n<!-- @provision imm.42 citation=\"s. 42\" implements=SOM-9 -->\n"
    )
    let found = Self.lint([("cat.md", Self.catalogue), ("imm.md", text)]).filter { $0.location?.file == "imm.md" }
    #expect(found.map(\.code) == [.unknownObligation])
    #expect(found.first?.location?.line == 14)
  }

  @Test func modelLawChecksPlaceholdersCrossReferencesAndCommentary() {
    let model = """
      ---
      kind: model-law
      module: smuggling
      title: Model provisions
      placeholders:
        authority: the competent authority
        unused: nothing uses this
      ---

      ## Article 1. Offence
      <!-- @provision som.offence implements=SOM-6.1.a adoption=required see=som.definitons -->

      ### Option 1
      <!-- @option 1 family=common-law -->
      A person who, for {{authority}} or {{fee}}, procures [entry](provision:som.missing) commits an offence.
      """
    let commentary = """
      ---
      kind: commentary
      module: smuggling
      title: Commentary
      ---

      ## On the offence
      <!-- @commentary som.ofence -->

      Text.
      """
    let found = Self.lint([("cat.md", Self.catalogue), ("model.md", model), ("comm.md", commentary)])
      .filter { $0.location?.file != "cat.md" }
    #expect(
      found.map(\.code).sorted() == [
        .missingCommentary, .commentaryForUnknownProvision, .undeclaredPlaceholder, .unusedPlaceholder,
        .unresolvedCrossReference, .unresolvedCrossReference,
      ])
    #expect(found.contains { $0.message.contains("did you mean 'som.offence'?") })
  }
}

import AnnotatedMarkdown
import Diagnostics
import Drafting
import ObligationModel
import Testing

@Suite struct BillBuilderTests {
  static let definitions = """
    ---
    kind: model-law
    module: trafficking
    title: Model provisions on definitions
    placeholders:
      name-of-act: the Act's short title
    ---

    ## Article 1. Interpretation
    <!-- @provision tip.terms adoption=optional -->

    In the {{name-of-act}}, "child" means a person under eighteen.
    """

  static let offences = """
    ---
    kind: model-law
    module: trafficking
    title: Model provisions on offences
    placeholders:
      max-term: the maximum term of imprisonment
      authority: the competent authority
    ---

    ## Article 7. Trafficking in persons
    <!-- @provision tip.offence implements=TIP-5.1 adoption=required see=tip.terms -->

    (1) The terms of [article 1](provision:tip.terms) apply.

    ### Option 1 (common-law systems)
    <!-- @option 1 family=common-law -->

    (2) A person who traffics another is liable to imprisonment for up to {{max-term}}.

    ### Option 2 (civil-law systems)
    <!-- @option 2 family=civil-law -->

    (2) Trafficking is punished by {{max-term}} of imprisonment.

    ## Article 8. Reports
    <!-- @provision tip.reports adoption=optional -->

    Offences under [article 7](provision:tip.offence) are reported to {{authority}}.
    """

  static func documents(_ texts: [(String, String)]) -> [LegalDocument] {
    texts.map { DocumentParser.parse($0.1, path: $0.0).document }
  }

  static let all = documents([("Definitions.md", definitions), ("Offences.md", offences)])
  static let values = [
    "name-of-act": "Trafficking Act 2027", "max-term": "twenty years", "authority": "the Anti-Trafficking Office",
  ]

  @Test func legalFamilyPicksTheOptionAndArticlesAreRenumbered() throws {
    let (bill, diagnostics) = BillBuilder.build(
      Self.all, choices: DraftingChoices(legalFamily: .civilLaw, placeholders: Self.values), title: "T")
    #expect(diagnostics.isEmpty)
    let articles = try #require(bill).parts.flatMap(\.articles)
    #expect(articles.map(\.number) == [1, 2, 3])
    #expect(articles.map(\.title) == ["Interpretation", "Trafficking in persons", "Reports"])
    #expect(
      articles[1].text
        == "(1) The terms of article 1 apply.\n\n(2) Trafficking is punished by twenty years of imprisonment.")
    #expect(articles[2].text == "Offences under article 2 are reported to the Anti-Trafficking Office.")
    #expect(
      !articles.contains { $0.text.contains("<!--") || $0.text.contains("provision:") || $0.text.contains("Option") })
  }

  @Test func anExplicitOptionWinsOverTheFamily() throws {
    let choices = DraftingChoices(
      legalFamily: .civilLaw, options: [ProvisionID("tip.offence")!: "1"], placeholders: Self.values)
    let bill = try #require(BillBuilder.build(Self.all, choices: choices, title: "T").bill)
    #expect(bill.parts[1].articles[0].text.contains("liable to imprisonment for up to twenty years"))
  }

  @Test func anUnresolvedOptionIsAnErrorAtTheProvision() throws {
    let (bill, diagnostics) = BillBuilder.build(
      Self.all, choices: DraftingChoices(placeholders: Self.values), title: "T")
    #expect(bill == nil)
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.code == .unresolvedOption)
    #expect(diagnostic.location?.file == "Offences.md")
    #expect(diagnostic.location?.line == 11)
    #expect(diagnostic.message.contains("1 (common-law), 2 (civil-law)"))
  }

  @Test func anUnknownOptionChoiceIsAnError() {
    let choices = DraftingChoices(options: [ProvisionID("tip.offence")!: "3"], placeholders: Self.values)
    #expect(BillBuilder.build(Self.all, choices: choices, title: "T").diagnostics.map(\.code) == [.unknownOptionChoice])
  }

  @Test func everyUnfilledPlaceholderIsListedWithItsLocation() throws {
    let (bill, diagnostics) = BillBuilder.build(Self.all, choices: DraftingChoices(legalFamily: .commonLaw), title: "T")
    #expect(bill == nil)
    #expect(diagnostics.allSatisfy { $0.code == .unfilledPlaceholder })
    #expect(
      diagnostics.map { "\($0.location?.file ?? ""):\($0.location?.line ?? 0)" } == [
        "Definitions.md:12", "Offences.md:18", "Offences.md:28",
      ])
  }

  /// Only the words the bill takes are named: the other family's option is not drafted.
  @Test func anUnfilledPlaceholderIsNamedOnlyInTheChosenOption() throws {
    let choices = DraftingChoices(legalFamily: .civilLaw, placeholders: ["name-of-act": "A", "authority": "B"])
    let diagnostics = BillBuilder.build(Self.all, choices: choices, title: "T").diagnostics
    #expect(diagnostics.map { "\($0.location?.file ?? ""):\($0.location?.line ?? 0)" } == ["Offences.md:23"])
  }

  @Test func allowPlaceholdersKeepsThemMarked() throws {
    let (bill, diagnostics) = BillBuilder.build(
      Self.all, choices: DraftingChoices(legalFamily: .commonLaw, allowPlaceholders: true), title: "T")
    #expect(diagnostics.isEmpty)
    #expect(try #require(bill).parts[0].articles[0].text.contains("{{name-of-act}}"))
  }

  @Test func aReferenceOutsideTheBillIsAnError() {
    let (bill, diagnostics) = BillBuilder.build(
      Self.documents([("Offences.md", Self.offences)]),
      choices: DraftingChoices(legalFamily: .commonLaw, placeholders: Self.values), title: "T")
    #expect(bill == nil)
    #expect(diagnostics.map(\.code) == [.referenceOutsideBill])
  }

  @Test func renumberingRewritesOnlyTheFirstNumberOfALink() {
    #expect(ProvisionParts.bareTitle("Article 12. Jurisdiction") == "Jurisdiction")
    #expect(ProvisionParts.bareTitle("Schedule") == "Schedule")
    #expect(ProvisionParts.partTitle("Model provisions on trafficking in persons") == "Trafficking in persons")
  }
}

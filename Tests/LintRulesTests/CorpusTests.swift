import AnnotatedMarkdown
import LintRules
import Testing

/// A State's files reuse the project's index only where that cannot change what the checks see.
@Suite struct CorpusTests {
  static let catalogue = DocumentParser.parse(LintRuleTests.catalogue, path: "ModelLaws/Obligations/SOM.md")
  static let act = DocumentParser.parse(
    LintRuleTests.legislation("### s. 1\n<!-- @provision s.1 citation=\"s. 1\" implements=SOM-6.1.a -->\n\nText.\n"),
    path: "States/ATL/act.md")
  static let otherCatalogue = DocumentParser.parse(
    LintRuleTests.catalogue.replacing("SOM-6.1.a", with: "SOM-6.1.b"), path: "States/ATL/extra.md")

  static func summary(_ corpus: Corpus) -> [String] {
    [
      corpus.linted.map(\.document.path).joined(separator: ","),
      corpus.context.map(\.document.path).joined(separator: ","),
      corpus.catalogue.obligations.map(\.id.description).joined(separator: ","),
      corpus.modelProvisions.keys.map(\.description).sorted().joined(separator: ","),
    ]
  }

  @Test(arguments: [[act], [act, otherCatalogue], [catalogue], [catalogue, act]])
  func checkingAgainstAnIndexedProjectEqualsCheckingAgainstItsFiles(linted: [ParsedDocument]) {
    let project = Corpus(linted: [Self.catalogue])
    let indexed = Corpus(linted: linted, against: project)
    let fresh = Corpus(linted: linted, context: [Self.catalogue])
    #expect(Self.summary(indexed) == Self.summary(fresh))
    #expect(Linter.lint(indexed) == Linter.lint(fresh))
  }
}

import AnnotatedMarkdown
import Diagnostics
import LintRules
import TestSupport
import Testing
import Workspace

/// Every registry entry's bad example triggers its code and its good example does not,
/// checked against the repository's own catalogue.
@Suite struct RegistryExampleTests {
  static let context = ProjectLoader.context(root: Repository.root(), catalogue: nil, limits: InputLimits())
  static let runnable = DiagnosticRegistry.all.filter { $0.examples == .markdown }.map(\.code)

  static func lint(_ example: String) -> [Diagnostic] {
    let parsed = DocumentParser.parse(example, path: "example.md")
    // An example catalogue stands in for the real one, so its ids are not duplicates; it is a
    // fragment, so the whole-instrument check (CAT002) does not apply to it.
    guard parsed.document.kind == .catalogue else {
      return Linter.lint(Corpus(linted: [parsed], context: Self.context))
    }
    return Linter.lint(Corpus(linted: [parsed])).filter { $0.code != .missingArticle }
  }

  @Test(arguments: runnable)
  func badExampleTriggersItsCode(_ code: DiagnosticCode) throws {
    let entry = try #require(code.entry)
    let found = Self.lint(entry.badExample)
    #expect(
      found.contains { $0.code == code }, "bad example of \(code) gave \(found.map { "\($0.code) \($0.message)" })")
  }

  @Test(arguments: runnable)
  func goodExampleIsCleanOfItsCode(_ code: DiagnosticCode) throws {
    let entry = try #require(code.entry)
    let found = Self.lint(entry.goodExample)
    #expect(
      !found.contains { $0.code == code }, "good example of \(code) gave \(found.map { "\($0.code) \($0.message)" })")
    #expect(
      !found.contains { $0.severity == .error },
      "good example of \(code) has errors: \(found.map { "\($0.code) \($0.message)" })")
  }

  @Test func registryCodesAreWellFormedAndUnique() {
    let codes = DiagnosticRegistry.all.map(\.code.rawValue)
    #expect(Set(codes).count == codes.count)
    #expect(Set(DiagnosticRegistry.all.map(\.slug)).count == codes.count)
    for entry in DiagnosticRegistry.all {
      #expect(entry.code.rawValue.wholeMatch(of: /[A-Z]{2,3}[0-9]{3}/) != nil, "\(entry.code)")
      #expect(entry.slug.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(entry.slug)")
      #expect(!entry.summary.hasSuffix("."), "\(entry.code) summary ends with a period")
      #expect(!entry.rationale.isEmpty)
    }
  }

  @Test func lookupAcceptsCodesAndSlugs() {
    #expect(DiagnosticRegistry.lookup("ref001")?.code == .unknownObligation)
    #expect(DiagnosticRegistry.lookup("unknown-obligation")?.code == .unknownObligation)
    #expect(DiagnosticRegistry.lookup("REF999") == nil)
  }
}

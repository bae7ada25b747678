import Diagnostics
import Foundation
import Rendering
import TestSupport
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct DiagnosticRendererTests {
  /// Findings with multi-byte text, a note, a file-less finding and characters every format must escape.
  static let report = LintReport(
    files: [
      "Examples/Atlantis/legislation/penal code.md", "ModelLaws/Obligations/TIP.md",
      "Examples/Atlantis/legislation/imm.md",
    ],
    diagnostics: [
      Diagnostic(
        .unknownObligation, "unknown obligation 'TIP-5.11'; did you mean 'TIP-5.1'?",
        at: SourceLocation(file: "Examples/Atlantis/legislation/penal code.md", line: 12, column: 64, utf8Column: 64)),
      Diagnostic(
        .duplicateID, "provision 'imm.41' is declared more than once",
        at: SourceLocation(file: "Examples/Atlantis/legislation/imm.md", line: 9, column: 6, utf8Column: 11),
        notes: [
          .init(
            "first declared here",
            at: SourceLocation(file: "Examples/Atlantis/legislation/imm.md", line: 3, column: 6, utf8Column: 6))
        ]),
      Diagnostic(
        .annotationInCode, "text with <markup> & \"quotes\", 100% sure: a,b\nsecond line",
        at: SourceLocation(file: "Examples/Atlantis/legislation/imm.md", line: 20, column: 1, utf8Column: 1)),
      Diagnostic(
        .unusedSuppression, "'lint-disable-next-line REF001' silences nothing on line 4; remove it",
        at: SourceLocation(file: "Examples/Atlantis/legislation/imm.md", line: 3, column: 1, utf8Column: 1)),
      Diagnostic(.noMarkdownFiles, "folder 'Examples/Nowhere' holds no Markdown (.md) files", at: nil),
    ],
    toolVersion: "0.0.0-test")

  @Test(arguments: DiagnosticFormat.allCases)
  func formatMatchesSnapshot(_ format: DiagnosticFormat) {
    let ext =
      ["text": "txt", "json": "json", "sarif": "sarif", "github": "github.txt", "junit": "junit.xml"][format.rawValue]
      ?? "txt"
    assertSnapshot(format.render(Self.report), named: "lint.\(ext)")
  }

  @Test(arguments: DiagnosticFormat.allCases)
  func renderingIsDeterministic(_ format: DiagnosticFormat) {
    #expect(format.render(Self.report) == format.render(Self.report))
  }

  @Test func sarifIsValidJSONWithOneResultPerFinding() throws {
    let data = Data(SARIFRenderer.render(Self.report).utf8)
    let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect((run["results"] as? [Any])?.count == Self.report.diagnostics.count)
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let rules = try #require(
      ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
    #expect(rules.count == DiagnosticRegistry.all.count)
  }

  @Test func junitIsWellFormedXML() throws {
    let document = try XMLDocument(data: Data(JUnitRenderer.render(Self.report).utf8))
    let cases = try document.nodes(forXPath: "//testcase")
    #expect(cases.count == Self.report.files.count + 1)
    #expect(try document.nodes(forXPath: "//failure").count == 4)
  }

  @Test func summaryCountsBySeverity() {
    #expect(Self.report.summary == "2 errors, 2 warnings and 1 note in 3 files")
    #expect(LintReport(files: ["a.md"], diagnostics: [], toolVersion: "x").summary == "no findings in 1 file")
  }

  @Test func committedDiagnosticsReferenceMatchesTheRegistry() {
    let committed = Repository.read("docs/diagnostics.md")
    let generated = DiagnosticExplanation.reference()
    #expect(
      committed == generated,
      "docs/diagnostics.md is stale; regenerate it with 'make docs'\n\(lineDiff(expected: committed, actual: generated))"
    )
  }

  @Test func explanationShowsBothExamples() throws {
    let entry = try #require(DiagnosticRegistry.lookup("REF001"))
    let text = DiagnosticExplanation.text(entry)
    #expect(text.hasPrefix("REF001 unknown-obligation (error)"))
    #expect(text.contains("implements=TIP-5.11"))
    #expect(text.contains("Fixed:"))
  }
}

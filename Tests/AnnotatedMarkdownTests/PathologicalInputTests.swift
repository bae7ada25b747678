import AnnotatedMarkdown
import CommonMarkTree
import Diagnostics
import Testing

/// The inputs cmark's pathological test suite is known for, through the whole parse: they must
/// finish without overflowing the stack (the tree and every walker iterate) and keep reporting.
@Suite struct PathologicalInputTests {
  static let header =
    "---\nkind: legislation\nstate: ATL\ntitle: T\ncitation: C\nin-force: 2019-07-01\n---\n\n### S. 1\n<!-- @provision s.1 citation=\"s. 1\" -->\n\n"

  static let cases: [(String, String)] = [
    ("nested block quotes", String(repeating: ">", count: 50_000) + " deep <!-- @note deep -->\n"),
    ("nested lists", (0..<5_000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")),
    ("open brackets", String(repeating: "[", count: 100_000) + "a"),
    ("emphasis markers", String(repeating: "*a_", count: 60_000)),
    ("backticks", (1...2_000).map { String(repeating: "`", count: $0) + "x" }.joined(separator: " ")),
    ("one very long line", String(repeating: "word ", count: 1_000_000)),
    (
      "link reference table",
      (0..<20_000).map { "[l\($0)]: /u\($0)\n" }.joined() + (0..<20_000).map { "[l\($0)]" }.joined(separator: " ")
    ),
    ("unclosed comments", String(repeating: "<!-- @note x\n", count: 20_000)),
    ("nested emphasis", String(repeating: "*", count: 40_000) + "a" + String(repeating: "*", count: 40_000)),
  ]

  @Test(arguments: cases.map(\.0))
  func pathologicalInputIsParsedWithoutCrashing(_ name: String) throws {
    let body = try #require(Self.cases.first { $0.0 == name }?.1)
    let parsed = DocumentParser.parse(Self.header + body, path: "hostile.md")
    #expect(parsed.document.nationalProvisions.count == 1)
    #expect(!parsed.diagnostics.contains { $0.code == .internalError })
  }

  @Test func fiftyThousandNestedQuotesGiveADeepTree() {
    let tree = CMarkConverter.parse(String(repeating: ">", count: 50_000) + " x\n")
    #expect(tree.nodes.map(\.depth).max() == 50_002)
    #expect(tree.plainText(of: 0) == "x")
  }
}

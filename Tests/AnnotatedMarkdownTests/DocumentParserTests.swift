import AnnotatedMarkdown
import Diagnostics
import ObligationModel
import TestSupport
import Testing

@Suite struct DocumentParserTests {
  static func fixture(_ name: String) -> MarkedText {
    MarkedText(Repository.read("Tests/AnnotatedMarkdownTests/Fixtures/\(name).md"))
  }

  static func parse(_ marked: MarkedText, path: String = "test.md") -> ParsedDocument {
    DocumentParser.parse(marked.text, path: path)
  }

  @Test(arguments: [
    (
      "bad_misspelt_directive_and_key",
      [
        FindingSpec("1️⃣", .unknownDirective, "did you mean 'provision'?"),
        FindingSpec("2️⃣", .unknownKey, "did you mean 'implements'?"),
      ]
    ),
    ("bad_unclosed_annotation", [FindingSpec("1️⃣", .unclosedAnnotation)]),
    ("bad_annotation_in_code_block", [FindingSpec("1️⃣", .annotationInCode), FindingSpec("2️⃣", .annotationInCode)]),
    ("bad_arabic_and_chinese_columns", [FindingSpec("2️⃣", .misplacedAnnotation, "second structural annotation")]),
    (
      "bad_front_matter_values",
      [
        FindingSpec("1️⃣", .invalidFrontMatterValue, "ISO 3166"),
        FindingSpec("2️⃣", .invalidFrontMatterValue, "YYYY-MM-DD"),
        FindingSpec("3️⃣", .unknownFrontMatterKey, "did you mean 'in-force'?"),
      ]
    ),
    (
      "bad_misplaced_annotations",
      [
        FindingSpec("1️⃣", .misplacedAnnotation, "add a heading"), FindingSpec("2️⃣", .duplicateID, "element 'act'"),
        FindingSpec("3️⃣", .misplacedAnnotation, "right after its heading"),
        FindingSpec("4️⃣", .idOutsideArticle, "'TIP-5.'"),
      ]
    ),
    ("good_minimal_act", []),
  ])
  func fixtureFindingsAppearAtTheirMarkers(_ name: String, _ expected: [FindingSpec]) {
    let marked = Self.fixture(name)
    let failures = findingMismatches(Self.parse(marked).diagnostics, in: marked, expected: expected)
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }

  @Test func readsALegislationDocument() throws {
    let document = Self.parse(Self.fixture("good_minimal_act")).document
    #expect(document.kind == .legislation)
    #expect(document.state == "ATL")
    #expect(document.inForce == .since("2019-07-01"))
    let provisions = document.nationalProvisions
    #expect(provisions.map(\.id.description) == ["pc.212", "imm.41"])
    let first = try #require(provisions.first)
    #expect(first.citation == "Penal Code s. 212")
    #expect(first.title == "Section 212. Trafficking in persons")
    #expect(first.implements.map(\.description) == ["TIP-5.1[act,means,purpose]"])
    #expect(first.parameters == [.maxPenalty: Quantity(15, .years)])
    #expect(first.notes == ["The means element omits abuse of a position of vulnerability."])
    #expect(first.location?.line == 14)
    #expect(first.text.hasPrefix("<!-- @provision pc.212"))
    #expect(first.text.hasSuffix("up to fifteen years."))
    #expect(provisions.last?.conflicts.map(\.description) == ["SOM-5"])
    #expect(provisions.last?.inForce == .draft)
  }

  @Test func columnsCountCharactersInArabicAndChinese() throws {
    let marked = Self.fixture("bad_arabic_and_chinese_columns")
    let provision = try #require(Self.parse(marked).document.nationalProvisions.first)
    let ref = try #require(provision.implements.first?.location)
    let expected = try #require(marked.positions["1️⃣"])
    #expect((ref.line, ref.column) == (expected.line, expected.column))
    #expect(ref.utf8Column > ref.column)
  }

  @Test func frontMatterKeepsLineNumbersTrue() {
    let text =
      "---\nkind: legislation\nstate: ATL\ntitle: T\ncitation: C\nin-force: 2019-07-01\n---\n\n# H\n<!-- @provison x -->\n"
    let diagnostics = DocumentParser.parse(text, path: "a.md").diagnostics
    #expect(diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code)" } == ["10:6 TAG002"])
  }

  @Test func crlfLineEndingsAndByteOrderMarkKeepPositions() {
    let lf =
      "---\nkind: legislation\nstate: ATL\ntitle: T\ncitation: C\nin-force: 2019-07-01\n---\n\n# H\n<!-- @provision p citation=\"c\" implements=X -->\n"
    let crlf = "\u{FEFF}" + lf.replacingOccurrences(of: "\n", with: "\r\n")
    let expected = DocumentParser.parse(lf, path: "a.md").diagnostics
    #expect(expected.map(\.code) == [.malformedID])
    #expect(DocumentParser.parse(crlf, path: "a.md").diagnostics == expected)
  }

  @Test func annotationsWithoutFrontMatterAreNotDropped() throws {
    let parsed = DocumentParser.parse("# Section 1\n<!-- @provision a citation=\"x\" -->\n", path: "a.md")
    #expect(parsed.diagnostics.map(\.code) == [.missingKind])
    #expect(parsed.isAnnotated)
  }

  @Test func plainMarkdownIsNotAPalermoDocument() {
    let parsed = DocumentParser.parse("# README\n\nJust text. <!-- a comment -->\n", path: "README.md")
    #expect(!parsed.isAnnotated)
    #expect(parsed.diagnostics.isEmpty)
  }

  @Test func invalidYAMLPointsAtTheFileLine() throws {
    let parsed = DocumentParser.parse("---\nkind: legislation\ntitle: [Penal Code\n---\n", path: "a.md")
    let diagnostic = try #require(parsed.diagnostics.first)
    #expect(diagnostic.code == .invalidFrontMatter)
    #expect((diagnostic.location?.line ?? 0) >= 3)
  }

  @Test func unclosedFrontMatterIsReported() {
    let parsed = DocumentParser.parse("---\nkind: legislation\n\n# H\n", path: "a.md")
    #expect(parsed.diagnostics.map(\.code) == [.unclosedFrontMatter])
  }

  @Test func tenThousandAnnotationsAreAllRead() {
    var text = "---\nkind: legislation\nstate: ATL\ntitle: T\ncitation: C\nin-force: 2019-07-01\n---\n\n"
    for n in 1...10_000 {
      text +=
        "### Section \(n)\n<!-- @provision s.\(n) citation=\"s. \(n)\" implements=TIP-5.1 max-penalty=\(n % 20)y -->\n\nText.\n\n"
    }
    let parsed = DocumentParser.parse(text, path: "big.md")
    #expect(parsed.diagnostics.isEmpty)
    #expect(parsed.document.nationalProvisions.count == 10_000)
    #expect(parsed.document.annotationCount == 10_000)
  }

  @Test func annotationLimitIsReportedOnce() {
    var text = "---\nkind: legislation\nstate: ATL\ntitle: T\ncitation: C\nin-force: 2019-07-01\n---\n\n"
    for n in 1...30 { text += "### S\(n)\n<!-- @provision s.\(n) citation=\"s\" -->\n\n" }
    let parsed = DocumentParser.parse(text, path: "a.md", limits: ParseLimits(maxAnnotations: 25))
    #expect(parsed.diagnostics.map(\.code) == [.tooManyAnnotations])
    #expect(parsed.diagnostics.first?.message.contains("--max-annotations") == true)
    #expect(parsed.document.nationalProvisions.count == 25)
  }

  @Test func anUnclosedAnnotationInAHeadingIsReported() {
    let text =
      "---\nkind: legislation\nstate: ATL\ntitle: T\ncitation: C\nin-force: 2019-07-01\n---\n\n### S. 212 <!-- @provision pc.212 citation=\"x\"\n\ntext\n"
    let diagnostics = DocumentParser.parse(text, path: "a.md").diagnostics
    #expect(diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code)" } == ["9:12 TAG001"])
  }

  @Test func setextHeadingTextStartsAfterItsUnderline() throws {
    let text =
      "---\nkind: legislation\nstate: ATL\ntitle: T\ncitation: C\nin-force: 2019-07-01\n---\n\nSection 1\n=========\n<!-- @provision s.1 citation=\"s. 1\" -->\n\nBody.\n"
    let provision = try #require(DocumentParser.parse(text, path: "a.md").document.nationalProvisions.first)
    #expect(provision.text.hasPrefix("<!-- @provision"))
    #expect(provision.title == "Section 1")
  }
}

@Suite struct ElementDescriptionTests {
  /// A list item that opens with an annotation is an HTML block to CommonMark; its words, white
  /// space of any kind folded to single spaces, describe the element.
  @Test func elementDescriptionsFoldWhiteSpace() throws {
    let text = """
      ---
      kind: catalogue
      instrument: TIP
      title: T
      ---

      ## Article 5. Criminalization
      <!-- @article TIP-5 -->

      ### Paragraph 1
      <!-- @obligation TIP-5.1 class=mandatory theme=criminalization -->

      - <!-- @element act -->   The\tact:  recruitment,\u{00A0}transport
        or   harbouring <!-- a reviewer's aside -->  of persons.
      """
    let obligation = try #require(DocumentParser.parse(text, path: "TIP.md").document.obligations.first)
    #expect(obligation.elements.map(\.description) == ["The act: recruitment, transport or harbouring of persons."])
  }
}

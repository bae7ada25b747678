import Diagnostics
import Testing

@Suite struct SourceTextTests {
  @Test func displayColumnsCountScalarsNotBytes() {
    let source = SourceText(file: "a.md", text: "# Art. 5 — Obrigação\nالمادة 5 刑法 x\n")
    let heading = source.location(of: SourcePosition(line: 1, utf8Column: 25))
    #expect((heading.column, heading.utf8Column) == (21, 25))
    let arabic = source.location(of: SourcePosition(line: 2, utf8Column: 1 + "المادة 5 刑法 ".utf8.count))
    #expect(arabic.column == 13)
  }

  @Test func convertsBetweenOffsetsAndPositions() {
    let source = SourceText(file: "a.md", text: "ab\ncd\n\nef")
    #expect(source.position(ofOffset: 0) == SourcePosition(line: 1, utf8Column: 1))
    #expect(source.position(ofOffset: 4) == SourcePosition(line: 2, utf8Column: 2))
    #expect(source.position(ofOffset: 7) == SourcePosition(line: 4, utf8Column: 1))
    #expect(source.offset(of: SourcePosition(line: 4, utf8Column: 2)) == 8)
    #expect(source.lineCount == 4)
    #expect(source.line(2) == "cd")
    #expect(source.line(9) == "")
  }

  @Test func cutsLinesWithoutBlankEnds() {
    let source = SourceText(file: "a.md", text: "# H\n\n \t\none\n\ntwo\n\u{00A0}\n\n")
    #expect(source.lines(2, through: 9) == "one\n\ntwo")
    #expect(source.lines(4, through: 4) == "one")
    #expect(source.lines(2, through: 3) == "")
    #expect(source.lines(5, through: 4) == "")
    #expect(source.lines(-3, through: 1) == "# H")
  }

  @Test func yamlColumnsConvertFromScalars() {
    let source = SourceText(file: "a.md", text: "title: قانون x\n")
    let location = source.location(line: 1, scalarColumn: 14)
    #expect(location.column == 14)
    #expect(location.utf8Column == 19)
  }
}

@Suite struct SuggestionTests {
  @Test func suggestsCloseCandidatesOnly() {
    let ids = ["TIP-5.1", "TIP-5.2.a", "SOM-6.1.a", "UNTOC-5.1.a"]
    #expect(Suggestion.nearest(to: "TIP-5.11", in: ids) == "TIP-5.1")
    #expect(Suggestion.nearest(to: "tip-5.2.a", in: ids) == "TIP-5.2.a")
    #expect(Suggestion.nearest(to: "ICCPR-2.3", in: ids) == nil)
    #expect(Suggestion.didYouMean("provison", in: ["provision", "obligation"]) == "; did you mean 'provision'?")
    #expect(Suggestion.didYouMean("zzz", in: ["provision"], otherwise: "use 'provision'") == "; use 'provision'")
  }
}

@Suite struct SuppressionTests {
  static func diagnostic(_ code: DiagnosticCode, line: Int) -> Diagnostic {
    Diagnostic(code, "m", at: SourceLocation(file: "a.md", line: line, column: 1, utf8Column: 1))
  }

  @Test func silencesOnlyNamedCodesOnItsLine() {
    let suppression = Suppression(
      codes: [.unknownObligation], file: "a.md", line: 5,
      location: SourceLocation(file: "a.md", line: 4, column: 1, utf8Column: 1))
    let kept = Suppression.apply(
      [suppression],
      to: [
        Self.diagnostic(.unknownObligation, line: 5), Self.diagnostic(.unknownElement, line: 5),
        Self.diagnostic(.unknownObligation, line: 6),
      ])
    #expect(kept.map { "\($0.code)@\($0.location?.line ?? 0)" } == ["REF004@5", "REF001@6"])
  }

  @Test func unusedSuppressionBecomesANote() {
    let suppression = Suppression(
      codes: [.unknownObligation], file: "a.md", line: 5,
      location: SourceLocation(file: "a.md", line: 4, column: 1, utf8Column: 1))
    let kept = Suppression.apply([suppression], to: [])
    #expect(kept.map(\.code) == [.unusedSuppression])
    #expect(kept.first?.severity == .note)
  }

  @Test func diagnosticsSortByPlaceThenCode() {
    let sorted = [
      Self.diagnostic(.unknownElement, line: 3), Self.diagnostic(.unknownObligation, line: 3),
      Self.diagnostic(.invalidValue, line: 1),
      Diagnostic(.noMarkdownFiles, "x", at: nil),
    ].sorted()
    #expect(sorted.map(\.code) == [.invalidValue, .unknownObligation, .unknownElement, .noMarkdownFiles])
  }
}

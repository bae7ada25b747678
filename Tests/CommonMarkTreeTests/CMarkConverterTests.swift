import CommonMarkTree
import Diagnostics
import Foundation
import TestSupport
import Testing

@Suite struct CMarkConverterTests {
  static let fixtures = ["good_headings_and_lists", "good_multibyte_text", "bad_inverted_html_block_range"]

  @Test(arguments: fixtures)
  func treeDumpMatchesGolden(_ name: String) {
    let text = Repository.read("Tests/CommonMarkTreeTests/Fixtures/\(name).md")
    assertSnapshot(CMarkConverter.parse(text).dump(), named: "\(name).tree")
  }

  @Test func headingRangeCountsUTF8Bytes() throws {
    let document = CMarkConverter.parse("# Art. 5 — Obrigação\n")
    let text = try #require(document.nodes.first { if case .text = $0.kind { true } else { false } })
    // 18 characters, 22 bytes (— and ç and ã take more than one byte): columns 3 to 24.
    #expect(text.range == SourcePosition(line: 1, utf8Column: 3)..<SourcePosition(line: 1, utf8Column: 25))
  }

  @Test func codeSpanWidensToItsBackticks() throws {
    let document = CMarkConverter.parse("See `OBL-5.1` and ``a `b`` here\n")
    let spans = document.nodes.filter { if case .code = $0.kind { true } else { false } }
    #expect(
      spans.map(\.range) == [
        SourcePosition(line: 1, utf8Column: 5)..<SourcePosition(line: 1, utf8Column: 14),
        SourcePosition(line: 1, utf8Column: 19)..<SourcePosition(line: 1, utf8Column: 27),
      ])
  }

  @Test func htmlBlockEndsWhereItsLiteralEnds() throws {
    let document = CMarkConverter.parse("> <!-- @q -->\n> more\n\n<!-- a\nb -->\n")
    let blocks = document.nodes.filter { if case .htmlBlock = $0.kind { true } else { false } }
    #expect(
      blocks.map(\.range) == [
        SourcePosition(line: 1, utf8Column: 3)..<SourcePosition(line: 1, utf8Column: 14),
        SourcePosition(line: 4, utf8Column: 1)..<SourcePosition(line: 5, utf8Column: 6),
      ])
  }

  @Test func softBreaksHaveNoPosition() throws {
    let document = CMarkConverter.parse("one\ntwo\n")
    let soft = try #require(document.nodes.first { $0.kind == .softBreak })
    #expect(soft.range == nil)
  }

  @Test func lineOffsetShiftsEveryLine() throws {
    let document = CMarkConverter.parse("# Title\n\ntext\n", lineOffset: 5)
    #expect(document.nodes.compactMap(\.range?.lowerBound.line) == [6, 6, 6, 8, 8])
  }

  @Test func subtreeEndsNestCorrectly() {
    let document = CMarkConverter.parse("- a\n- b *c*\n")
    for (index, node) in document.nodes.enumerated() {
      #expect(node.subtreeEnd > index && node.subtreeEnd <= document.nodes.count)
      for child in document.children(of: index) { #expect(document.nodes[child].depth == node.depth + 1) }
    }
    #expect(document.children(of: 0).count == 1)
    #expect(document.plainText(of: 0) == "ab c")
  }

  @Test func deepNestingBuildsWithoutRecursion() {
    let depth = 20_000
    let document = CMarkConverter.parse(String(repeating: ">", count: depth) + " deep\n")
    #expect(document.nodes.count == depth + 3)
    #expect(document.nodes.last?.depth == depth + 2)
  }

  @Test func emptyInputGivesADocumentNode() {
    #expect(CMarkConverter.parse("").nodes.map(\.kind) == [.document])
  }
}

import CommonMarkTree
import Diagnostics
import TestSupport
import Testing

/// Parsing the body of a file in place (after its front matter) gives the tree that parsing the
/// body as a separate text gives, with the same positions.
@Suite struct BodyParsingTests {
  static let bodies = [
    "# Title\n\nSee `OBL-5.1` and ``a `b`` here\n",
    "> <!-- @q -->\n> more\n\n<!-- a\nb -->\n",
    "Setext\n======\n\n- <!-- @element act --> The act.\n- ``x``\n\n```\ncode\n```\n",
    "Art. 5 — Obrigação `é`\n\n<div>\nno end",
    "",
    "`tick` at the start",
  ]

  @Test(arguments: bodies)
  func inPlaceBodyMatchesSeparateBody(_ body: String) {
    for header in ["", "---\nkind: legislation\n---\n", "---\na: b\n\n---\n"] {
      let source = SourceText(file: "a.md", text: header + body)
      let lines = header.utf8.filter { $0 == UInt8(ascii: "\n") }.count
      let inPlace = CMarkConverter.parse(source, bodyOffset: header.utf8.count, lineOffset: lines)
      #expect(inPlace == CMarkConverter.parse(body, lineOffset: lines), "header \(header.debugDescription)")
    }
  }

  @Test(arguments: ["good_headings_and_lists", "good_multibyte_text", "bad_inverted_html_block_range"])
  func fixtureParsedInPlaceMatchesGolden(_ name: String) {
    let text = Repository.read("Tests/CommonMarkTreeTests/Fixtures/\(name).md")
    let source = SourceText(file: "\(name).md", text: text)
    #expect(CMarkConverter.parse(source, bodyOffset: 0, lineOffset: 0) == CMarkConverter.parse(text))
  }
}

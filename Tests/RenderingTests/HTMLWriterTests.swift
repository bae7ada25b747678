import Testing

@testable import Rendering

/// The writer behind every HTML page: escaping found eight bytes at a time, trees written
/// without recursion, and the same bytes as the tree it replaced for the gap report.
@Suite struct HTMLWriterTests {
  /// Every character near the controls, at every offset within an eight-byte word, between
  /// plain ASCII or plain non-ASCII text (which takes the other fast path).
  @Test(arguments: ["a", "é", " "])
  func escapesEveryCharacterAtEveryOffset(filler: String) {
    for scalar in HTMLEscapeTests.alphabet {
      for offset in 0..<17 {
        let text = String(repeating: filler, count: offset) + String(scalar) + String(repeating: filler, count: 17)
        #expect(
          HTML.escape(text) == HTMLEscapeTests.expected(text),
          "U+\(String(scalar.value, radix: 16)) after \(offset) × \(filler)")
      }
    }
  }

  @Test func agreesOnLongMixedText() {
    var generator = SplitMix64(seed: 2027)
    // Mostly plain letters, so that long runs take the fast path and the rest interrupts them.
    let common: [Unicode.Scalar] = Array(repeating: "a", count: 40) + Array(repeating: " ", count: 10) + ["é", "中"]
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<Int.random(in: 0...300, using: &generator) {
        let pool = Bool.random(using: &generator) ? common : HTMLEscapeTests.alphabet
        text.unicodeScalars.append(pool.randomElement(using: &generator) ?? "a")
      }
      #expect(HTML.escape(text) == HTMLEscapeTests.expected(text), "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test func writesWhatTheTreeWrites() {
    let hostile = ReportRendererTests.hostile
    let tree = HTML.page(
      attributes: [("lang", "en")], title: hostile, policy: "default-src 'none'", toolVersion: "1.0",
      styles: ["p{}"],
      body: [
        .el("p", [("class", hostile)], text: hostile),
        .el("ul", [], [.el("li", [], [.text("one "), .el("code", text: "two")])]),
        .el("script", [], [.raw("let a = 1 < 2;")]),
      ])
    var writer = HTMLWriter()
    writer.page(
      attributes: [("lang", "en")], title: hostile, policy: "default-src 'none'", toolVersion: "1.0",
      styles: ["p{}"]
    ) { html in
      html.element("p", [("class", hostile)], text: hostile)
      html.element("ul") { html in
        html.element("li") { html in
          html.text("one ")
          html.element("code", text: "two")
        }
      }
      html.element("script") { $0.raw("let a = 1 < 2;") }
    }
    #expect(writer.string == tree.render())
    #expect(writer.bytes == tree.renderBytes())
  }

  @Test func reportBytesAreTheReportText() {
    let assessment = ReportRendererTests.assessment
    for language in ReportLanguage.allCases {
      let bytes = AssessmentHTMLRenderer.renderBytes(assessment, language: language, toolVersion: "0.0.0-test").bytes
      #expect(
        bytes == Array(AssessmentHTMLRenderer.render(assessment, language: language, toolVersion: "0.0.0-test").utf8))
    }
  }

  /// A hundred thousand nested elements render without overflowing the stack.
  @Test func deepTreesRender() {
    let depth = 100_000
    var tree = HTML.text("x")
    for _ in 0..<depth { tree = .el("div", [], [tree]) }
    let bytes = tree.renderBytes()
    #expect(bytes.count == depth * ("<div>".count + "</div>".count) + 1)
    // Taken apart from the top, so that freeing it does not recurse either.
    while case .element(_, _, let children) = tree, let child = children.first { tree = child }
  }
}

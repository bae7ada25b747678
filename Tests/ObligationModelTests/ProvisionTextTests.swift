import ObligationModel
import Testing

@Suite struct ProvisionTextTests {
  @Test(arguments: [
    ("Plain text.", "Plain text."),
    ("<!-- @provision s.1 -->\nText.", "Text."),
    ("\n\n  \nText.  \nMore.\t\n\n", "Text.\nMore."),
    ("A.\n<!-- @note x -->\n\n\nB.", "A.\n\nB."),
    ("A <!-- inline --> b.", "A  b."),
    ("A.\n<!-- never closed\nB.", "A."),
    ("Ends with <!", "Ends with <!"),
    ("<!---->x", "x"),
    ("A.\n\n\n\nB.\n\nC.", "A.\n\nB.\n\nC."),
    ("", ""),
    ("<!-- @provision a.1 -->\n\n(1) Text.\n\n(2) More.", "(1) Text.\n\n(2) More."),
    ("<!-- x -->Text <!-- y --> z", "Text  z"),
    ("<!-- x --> \n\n\nText", "Text"),
    ("<!-- a -> b --> c", " c"),
  ])
  func dropsCommentsAndTheBlankLinesTheyLeave(markdown: String, expected: String) {
    #expect(ProvisionText.plain(markdown) == expected)
  }

  /// Text already plain is returned as it is, so random texts of the pieces that matter are
  /// compared with a plain reading of the rules, whichever way they go through.
  @Test func agreesWithTheRulesOnRandomText() {
    let pieces = ["a", "b.", " ", "\t", "\n", "\n\n", "<", "<!--", "-->", "!", "-"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      let text = (0..<Int.random(in: 0...12, using: &generator))
        .map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
      #expect(ProvisionText.plain(text) == Self.reference(text), "\(text.debugDescription)")
    }
  }

  private static func reference(_ markdown: String) -> String {
    var rest = Substring(markdown)
    var outside = ""
    while let open = rest.firstRange(of: "<!--") {
      outside += rest[..<open.lowerBound]
      let afterOpen = rest[open.upperBound...]
      guard let close = afterOpen.firstRange(of: "-->") else { return lines(of: outside) }
      rest = afterOpen[close.upperBound...]
    }
    return lines(of: outside + rest)
  }

  private static func lines(of text: String) -> String {
    var result: [String] = []
    var blank = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var trimmed = line
      while let last = trimmed.last, last == " " || last == "\t" { trimmed = trimmed.dropLast() }
      if trimmed.isEmpty {
        blank = !result.isEmpty
        continue
      }
      if blank { result.append("") }
      blank = false
      result.append(String(trimmed))
    }
    return result.joined(separator: "\n")
  }
}

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
  ])
  func dropsCommentsAndTheBlankLinesTheyLeave(markdown: String, expected: String) {
    #expect(ProvisionText.plain(markdown) == expected)
  }
}

import Diagnostics
import ObligationModel
import Testing

@testable import AnnotatedMarkdown

/// The byte-wise shortcuts taken for speed give what reading characters and scalars gives, also
/// where a byte and a character part ways: combining marks after a space, prepended marks before
/// one, CRLF pairs, and wide characters.
@Suite struct ByteShortcutTests {
  static let texts = [
    "", " ", "   ", "a", " a ", "\t x\n", " \u{301}a", "a \u{301}", "\u{600} x", "x \u{600} ", "\r\n a \r\n",
    "é", " é ", "TIP-5.1", " TIP-5.1[act, means] ,TIP-5.2.a", "a,,b", "[a,b],c", "x\ny", " \u{A0}x\u{A0} ",
    "刑法, 5", "a,\u{301}b", "\u{1F600}, x", "]a,[b,c", "\u{0085}x",
  ]

  @Test(arguments: texts)
  func trimmingASCIIMatchesTrimmingCharacters(_ text: String) {
    #expect(text.trimmingSpaces == String(Substring(text).trimmingSpaces).replacingNewlines)
  }

  @Test(arguments: texts)
  func listItemsSplitByBytesMatchSplitByScalars(_ text: String) {
    let bytes = ArgumentReader.items(text).map { "\($0.item)|\($0.scalars)|\($0.bytes)" }
    let scalars = ArgumentReader.scalarItems(text).map { "\($0.item)|\($0.scalars)|\($0.bytes)" }
    #expect(bytes == scalars)
  }

  @Test func byteSearchFindsWhatAnElementSearchFinds() {
    var generator = SystemRandomNumberGenerator()
    // Dense and sparse matches, in lines long enough to cross the 64-byte rounds.
    for (length, highest) in (0..<70).map({ ($0, UInt8(12)) }) + (60..<200).map({ ($0, UInt8(255)) }) {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...highest, using: &generator) }
      for from in 0...length {
        let expected = bytes[from...].firstIndex(of: 10)
        let found = bytes.withUnsafeBufferPointer { SourceText.offset(of: 10, in: $0, from: from) }
        #expect(found == expected, "\(bytes) from \(from)")
      }
    }
  }

  @Test func oneLineASCIITestedByWordsMatchesATestByBytes() {
    var generator = SystemRandomNumberGenerator()
    // Bytes around the line feed and the ASCII limit, in runs that cross eight-byte words.
    let bytes: [UInt8] = [0x00, 0x09, 0x0A, 0x0B, 0x20, 0x61, 0x7F, 0x80, 0xC3, 0xFF]
    for length in 0..<40 {
      for _ in 0..<50 {
        let text = (0..<length).map { _ in Bool.random(using: &generator) ? UInt8(0x61) : bytes.randomElement()! }
        let expected = text.allSatisfy { $0 < 0x80 && $0 != 0x0A }
        #expect(text.withUnsafeBufferPointer { ASCII.isOneLine($0) } == expected, "\(text)")
      }
    }
  }

  @Test func columnsCountScalarsOnLongLines() {
    let line = "Art. 5 — Obrigação, المادة ١، 刑法 \u{1F600} e\u{301} and more plain text after it"
    let source = SourceText(file: "a.md", text: "x\n" + line + "\n")
    var utf8Column = 1
    for (scalars, scalar) in line.unicodeScalars.enumerated() {
      let location = source.location(of: SourcePosition(line: 2, utf8Column: utf8Column))
      #expect((location.column, location.utf8Column) == (scalars + 1, utf8Column))
      utf8Column += UTF8.width(scalar)
    }
  }

  @Test func blankLinesAreTheOnesOfWhiteSpaceCharacters() {
    // A space with a combining mark is one white-space character; a prepended mark with a space is not.
    let source = SourceText(file: "a.md", text: "# H\n \u{301}\none\n\u{600} \n \t\n")
    #expect(source.lines(2, through: 6) == "one\n\u{600} ")
  }

  @Test func setextHeadingWhoseTextStartsWithAMarkedHashEndsAtItsUnderline() throws {
    let text = """
      ---
      kind: legislation
      ---

      #\u{301} Section
      ---------
      <!-- @provision s.1 citation="s. 1" -->

      Body.

      """
    let provision = try #require(DocumentParser.parse(text, path: "a.md").document.nationalProvisions.first)
    #expect(provision.title == "#\u{301} Section")
    #expect(provision.text == "<!-- @provision s.1 citation=\"s. 1\" -->\n\nBody.")
  }

  @Test func frontMatterEndsAtItsClosingFence() {
    for (text, yaml, bodyLine) in [
      ("---\na: b\n---\nbody\n", "a: b\n", 3), ("--- \t\na: b\n...\t\n", "a: b\n", 3), ("---\na: b\n---", "a: b\n", 3),
      ("---\n---\n", "", 2),
    ] {
      let source = SourceText(file: "a.md", text: text)
      let frontMatter = FrontMatter.split(source)
      #expect(frontMatter.yaml == yaml)
      #expect(frontMatter.bodyLineOffset == bodyLine)
      #expect(frontMatter.bodyOffset == source.startOffset(ofLine: bodyLine + 1))
    }
    #expect(FrontMatter.split(SourceText(file: "a.md", text: "---\na: b\n")).isUnclosed)
    #expect(FrontMatter.split(SourceText(file: "a.md", text: "a\n---\n")).yaml == nil)
  }

  @Test func normalizedBytesDropAByteOrderMarkAndCarriageReturns() {
    for text in ["\u{FEFF}a\r\nb\rc\n", "\u{FEFF}\u{301}a", "plain\n", "\r\r\n"] {
      #expect(SourceNormalizer.normalizedBytes(text) == Array(SourceNormalizer.normalize(text).utf8))
    }
  }

  /// Keys that only a tag tells apart: `"1"` (a string) and `1` (an integer) are two keys;
  /// `!!int 1` and `1` are one. Plain keys alone are compared by their text.
  @Test func duplicateKeysAreFoundAsYamsDefaultResolverFindsThem() {
    let source = SourceText(file: "a.md", text: "")
    func isDuplicate(_ yaml: String) -> Bool {
      if case .failure(let diagnostic) = YAMLSource(source: source).compose(
        yaml, invalidCode: .invalidFrontMatter, what: "x")
      {
        return diagnostic.message.contains("duplicate")
      }
      return false
    }
    #expect(!isDuplicate("\"1\": a\n1: b\n"))
    #expect(isDuplicate("!!int 1: a\n1: b\n"))
    #expect(isDuplicate("title: a\ntitle: b\n"))
    #expect(!isDuplicate("true: a\nTrue: b\n"))
    // A quote or `>` right after a letter is text, and leaves the keys plain.
    #expect(isDuplicate("it's: a\nit's: b\n"))
    #expect(isDuplicate("a: carrier's duty\nb: x>y\na: c\n"))
    #expect(!isDuplicate("a: carrier's\n\"1\": a\n1: b\n"))
  }

  @Test(arguments: texts + ["\u{2028}a\u{3000}b\u{85}", "a\u{A0}\u{301} b", "\u{1680}\u{202F}x\u{205F}"])
  func collapsingWhitespaceOnBytesMatchesCollapsingScalars(_ text: String) {
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        pendingSpace = !scalars.isEmpty
        continue
      }
      if pendingSpace { scalars.append(" ") }
      pendingSpace = false
      scalars.append(scalar)
    }
    #expect(text.collapsingWhitespace == String(scalars))
  }

  /// Provision text cut in runs is what reading it byte by byte gives (the reading below, as it was).
  @Test func provisionTextMatchesAByteByByteReading() {
    var generator = SystemRandomNumberGenerator()
    let pieces = ["<", "!", "-", ">", "<!--", "-->", "\n", " ", "\t", "a", "é", "@"]
    for _ in 0..<3000 {
      let count = Int.random(in: 0..<30, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
      #expect(ProvisionText.plain(text) == Self.plainByteByByte(text), "\(text.debugDescription)")
    }
  }

  static func plainByteByByte(_ markdown: String) -> String {
    let bytes = Array(markdown.utf8)
    var kept: [UInt8] = []
    var index = 0
    var plainFrom = 0
    while index + 3 < bytes.count {
      guard bytes[index..<(index + 4)].elementsEqual("<!--".utf8) else {
        index += 1
        continue
      }
      kept += bytes[plainFrom..<index]
      var end = index + 4
      while end + 2 < bytes.count, !bytes[end..<(end + 3)].elementsEqual("-->".utf8) { end += 1 }
      index = min(end + 3, bytes.count)
      plainFrom = index
    }
    kept += bytes[plainFrom...]
    var output: [UInt8] = []
    var blankPending = false
    for line in kept.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      let trimmed = line.reversed().drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.reversed()
      guard !trimmed.isEmpty else {
        blankPending = !output.isEmpty
        continue
      }
      if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
      if blankPending { output.append(UInt8(ascii: "\n")) }
      blankPending = false
      output += trimmed
    }
    return String(decoding: output, as: UTF8.self)
  }
}

import Foundation
import Testing

@testable import Rendering

/// `HTML.escape` works on bytes for speed; it must agree, scalar for scalar, with the rule it
/// implements, stated here with Unicode's own properties.
@Suite struct HTMLEscapeTests {
  static func expected(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case _ where scalar.properties.isBidiControl:
        result += "[U+\(String(scalar.value, radix: 16, uppercase: true))]"
      case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Every scalar that shares a lead byte with a bidirectional control, and the ASCII range.
  static let alphabet: [Unicode.Scalar] =
    (0x00...0x7F).compactMap(Unicode.Scalar.init) + (0x600...0x63F).compactMap(Unicode.Scalar.init)
    + (0x2000...0x2FFF).compactMap(Unicode.Scalar.init) + ["é", "中", "😀"]

  @Test func agreesWithTheUnicodeRuleOnEveryScalarNearTheControls() {
    for scalar in Self.alphabet {
      let text = "a\(scalar)b"
      #expect(HTML.escape(text) == Self.expected(text), "U+\(String(scalar.value, radix: 16))")
    }
  }

  @Test func agreesOnMixedText() {
    var generator = SplitMix64(seed: 2026)
    for _ in 0..<500 {
      var text = ""
      for _ in 0..<Int.random(in: 0...40, using: &generator) {
        text.unicodeScalars.append(Self.alphabet.randomElement(using: &generator)!)
      }
      #expect(HTML.escape(text) == Self.expected(text), "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test func marksEveryBidirectionalControl() {
    let controls = "\u{61C}\u{200E}\u{200F}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}"
    #expect(
      HTML.escape(controls)
        == "[U+61C][U+200E][U+200F][U+202A][U+202B][U+202C][U+202D][U+202E][U+2066][U+2067][U+2068][U+2069]")
  }
}

/// A seeded generator, so a failure names an input that fails again.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite struct CSVFieldTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"no\"", "\"say \"\"no\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("crlf\r\nline", "\"crlf\r\nline\""),
    ("=SUM(A1)", "'=SUM(A1)"),
    ("-1,5", "\"'-1,5\""),
    ("@home", "'@home"),
    ("é, ü", "\"é, ü\""),
  ])
  func quotesWhatASpreadsheetWouldMisread(field: String, expected: String) {
    #expect(CSVField.quote(field) == expected)
  }
}

@Suite struct ReportScriptTests {
  /// The report's policy names its one script by hash; the hash must be the script's.
  @Test func policyHashIsTheScripts() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("palermo-script-\(UUID().uuidString).js")
    try Data(ReportAssets.script.description.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [file.path]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let hex = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64)
    process.waitUntilExit()
    var digest = Data()
    var index = hex.startIndex
    while index < hex.endIndex {
      let next = hex.index(index, offsetBy: 2)
      digest.append(try #require(UInt8(hex[index..<next], radix: 16)))
      index = next
    }
    #expect(ReportAssets.scriptSource == "'sha256-\(digest.base64EncodedString())'")
  }
}

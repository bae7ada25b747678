import Foundation
import Testing

@testable import Rendering

/// `JSONWriter` promises `JSONEncoder`'s bytes; these compare the two on the values the report
/// holds: strings of every kind, integers, Booleans, arrays and string-keyed dictionaries.
@Suite struct JSONWriterTests {
  static func encoded<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  static func written<T: JSONWritable>(_ value: T) -> String {
    var json = JSONWriter()
    value.write(to: &json)
    return String(decoding: json.bytes, as: UTF8.self)
  }

  /// Every byte that JSON escapes, the slash it need not, and multi-byte text around them.
  static let alphabet: [Unicode.Scalar] =
    (0x00...0x7F).compactMap(Unicode.Scalar.init) + ["é", "中", "😀", "\u{202E}", "\u{7F}", "\u{85}", "\u{2028}"]

  @Test func escapesEveryScalarAsJSONEncoderDoes() throws {
    for scalar in Self.alphabet {
      let text = "a\(scalar)b"
      #expect(try Self.written(text) == Self.encoded(text), "U+\(String(scalar.value, radix: 16))")
    }
  }

  /// Long runs cross the eight-byte steps of the fast scan at every offset.
  @Test func agreesOnRandomTextOfEveryLength() throws {
    var generator = SplitMix64(seed: 20001115)
    for length in 0..<300 {
      var text = ""
      for _ in 0..<length {
        let plain = Int.random(in: 0..<8, using: &generator) > 0
        text.unicodeScalars.append(
          plain ? "x" : Self.alphabet.randomElement(using: &generator) ?? "x")
      }
      #expect(try Self.written(text) == Self.encoded(text), "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test func nestsAndSortsAsJSONEncoderDoes() throws {
    let value: [String: [String: [Int]]] = [
      "b": ["z": [1, -2, Int.max], "Z": [], "é": [0], "e": [Int.min]],
      "a": [:],
      "B": ["": [3]],
    ]
    #expect(try Self.written(value) == Self.encoded(value))
    #expect(try Self.written([[String]]()) == Self.encoded([[String]]()))
    #expect(try Self.written([true, false]) == Self.encoded([true, false]))
  }

  @Test func leavesOutAbsentOptionalMembers() {
    var json = JSONWriter()
    json.object {
      $0.member("absent", String?.none)
      $0.member("present", String?.some("x"))
    }
    #expect(String(decoding: json.bytes, as: UTF8.self) == "{\n  \"present\" : \"x\"\n}")
  }
}

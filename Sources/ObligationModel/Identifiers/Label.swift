/// A lower-case kebab label, the building block of provision and element ids.
public enum Label {
  /// `label = (lower | digit) *( lower | digit | "-" )`; with `letterFirst`, the first must be a letter.
  public static func isValid(_ text: Substring, letterFirst: Bool) -> Bool {
    let lower = UInt8(ascii: "a")...UInt8(ascii: "z")
    let digit = UInt8(ascii: "0")...UInt8(ascii: "9")
    guard let first = text.utf8.first else { return false }
    guard lower.contains(first) || (!letterFirst && digit.contains(first)) else { return false }
    return text.utf8.allSatisfy { lower.contains($0) || digit.contains($0) || $0 == UInt8(ascii: "-") }
  }
}

/// A lower-case kebab label, the building block of provision and element ids.
public enum Label {
  /// `label = (lower | digit) *( lower | digit | "-" )`; with `letterFirst`, the first must be a letter.
  public static func isValid(_ text: Substring, letterFirst: Bool) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    guard ("a"..."z").contains(first) || (!letterFirst && ("0"..."9").contains(first)) else { return false }
    return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }
}

/// A lower-case kebab label, the building block of provision and element ids.
public enum Label {
  /// `label = (lower | digit) *( lower | digit | "-" )`; with `letterFirst`, the first must be a letter.
  public static func isValid(_ text: Substring, letterFirst: Bool) -> Bool {
    isValid(bytes: text.utf8, letterFirst: letterFirst)
  }

  /// ``isValid(_:letterFirst:)`` of UTF-8 bytes, for parsers that read them.
  public static func isValid(_ bytes: ArraySlice<UInt8>, letterFirst: Bool) -> Bool {
    isValid(bytes: bytes, letterFirst: letterFirst)
  }

  private static func isValid(bytes: some Collection<UInt8>, letterFirst: Bool) -> Bool {
    guard let first = bytes.first, canStart(with: first, letterFirst: letterFirst) else { return false }
    return bytes.allSatisfy(isLabelByte)
  }

  /// Whether a label may start with `byte`: a lower-case letter, or a digit unless `letterFirst`.
  static func canStart(with byte: UInt8, letterFirst: Bool) -> Bool {
    isLower(byte) || (!letterFirst && isDigit(byte))
  }

  /// Whether `byte` may appear in a label: a lower-case letter, a digit or `-`.
  static func isLabelByte(_ byte: UInt8) -> Bool {
    isLower(byte) || isDigit(byte) || byte == UInt8(ascii: "-")
  }

  static func isLower(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
  static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
}

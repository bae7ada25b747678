/// The id of a model or national provision: `tip.offence`, `pc.212.3`.
///
/// ```
/// provision-id = label *( "." label )
/// label        = (lower | digit) *( lower | digit | "-" )
/// ```
public struct ProvisionID: GrammaticalIdentifier, Hashable, Comparable, Sendable {
  public let rawValue: String

  public static func parse(_ text: String) -> Result<ProvisionID, IdentifierError> {
    guard text.utf8.count <= ObligationID.maximumLength else { return .failure(.tooLong(text)) }
    var bytes = text
    guard bytes.withUTF8(isLabelPath) else {
      return .failure(
        .malformed(text, "use lower-case letters, digits and '-', with '.' between parts, e.g. 'tip.offence'"))
    }
    return .success(ProvisionID(validated: text))
  }

  /// Whether the bytes are labels joined by dots, read in one pass. Every byte of a valid id is
  /// ASCII, and a dot that a combining mark joins makes the id invalid either way, so the bytes
  /// decide exactly as splitting the characters at dots would.
  private static func isLabelPath(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var atLabelStart = true
    for byte in bytes {
      if byte == UInt8(ascii: ".") {
        guard !atLabelStart else { return false }
        atLabelStart = true
      } else if atLabelStart {
        guard Label.canStart(with: byte, letterFirst: false) else { return false }
        atLabelStart = false
      } else if !Label.isLabelByte(byte) {
        return false
      }
    }
    return !atLabelStart
  }

  private init(validated: String) { rawValue = validated }

  /// The first label, which names the model-law module (`tip` in `tip.offence`).
  public var module: String { String(rawValue.prefix { $0 != "." }) }

  public var description: String { rawValue }
  public static func < (lhs: ProvisionID, rhs: ProvisionID) -> Bool { lhs.rawValue < rhs.rawValue }
}

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
    let labels = text.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.allSatisfy({ Label.isValid($0, letterFirst: false) }) else {
      return .failure(
        .malformed(text, "use lower-case letters, digits and '-', with '.' between parts, e.g. 'tip.offence'"))
    }
    return .success(ProvisionID(validated: text))
  }

  private init(validated: String) { rawValue = validated }

  /// The first label, which names the model-law module (`tip` in `tip.offence`).
  public var module: String { String(rawValue.prefix { $0 != "." }) }

  public var description: String { rawValue }
  public static func < (lhs: ProvisionID, rhs: ProvisionID) -> Bool { lhs.rawValue < rhs.rawValue }
}

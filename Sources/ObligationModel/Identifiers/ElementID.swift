/// The id of an element or alternative of an obligation: `act`, `benefit-purpose`, `ii`.
///
/// `element-id = lower *( lower | digit | "-" )`
public struct ElementID: GrammaticalIdentifier, Hashable, Comparable, Sendable {
  public let rawValue: String

  public static func parse(_ text: String) -> Result<ElementID, IdentifierError> {
    guard text.utf8.count <= ObligationID.maximumLength else { return .failure(.tooLong(text)) }
    guard Label.isValid(Substring(text), letterFirst: true) else {
      return .failure(.malformed(text, "use a lower-case letter, then letters, digits and '-', e.g. 'means'"))
    }
    return .success(ElementID(validated: text))
  }

  private init(validated: String) { rawValue = validated }

  public var description: String { rawValue }
  public static func < (lhs: ElementID, rhs: ElementID) -> Bool { lhs.rawValue < rhs.rawValue }
}

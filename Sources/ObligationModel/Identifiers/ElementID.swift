/// The id of an element or alternative of an obligation: `act`, `benefit-purpose`, `ii`.
///
/// `element-id = lower *( lower | digit | "-" )`
public struct ElementID: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  public let rawValue: String

  /// The id `text` names, or `nil` when it does not follow the grammar.
  public init?(_ text: String) {
    guard case .success(let id) = Self.parse(text) else { return nil }
    self = id
  }

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

  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard case .success(let id) = ElementID.parse(text) else {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad element id"))
    }
    self = id
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}

/// Why a text is not a valid identifier.
public enum IdentifierError: Error, Hashable, Sendable {
  case malformed(String, String)
  case tooLong(String)

  public var message: String {
    switch self {
    case .malformed(let text, let reason): "'\(text)' is not a valid id: \(reason)"
    case .tooLong(let text):
      "id '\(text.prefix(24))…' is \(text.utf8.count) characters long; ids are at most \(ObligationID.maximumLength)"
    }
  }
}

/// An identifier with a grammar: made only by parsing, read and written as its text.
public protocol GrammaticalIdentifier: Codable, CustomStringConvertible {
  /// The id `text` names, or why it is not one.
  static func parse(_ text: String) -> Result<Self, IdentifierError>
}

extension GrammaticalIdentifier {
  /// The id `text` names, or `nil` when it does not follow the grammar.
  public init?(_ text: String) {
    guard case .success(let id) = Self.parse(text) else { return nil }
    self = id
  }

  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    switch Self.parse(text) {
    case .success(let id): self = id
    case .failure(let error):
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

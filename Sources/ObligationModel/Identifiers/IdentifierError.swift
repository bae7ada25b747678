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

/// A stable identifier of a kind of finding, such as `REF001`.
///
/// Codes are never reused; a retired code stays in ``DiagnosticRegistry`` as a tombstone.
public struct DiagnosticCode: RawRepresentable, Hashable, Sendable, Codable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  public var description: String { rawValue }

  /// The registry entry, or `nil` for a code the registry does not know.
  public var entry: DiagnosticDescription? { DiagnosticRegistry.entry(for: self) }

  public var defaultSeverity: Severity { entry?.severity ?? .error }

  public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

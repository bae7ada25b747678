/// One finding: a stable code, a severity, a message, and where it is.
public struct Diagnostic: Hashable, Sendable, Error {
  public var code: DiagnosticCode
  public var severity: Severity
  public var message: String
  /// `nil` only for findings about a whole corpus rather than a place in a file.
  public var location: SourceLocation?
  public var notes: [Note]

  public init(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation?,
    severity: Severity? = nil, notes: [Note] = []
  ) {
    self.code = code
    self.severity = severity ?? code.defaultSeverity
    self.message = message
    self.location = location
    self.notes = notes
  }

  /// A secondary place that explains the finding, e.g. "first defined here".
  public struct Note: Hashable, Sendable {
    public var message: String
    public var location: SourceLocation?

    public init(_ message: String, at location: SourceLocation?) {
      self.message = message
      self.location = location
    }
  }
}

extension Diagnostic: Comparable {
  /// Orders by place, then code, so output is stable however findings were collected.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    switch (lhs.location, rhs.location) {
    case let (l?, r?) where l != r: return l < r
    case (nil, _?): return false
    case (_?, nil): return true
    default:
      let left = (
        lhs.code.rawValue, lhs.message, lhs.severity.rawValue, lhs.notes.map(\.message).joined(separator: "\n")
      )
      let right = (
        rhs.code.rawValue, rhs.message, rhs.severity.rawValue, rhs.notes.map(\.message).joined(separator: "\n")
      )
      return left < right
    }
  }
}

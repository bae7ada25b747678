/// A `lint-disable-next-line` comment: silences some codes on one line of one file.
public struct Suppression: Hashable, Sendable {
  public var codes: Set<DiagnosticCode>
  public var file: String
  public var line: Int
  /// Where the comment is, for the unused-suppression note.
  public var location: SourceLocation

  public init(codes: Set<DiagnosticCode>, file: String, line: Int, location: SourceLocation) {
    self.codes = codes
    self.file = file
    self.line = line
    self.location = location
  }

  /// Removes the findings the suppressions silence, and adds a note for each suppression
  /// that silenced nothing.
  public static func apply(_ suppressions: [Suppression], to diagnostics: [Diagnostic]) -> [Diagnostic] {
    guard !suppressions.isEmpty else { return diagnostics }
    var used = Set<Int>()
    var kept: [Diagnostic] = []
    for diagnostic in diagnostics {
      let match = suppressions.indices.first { i in
        guard let location = diagnostic.location else { return false }
        return suppressions[i].file == location.file && suppressions[i].line == location.line
          && suppressions[i].codes.contains(diagnostic.code)
      }
      if let match { used.insert(match) } else { kept.append(diagnostic) }
    }
    for (i, suppression) in suppressions.enumerated() where !used.contains(i) {
      let codes = suppression.codes.sorted().map(\.rawValue).joined(separator: " ")
      kept.append(
        Diagnostic(
          .unusedSuppression,
          "'lint-disable-next-line \(codes)' silences nothing on line \(suppression.line); remove it",
          at: suppression.location))
    }
    return kept
  }
}

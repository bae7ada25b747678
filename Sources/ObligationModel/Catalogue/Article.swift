import Diagnostics

/// An article of an instrument as the catalogue lists it.
public struct Article: Hashable, Sendable {
  public var id: ObligationID
  /// The heading's text, e.g. "Article 5. Criminalization".
  public var title: String
  /// `false` for articles that bind no State (final clauses, the Conference).
  public var hasObligations: Bool
  public var note: String
  public var location: SourceLocation?

  public init(
    id: ObligationID, title: String, hasObligations: Bool = true, note: String = "", location: SourceLocation? = nil
  ) {
    self.id = id
    self.title = title
    self.hasObligations = hasObligations
    self.note = note
    self.location = location
  }
}

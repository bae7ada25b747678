import Diagnostics

/// A claim that a provision implements an obligation, whole or in part: `TIP-5.1[act,means]`.
public struct ObligationRef: Hashable, Sendable {
  public var obligation: ObligationID
  /// `nil` claims the whole obligation; otherwise only the elements named.
  public var elements: [ElementID]?
  public var location: SourceLocation?

  public init(obligation: ObligationID, elements: [ElementID]? = nil, location: SourceLocation? = nil) {
    self.obligation = obligation
    self.elements = elements
    self.location = location
  }

  public var description: String {
    obligation.description + (elements.map { "[" + $0.map(\.rawValue).joined(separator: ",") + "]" } ?? "")
  }
}

/// How strongly the treaty binds: "shall" is mandatory, "shall consider" is consider, "may" is optional.
public enum ObligationClass: String, CaseIterable, Hashable, Comparable, Sendable, Codable {
  case mandatory, consider, optional

  private var rank: Int {
    switch self {
    case .mandatory: 0
    case .consider: 1
    case .optional: 2
    }
  }

  public static func < (lhs: ObligationClass, rhs: ObligationClass) -> Bool { lhs.rank < rhs.rank }
}

/// Whether a model provision must be adopted to comply, or is offered as good practice.
public enum Adoption: String, CaseIterable, Hashable, Sendable, Codable {
  case required, optional
}

/// The kinds of annotated document.
public enum DocumentKind: String, CaseIterable, Hashable, Sendable, Codable {
  case catalogue
  case modelLaw = "model-law"
  case commentary
  case legislation
}

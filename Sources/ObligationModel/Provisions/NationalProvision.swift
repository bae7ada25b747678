import Diagnostics

/// A provision of a State's legislation, tagged with what it implements.
public struct NationalProvision: Hashable, Sendable {
  public var id: ProvisionID
  /// How the provision is cited, e.g. "Penal Code s. 212(3)".
  public var citation: String
  public var title: String
  public var text: String
  public var implements: [ObligationRef]
  /// Prohibitions this provision contradicts.
  public var conflicts: [ObligationRef]
  /// The provision's own status; `nil` means the Act's.
  public var inForce: InForce?
  public var parameters: [Parameter: Quantity]
  public var notes: [String]
  public var location: SourceLocation?

  public init(
    id: ProvisionID, citation: String, title: String, text: String, implements: [ObligationRef] = [],
    conflicts: [ObligationRef] = [], inForce: InForce? = nil, parameters: [Parameter: Quantity] = [:],
    notes: [String] = [], location: SourceLocation? = nil
  ) {
    self.id = id
    self.citation = citation
    self.title = title
    self.text = text
    self.implements = implements
    self.conflicts = conflicts
    self.inForce = inForce
    self.parameters = parameters
    self.notes = notes
    self.location = location
  }
}

/// Whether law is in force, and since when, or still a draft.
public enum InForce: Hashable, Sendable, Codable, CustomStringConvertible {
  /// In force since an ISO date, `YYYY-MM-DD`.
  case since(String)
  case draft

  /// Parses `YYYY-MM-DD` (a real calendar date) or `draft`.
  public static func parse(_ text: String) -> InForce? {
    if text == "draft" { return .draft }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), day >= 1
    else { return nil }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1] ? .since(text) : nil
  }

  public var description: String {
    switch self {
    case .since(let date): date
    case .draft: "draft"
    }
  }
}

import Diagnostics

/// One catalogue entry: a paragraph or subparagraph of an instrument that obliges or permits States.
public struct Obligation: Hashable, Sendable {
  public var id: ObligationID
  /// The heading's text, e.g. "Art. 5(1): trafficking in persons offence".
  public var title: String
  /// The project's own one- or two-sentence statement of the obligation.
  public var summary: String
  public var obligationClass: ObligationClass
  public var qualifiers: [Qualifier]
  public var theme: Theme
  /// The obligation forbids something; a national provision can conflict with it.
  public var isProhibition: Bool
  public var dependsOn: [ObligationRef]
  public var elements: [Element]
  public var alternatives: [Alternative]
  public var thresholds: [Threshold]
  public var location: SourceLocation?

  public init(
    id: ObligationID, title: String, summary: String, obligationClass: ObligationClass,
    qualifiers: [Qualifier] = [], theme: Theme, isProhibition: Bool = false, dependsOn: [ObligationRef] = [],
    elements: [Element] = [], alternatives: [Alternative] = [], thresholds: [Threshold] = [],
    location: SourceLocation? = nil
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.obligationClass = obligationClass
    self.qualifiers = qualifiers
    self.theme = theme
    self.isProhibition = isProhibition
    self.dependsOn = dependsOn
    self.elements = elements
    self.alternatives = alternatives
    self.thresholds = thresholds
    self.location = location
  }

  public func element(_ id: ElementID) -> Element? { elements.first { $0.id == id } }
}

/// A part of an obligation that a national provision can cover on its own.
public struct Element: Hashable, Sendable {
  public var id: ElementID
  public var description: String
  /// The alternatives this element belongs to; empty means always required.
  public var alternatives: [ElementID]
  public var location: SourceLocation?

  public init(id: ElementID, description: String, alternatives: [ElementID] = [], location: SourceLocation? = nil) {
    self.id = id
    self.description = description
    self.alternatives = alternatives
    self.location = location
  }
}

/// One way of meeting an obligation that can be met in several ways.
public struct Alternative: Hashable, Sendable {
  public var id: ElementID
  public var description: String
  public var location: SourceLocation?

  public init(id: ElementID, description: String, location: SourceLocation? = nil) {
    self.id = id
    self.description = description
    self.location = location
  }
}

/// A number the law must reach, such as a maximum penalty of at least four years.
public struct Threshold: Hashable, Sendable {
  public var parameter: Parameter
  public var minimum: Quantity?
  public var maximum: Quantity?
  public var description: String
  public var location: SourceLocation?

  public init(
    parameter: Parameter, minimum: Quantity? = nil, maximum: Quantity? = nil, description: String = "",
    location: SourceLocation? = nil
  ) {
    self.parameter = parameter
    self.minimum = minimum
    self.maximum = maximum
    self.description = description
    self.location = location
  }

  public func isMet(by value: Quantity) -> Bool {
    (minimum.map { value >= $0 } ?? true) && (maximum.map { value <= $0 } ?? true)
  }
}

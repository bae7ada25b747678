import Diagnostics

/// One catalogue entry: a paragraph or subparagraph of an instrument that obliges or permits States.
public struct Obligation: Hashable, Sendable {
  /// The obligation's parts, held in one shared box: a State's analysis copies each catalogue
  /// obligation into its verdicts and reports several times, and on two cores every retain of a
  /// shared string or array fights over its cache line. A box is one retain instead of a dozen.
  private var box: Box

  public var id: ObligationID {
    get { box.parts.id }
    set { unique().parts.id = newValue }
  }
  /// The heading's text, e.g. "Art. 5(1): trafficking in persons offence".
  public var title: String {
    get { box.parts.title }
    set { unique().parts.title = newValue }
  }
  /// The project's own one- or two-sentence statement of the obligation.
  public var summary: String {
    get { box.parts.summary }
    set { unique().parts.summary = newValue }
  }
  public var obligationClass: ObligationClass {
    get { box.parts.obligationClass }
    set { unique().parts.obligationClass = newValue }
  }
  public var qualifiers: [Qualifier] {
    get { box.parts.qualifiers }
    set { unique().parts.qualifiers = newValue }
  }
  public var theme: Theme {
    get { box.parts.theme }
    set { unique().parts.theme = newValue }
  }
  /// The obligation forbids something; a national provision can conflict with it.
  public var isProhibition: Bool {
    get { box.parts.isProhibition }
    set { unique().parts.isProhibition = newValue }
  }
  public var dependsOn: [ObligationRef] {
    get { box.parts.dependsOn }
    set { unique().parts.dependsOn = newValue }
  }
  public var elements: [Element] {
    get { box.parts.elements }
    set { unique().parts.elements = newValue }
  }
  public var alternatives: [Alternative] {
    get { box.parts.alternatives }
    set { unique().parts.alternatives = newValue }
  }
  public var thresholds: [Threshold] {
    get { box.parts.thresholds }
    set { unique().parts.thresholds = newValue }
  }
  public var location: SourceLocation? {
    get { box.parts.location }
    set { unique().parts.location = newValue }
  }

  public init(
    id: ObligationID, title: String, summary: String, obligationClass: ObligationClass,
    qualifiers: [Qualifier] = [], theme: Theme, isProhibition: Bool = false, dependsOn: [ObligationRef] = [],
    elements: [Element] = [], alternatives: [Alternative] = [], thresholds: [Threshold] = [],
    location: SourceLocation? = nil
  ) {
    box = Box(
      Parts(
        id: id, title: title, summary: summary, obligationClass: obligationClass, qualifiers: qualifiers,
        theme: theme, isProhibition: isProhibition, dependsOn: dependsOn, elements: elements,
        alternatives: alternatives, thresholds: thresholds, location: location))
  }

  public func element(_ id: ElementID) -> Element? { elements.first { $0.id == id } }

  public static func == (lhs: Obligation, rhs: Obligation) -> Bool {
    lhs.box === rhs.box || lhs.box.parts == rhs.box.parts
  }

  public func hash(into hasher: inout Hasher) { box.parts.hash(into: &hasher) }

  /// The box, copied first when another obligation shares it.
  private mutating func unique() -> Box {
    if !isKnownUniquelyReferenced(&box) { box = Box(box.parts) }
    return box
  }

  private struct Parts: Hashable {
    var id: ObligationID
    var title: String
    var summary: String
    var obligationClass: ObligationClass
    var qualifiers: [Qualifier]
    var theme: Theme
    var isProhibition: Bool
    var dependsOn: [ObligationRef]
    var elements: [Element]
    var alternatives: [Alternative]
    var thresholds: [Threshold]
    var location: SourceLocation?
  }

  /// Changed only through `unique()`, so a box another obligation can see is never written.
  private final class Box: @unchecked Sendable {
    var parts: Parts
    init(_ parts: Parts) { self.parts = parts }
  }
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

import Diagnostics

/// One catalogue entry: a paragraph or subparagraph of an instrument that obliges or permits States.
///
/// The fields live in one immutable box shared by every copy: each verdict of every State holds
/// its obligation, on every core at once, and copying one reference instead of a dozen keeps the
/// cores from queueing on the same reference counts. Changing a field makes a box of its own.
public struct Obligation: Hashable, Sendable {
  private struct Fields: Hashable, Sendable {
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

  private final class Box: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  private var box: Box

  private var fields: Fields {
    get { box.fields }
    set { box = Box(newValue) }
  }

  public var id: ObligationID {
    get { box.fields.id }
    set { fields.id = newValue }
  }
  /// The heading's text, e.g. "Art. 5(1): trafficking in persons offence".
  public var title: String {
    get { box.fields.title }
    set { fields.title = newValue }
  }
  /// The project's own one- or two-sentence statement of the obligation.
  public var summary: String {
    get { box.fields.summary }
    set { fields.summary = newValue }
  }
  public var obligationClass: ObligationClass {
    get { box.fields.obligationClass }
    set { fields.obligationClass = newValue }
  }
  public var qualifiers: [Qualifier] {
    get { box.fields.qualifiers }
    set { fields.qualifiers = newValue }
  }
  public var theme: Theme {
    get { box.fields.theme }
    set { fields.theme = newValue }
  }
  /// The obligation forbids something; a national provision can conflict with it.
  public var isProhibition: Bool {
    get { box.fields.isProhibition }
    set { fields.isProhibition = newValue }
  }
  public var dependsOn: [ObligationRef] {
    get { box.fields.dependsOn }
    set { fields.dependsOn = newValue }
  }
  public var elements: [Element] {
    get { box.fields.elements }
    set { fields.elements = newValue }
  }
  public var alternatives: [Alternative] {
    get { box.fields.alternatives }
    set { fields.alternatives = newValue }
  }
  public var thresholds: [Threshold] {
    get { box.fields.thresholds }
    set { fields.thresholds = newValue }
  }
  public var location: SourceLocation? {
    get { box.fields.location }
    set { fields.location = newValue }
  }

  public init(
    id: ObligationID, title: String, summary: String, obligationClass: ObligationClass,
    qualifiers: [Qualifier] = [], theme: Theme, isProhibition: Bool = false, dependsOn: [ObligationRef] = [],
    elements: [Element] = [], alternatives: [Alternative] = [], thresholds: [Threshold] = [],
    location: SourceLocation? = nil
  ) {
    box = Box(
      Fields(
        id: id, title: title, summary: summary, obligationClass: obligationClass, qualifiers: qualifiers, theme: theme,
        isProhibition: isProhibition, dependsOn: dependsOn, elements: elements, alternatives: alternatives,
        thresholds: thresholds, location: location))
  }

  public static func == (lhs: Obligation, rhs: Obligation) -> Bool { lhs.box === rhs.box || lhs.fields == rhs.fields }

  public func hash(into hasher: inout Hasher) { hasher.combine(fields) }

  public func element(_ id: ElementID) -> Element? { elements.first { $0.id == id } }
}

extension Obligation: CustomReflectable {
  /// Field by field, as a struct of them would show, rather than as a box.
  public var customMirror: Mirror { Mirror(self, children: Mirror(reflecting: box.fields).children) }
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

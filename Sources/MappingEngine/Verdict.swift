import Diagnostics
import ObligationModel

/// The verdict on one obligation, with the evidence and remedies behind it.
public struct Verdict: Sendable {
  public var obligation: Obligation
  /// The final status, the analyst's override included.
  public var status: CoverageStatus
  /// The status the rules gave before any override.
  public var computedStatus: CoverageStatus
  /// Why an obligation is not applicable or not assessed.
  public var reason: String?
  /// In-force provisions that implement the obligation.
  public var evidence: [Evidence] = []
  /// Draft provisions that would implement it once in force.
  public var pending: [Evidence] = []
  /// Draft provisions that would contradict it (a prohibition) once in force.
  public var pendingConflicts: [Evidence] = []
  /// In-force provisions that contradict a prohibition.
  public var conflicts: [Evidence] = []
  public var coveredElements: [ElementID] = []
  public var missingElements: [ElementID] = []
  /// The alternative that the covered elements complete, if any.
  public var satisfiedAlternative: ElementID?
  public var thresholds: [ThresholdFinding] = []
  public var override: Override?
  /// Declarations that qualify the obligation without excluding it.
  public var declarations: [Reservation] = []
  /// Model provisions that implement the obligation.
  public var remedies: [Remedy] = []
  /// Technical assistance the State asked for on this obligation's article.
  public var assistanceNeeds: [AssistanceNeed] = []

  public init(obligation: Obligation, status: CoverageStatus) {
    self.obligation = obligation
    self.status = status
    self.computedStatus = status
  }
}

/// A national provision cited as evidence.
public struct Evidence: Hashable, Sendable {
  public var provision: ProvisionID
  public var citation: String
  public var title: String
  /// The provision's text without its annotations.
  public var text: String
  public var act: String
  public var inForce: InForce?
  /// The elements the provision claims; `nil` claims the whole obligation.
  public var elements: [ElementID]?
  public var parameters: [Parameter: Quantity]
  public var notes: [String]
  public var location: SourceLocation?

  public init(
    provision: ProvisionID, citation: String, title: String, text: String, act: String, inForce: InForce?,
    elements: [ElementID]?, parameters: [Parameter: Quantity] = [:], notes: [String] = [],
    location: SourceLocation? = nil
  ) {
    self.provision = provision
    self.citation = citation
    self.title = title
    self.text = text
    self.act = act
    self.inForce = inForce
    self.elements = elements
    self.parameters = parameters
    self.notes = notes
    self.location = location
  }
}

/// Whether the law reaches a number the treaty sets, e.g. a maximum penalty of at least four years.
public struct ThresholdFinding: Hashable, Sendable {
  public var threshold: Threshold
  /// The obligation that declares the threshold (itself, or one it depends on).
  public var source: ObligationID
  /// The value a provision states, with its citation; `nil` when no provision states one.
  public var value: Quantity?
  public var citation: String?

  public init(threshold: Threshold, source: ObligationID, value: Quantity?, citation: String?) {
    self.threshold = threshold
    self.source = source
    self.value = value
    self.citation = citation
  }

  /// `nil` when nothing was stated to check.
  public var isMet: Bool? { value.map(threshold.isMet(by:)) }
}

/// A model provision that would close a gap.
public struct Remedy: Hashable, Sendable {
  public var provision: ProvisionID
  public var title: String
  public var adoption: Adoption
  public var path: String?

  public init(provision: ProvisionID, title: String, adoption: Adoption, path: String?) {
    self.provision = provision
    self.title = title
    self.adoption = adoption
    self.path = path
  }
}

/// An open vocabulary of kebab-case words: known values are `static let`s, unknown ones
/// still round-trip so they can be reported rather than dropped.
public protocol Vocabulary: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible
where RawValue == String {
  init(rawValue: String)
  static var known: [Self] { get }
}

extension Vocabulary {
  public var isKnown: Bool { Self.known.contains(self) }
  public var description: String { rawValue }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What an obligation is about; reports summarize coverage per theme.
public struct Theme: Vocabulary {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let definitions = Theme(rawValue: "definitions")
  public static let criminalization = Theme(rawValue: "criminalization")
  public static let liabilityAndSanctions = Theme(rawValue: "liability-and-sanctions")
  public static let confiscation = Theme(rawValue: "confiscation")
  public static let jurisdiction = Theme(rawValue: "jurisdiction")
  public static let internationalCooperation = Theme(rawValue: "international-cooperation")
  public static let lawEnforcement = Theme(rawValue: "law-enforcement")
  public static let victimsAndWitnesses = Theme(rawValue: "victims-and-witnesses")
  public static let prevention = Theme(rawValue: "prevention")
  public static let firearmsControl = Theme(rawValue: "firearms-control")
  public static let borderAndDocuments = Theme(rawValue: "border-and-documents")

  public static let known: [Theme] = [
    .definitions, .criminalization, .liabilityAndSanctions, .confiscation, .jurisdiction,
    .internationalCooperation, .lawEnforcement, .victimsAndWitnesses, .prevention, .firearmsControl,
    .borderAndDocuments,
  ]
}

/// A safeguard clause that qualifies an obligation without changing its class.
public struct Qualifier: Vocabulary {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let basicConcepts = Qualifier(rawValue: "basic-concepts")
  public static let fundamentalPrinciples = Qualifier(rawValue: "fundamental-principles")
  public static let constitutionalPrinciples = Qualifier(rawValue: "constitutional-principles")
  public static let legalPrinciples = Qualifier(rawValue: "legal-principles")
  public static let domesticLaw = Qualifier(rawValue: "domestic-law")
  public static let appropriateCases = Qualifier(rawValue: "appropriate-cases")
  public static let extentPossible = Qualifier(rawValue: "extent-possible")
  public static let withinMeans = Qualifier(rawValue: "within-means")

  public static let known: [Qualifier] = [
    .basicConcepts, .fundamentalPrinciples, .constitutionalPrinciples, .legalPrinciples, .domesticLaw,
    .appropriateCases, .extentPossible, .withinMeans,
  ]
}

/// The legal family a model-law option is drafted for.
public struct LegalFamily: Vocabulary {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let commonLaw = LegalFamily(rawValue: "common-law")
  public static let civilLaw = LegalFamily(rawValue: "civil-law")
  public static let mixed = LegalFamily(rawValue: "mixed")
  public static let any = LegalFamily(rawValue: "any")

  public static let known: [LegalFamily] = [.commonLaw, .civilLaw, .mixed, .any]
}

/// A model-law module.
public struct ModelLawModule: Vocabulary {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let convention = ModelLawModule(rawValue: "convention")
  public static let trafficking = ModelLawModule(rawValue: "trafficking")
  public static let smuggling = ModelLawModule(rawValue: "smuggling")
  public static let firearms = ModelLawModule(rawValue: "firearms")
  public static let witnessProtection = ModelLawModule(rawValue: "witness-protection")

  public static let known: [ModelLawModule] = [.convention, .trafficking, .smuggling, .firearms, .witnessProtection]
}

/// A quantity a national provision states and a threshold tests, such as the maximum penalty.
public struct Parameter: Vocabulary {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let maxPenalty = Parameter(rawValue: "max-penalty")
  public static let recordRetention = Parameter(rawValue: "record-retention")

  public static let known: [Parameter] = [.maxPenalty, .recordRetention]
}

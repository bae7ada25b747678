import Diagnostics

/// What a State's `state.yaml` says: who the State is, which instruments bind it and how, and
/// what the analyst decided.
public struct StateProfile: Hashable, Sendable {
  public var name: String
  /// ISO 3166 alpha-3.
  public var code: String
  public var legalFamily: LegalFamily
  public var instruments: [Instrument: InstrumentStatus]
  public var reservations: [Reservation]
  public var assistanceNeeds: [AssistanceNeed]
  public var overrides: [Override]
  /// Obligations, articles or instruments nobody has reviewed yet.
  public var notAssessed: [NotAssessed]
  /// Values for the model law's placeholders, for the State's draft bill.
  public var placeholders: [String: String] = [:]
  public var location: SourceLocation?

  public init(
    name: String, code: String, legalFamily: LegalFamily, instruments: [Instrument: InstrumentStatus] = [:],
    reservations: [Reservation] = [], assistanceNeeds: [AssistanceNeed] = [], overrides: [Override] = [],
    notAssessed: [NotAssessed] = [], location: SourceLocation? = nil
  ) {
    self.name = name
    self.code = code
    self.legalFamily = legalFamily
    self.instruments = instruments
    self.reservations = reservations
    self.assistanceNeeds = assistanceNeeds
    self.overrides = overrides
    self.notAssessed = notAssessed
    self.location = location
  }
}

/// A State's relation to one instrument.
public struct InstrumentStatus: Hashable, Sendable {
  public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
    case party, signatory, none
  }

  public var kind: Kind
  /// Ratification, accession or signature date, `YYYY-MM-DD`.
  public var date: String?

  public init(_ kind: Kind, date: String? = nil) {
    self.kind = kind
    self.date = date
  }

  /// Parties and signatories are assessed; DOMAIN.md counts a signed instrument as applying.
  public var applies: Bool { kind != .none }
}

/// A reservation or declaration the State made on a provision.
public struct Reservation: Hashable, Sendable {
  public enum Kind: String, CaseIterable, Hashable, Sendable, Codable {
    case reservation, declaration
  }

  /// What the statement does to the obligations it names.
  public enum Effect: String, CaseIterable, Hashable, Sendable, Codable {
    /// The obligations do not bind the State: they are reported as not applicable.
    case excludes
    /// The obligations still bind; the statement is shown beside the verdict.
    case qualifies
  }

  public var kind: Kind
  /// An obligation or article id; an article id covers every obligation of the article.
  public var provision: ObligationID
  public var effect: Effect
  public var text: String
  public var location: SourceLocation?

  public init(kind: Kind, provision: ObligationID, effect: Effect, text: String, location: SourceLocation? = nil) {
    self.kind = kind
    self.provision = provision
    self.effect = effect
    self.text = text
    self.location = location
  }

  public func covers(_ obligation: ObligationID) -> Bool { provision.encloses(obligation) }
}

/// Technical assistance the State declared it needs for an article.
public struct AssistanceNeed: Hashable, Sendable {
  public var article: ObligationID
  public var need: String
  public var location: SourceLocation?

  public init(article: ObligationID, need: String, location: SourceLocation? = nil) {
    self.article = article
    self.need = need
    self.location = location
  }
}

/// The analyst's own verdict on an obligation, which always carries a written reason.
public struct Override: Hashable, Sendable {
  public var obligation: ObligationID
  public var status: CoverageStatus
  public var reason: String
  public var location: SourceLocation?

  public init(obligation: ObligationID, status: CoverageStatus, reason: String, location: SourceLocation? = nil) {
    self.obligation = obligation
    self.status = status
    self.reason = reason
    self.location = location
  }
}

/// A part of the catalogue not reviewed yet: an instrument, an article or one obligation.
public struct NotAssessed: Hashable, Sendable {
  public var scope: Scope
  public var reason: String
  public var location: SourceLocation?

  public enum Scope: Hashable, Sendable {
    case instrument(Instrument)
    case obligation(ObligationID)
  }

  public init(scope: Scope, reason: String, location: SourceLocation? = nil) {
    self.scope = scope
    self.reason = reason
    self.location = location
  }

  public func covers(_ obligation: ObligationID) -> Bool {
    switch scope {
    case .instrument(let instrument): obligation.instrument == instrument
    case .obligation(let id): id.encloses(obligation)
    }
  }
}

/// The verdict on one obligation.
public enum CoverageStatus: String, CaseIterable, Hashable, Sendable, Codable {
  case implemented, partial, missing, conflicting
  case notApplicable = "not-applicable"
  case notAssessed = "not-assessed"

  /// The status a legal adviser must act on first.
  public var isGap: Bool { self == .missing || self == .partial || self == .conflicting }
}

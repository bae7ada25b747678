import ObligationModel

/// The gap analysis of one State: a verdict for every obligation of the catalogue, in treaty order.
public struct Assessment: Sendable {
  public let profile: StateProfile
  public let verdicts: [Verdict]
  /// The Acts read, in the order given.
  public let acts: [Act]
  /// Mandatory obligations that are conflicting, missing or partial: conflicts first, then gaps,
  /// each in treaty order. This is what the report leads with, so it is worked out once.
  public let priorityFindings: [Verdict]

  public init(profile: StateProfile, verdicts: [Verdict], acts: [Act]) {
    self.profile = profile
    self.verdicts = verdicts
    self.acts = acts
    // Picked by index, so each verdict is copied once, and only when it is a priority.
    let mandatory = verdicts.indices.filter { verdicts[$0].obligation.obligationClass == .mandatory }
    let conflicts = mandatory.filter { verdicts[$0].status == .conflicting }
    let gaps = mandatory.filter { verdicts[$0].status == .missing || verdicts[$0].status == .partial }
    priorityFindings = (conflicts + gaps).map { verdicts[$0] }
  }

  /// How much provision text the verdicts quote, and in how many items: most of any report's
  /// size, so a renderer can reserve room for the whole report at once.
  public var quotedEvidence: (items: Int, bytes: Int) {
    var quoted = (items: 0, bytes: 0)
    for index in verdicts.indices {
      let verdict = verdicts[index]
      for list in [verdict.evidence, verdict.conflicts, verdict.pendingConflicts, verdict.pending] {
        for item in list { quoted = (quoted.items + 1, quoted.bytes + item.text.utf8.count) }
      }
    }
    return quoted
  }

  /// Counts of verdicts by status for every group a key function returns.
  @inlinable
  public func tally<Key: Hashable>(by key: (Verdict) -> Key) -> [Key: [CoverageStatus: Int]] {
    var result: [Key: [CoverageStatus: Int]] = [:]
    // By index, so each verdict is read in place rather than copied with all its arrays.
    for index in verdicts.indices {
      result[key(verdicts[index]), default: [:]][verdicts[index].status, default: 0] += 1
    }
    return result
  }
}

/// One Act of the State's legislation, as evidence is cited from it.
public struct Act: Hashable, Sendable {
  public var title: String
  public var citation: String
  public var inForce: InForce?
  public var path: String
  public var provisionCount: Int

  public init(title: String, citation: String, inForce: InForce?, path: String, provisionCount: Int) {
    self.title = title
    self.citation = citation
    self.inForce = inForce
    self.path = path
    self.provisionCount = provisionCount
  }
}

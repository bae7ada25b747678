import MappingEngine
import ObligationModel
import PropertyBased
import Testing

/// Properties of the engine over random claims on the small catalogue of `GapAnalysisTests`.
@Suite struct GapAnalysisPropertyTests {
  static let elements = ["act", "means", "purpose"]

  /// A provision claiming a random subset of TIP-5.1's elements.
  static let claim = Gen.element(of: elements).array(of: 0...3).map { picks in
    Array(Set(picks.compactMap { $0 })).sorted()
  }

  static func provisions(_ claims: [[String]]) -> [NationalProvision] {
    claims.enumerated().map { index, elements in
      GapAnalysisTests.provision("p\(index)", implements: [GapAnalysisTests.ref("TIP-5.1", elements)])
    }
  }

  static func rank(_ status: CoverageStatus) -> Int {
    switch status {
    case .missing: 0
    case .partial: 1
    case .implemented: 2
    default: -1
    }
  }

  @Test func verdictsDoNotDependOnTheOrderOfProvisions() async {
    await propertyCheck(count: 200, input: Self.claim.array(of: 1...5)) { claims in
      let forward = GapAnalysisTests.analyze(Self.provisions(claims)).verdicts.map(\.status)
      let backward = GapAnalysisTests.analyze(Self.provisions(claims).reversed()).verdicts.map(\.status)
      #expect(forward == backward)
    }
  }

  @Test func addingEvidenceNeverMakesAVerdictWorse() async {
    await propertyCheck(count: 200, input: Self.claim.array(of: 0...4), Self.claim) { claims, extra in
      let before = GapAnalysisTests.analyze(Self.provisions(claims)).verdicts
      let after = GapAnalysisTests.analyze(Self.provisions(claims + [extra])).verdicts
      for (old, new) in zip(before, after) {
        #expect(
          Self.rank(new.status) >= Self.rank(old.status), "\(old.obligation.id): \(old.status) became \(new.status)")
      }
    }
  }
}

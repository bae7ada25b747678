import MappingEngine
import ObligationModel

/// The verdicts counted by status: in all, and by instrument, class and theme, in one pass.
///
/// `Assessment.tally(by:)` keeps its counts in dictionaries keyed by vocabulary whose hash is a
/// string's, and the reports asked it for seven tallies; these are counted where they lie.
struct CoverageTally {
  var total = StatusCounts()
  var byInstrument = GroupCounts<Instrument>()
  var byClass = GroupCounts<ObligationClass>()
  var byTheme = GroupCounts<Theme>()

  init(_ verdicts: [Verdict]) {
    // Field by field, so no verdict or obligation is copied whole.
    for index in verdicts.indices {
      let status = verdicts[index].status
      total.add(status)
      byInstrument.add(status, to: verdicts[index].obligation.id.instrument)
      byClass.add(status, to: verdicts[index].obligation.obligationClass)
      byTheme.add(status, to: verdicts[index].obligation.theme)
    }
  }
}

/// How many verdicts have each status.
struct StatusCounts {
  /// By `CoverageStatus.position`.
  private var counts = InlineArray<6, Int>(repeating: 0)

  subscript(status: CoverageStatus) -> Int { counts[status.position] }

  var total: Int {
    var sum = 0
    for index in counts.indices { sum += counts[index] }
    return sum
  }

  mutating func add(_ status: CoverageStatus) { counts[status.position] += 1 }
}

/// Counts by status for each group that has a verdict.
struct GroupCounts<Key: Equatable> {
  /// The groups in the order they first appear, and beside them their counts.
  private var keys: [Key] = []
  private var counts: [StatusCounts] = []
  /// Where the last verdict's group was: the catalogue lists obligations in runs of one
  /// instrument, theme and class, so the group is often found at the first look.
  private var last = 0

  var groups: [(key: Key, counts: StatusCounts)] { zip(keys, counts).map { ($0, $1) } }

  /// The counts of the group `key`, if any verdict is in it.
  subscript(key: Key) -> StatusCounts? { keys.firstIndex(of: key).map { counts[$0] } }

  mutating func add(_ status: CoverageStatus, to key: Key) {
    if !(keys.indices.contains(last) && keys[last] == key) {
      if let index = keys.firstIndex(of: key) {
        last = index
      } else {
        keys.append(key)
        counts.append(StatusCounts())
        last = keys.count - 1
      }
    }
    counts[last].add(status)
  }
}

extension CoverageStatus {
  /// Where the status lies in `allCases`.
  var position: Int {
    switch self {
    case .implemented: 0
    case .partial: 1
    case .missing: 2
    case .conflicting: 3
    case .notApplicable: 4
    case .notAssessed: 5
    }
  }
}

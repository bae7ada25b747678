import ObligationModel

/// Many States against the catalogue: only the verdicts and the declared assistance needs are
/// kept, so a matrix of every Member State stays small.
public struct Matrix: Sendable {
  public struct Row: Sendable {
    public var name: String
    public var code: String
    /// Statuses in the catalogue's obligation order.
    public var statuses: [CoverageStatus]
    public var assistanceNeeds: [AssistanceNeed]
  }

  public let obligations: [Obligation]
  public let articles: [Article]
  public private(set) var rows: [Row] = []

  public init(catalogue: Catalogue) {
    obligations = catalogue.obligations
    articles = catalogue.articles
  }

  /// A State's row: made from its assessment (against the same catalogue) on whichever core
  /// analysed it, so the assessment itself need not be kept.
  public func row(for assessment: Assessment) -> Row {
    let byID = Dictionary(
      assessment.verdicts.map { ($0.obligation.id, $0.status) }, uniquingKeysWith: { first, _ in first })
    return Row(
      name: assessment.profile.name, code: assessment.profile.code,
      statuses: obligations.map { byID[$0.id] ?? .notAssessed }, assistanceNeeds: assessment.profile.assistanceNeeds)
  }

  public mutating func add(_ row: Row) { rows.append(row) }

  /// Rows in a stable order, whatever order the States were analysed in.
  public var sortedRows: [Row] { rows.sorted { ($0.code, $0.name) < ($1.code, $1.name) } }

  /// The positions, in `obligations` and in every row's statuses, of the obligations a group selects.
  public func positions(where include: (Obligation) -> Bool) -> [Int] {
    obligations.indices.filter { include(obligations[$0]) }
  }

  /// Share of applicable obligations implemented (partial counts half), per State, over the
  /// obligations at `positions`; `nil` when none of them applies.
  public func score(_ row: Row, at positions: [Int]) -> Double? {
    var total = 0.0
    var count = 0
    for position in positions {
      switch row.statuses[position] {
      case .implemented: total += 1
      case .partial: total += 0.5
      case .missing, .conflicting: break
      case .notApplicable, .notAssessed: continue
      }
      count += 1
    }
    return count == 0 ? nil : total / Double(count)
  }

  /// The States that declared a need, per article, in article order.
  public var assistanceByArticle: [(article: ObligationID, needs: [(state: String, need: String)])] {
    var grouped: [ObligationID: [(String, String)]] = [:]
    for row in sortedRows {
      for need in row.assistanceNeeds { grouped[need.article.articleID, default: []].append((row.name, need.need)) }
    }
    return grouped.keys.sorted().map { ($0, grouped[$0] ?? []) }
  }
}

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

  /// Adds a State's assessment (made against the same catalogue).
  public mutating func add(_ assessment: Assessment) {
    let byID = Dictionary(
      assessment.verdicts.map { ($0.obligation.id, $0.status) }, uniquingKeysWith: { first, _ in first })
    rows.append(
      Row(
        name: assessment.profile.name, code: assessment.profile.code,
        statuses: obligations.map { byID[$0.id] ?? .notAssessed }, assistanceNeeds: assessment.profile.assistanceNeeds))
  }

  /// Rows in a stable order, whatever order the States were analysed in.
  public var sortedRows: [Row] { rows.sorted { ($0.code, $0.name) < ($1.code, $1.name) } }

  /// Share of applicable obligations implemented (partial counts half), per State, over the
  /// obligations a group key selects; `nil` when none of them applies.
  public func score(_ row: Row, where include: (Obligation) -> Bool) -> Double? {
    var total = 0.0
    var count = 0
    for (obligation, status) in zip(obligations, row.statuses) where include(obligation) {
      switch status {
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

/// Every obligation of the instruments loaded, in treaty order, with lookup by id.
public struct Catalogue: Sendable {
  public let articles: [Article]
  public let obligations: [Obligation]
  private let index: [ObligationID: Int]
  private let articleIndex: [ObligationID: Int]

  /// Builds a catalogue; the first of two entries with one id wins and the second is left out
  /// (lint reports it), so every obligation has exactly one verdict.
  public init(articles: [Article], obligations: [Obligation]) {
    var seenArticles = Set<ObligationID>()
    var seenObligations = Set<ObligationID>()
    self.articles = articles.filter { seenArticles.insert($0.id).inserted }.sorted { $0.id < $1.id }
    self.obligations = obligations.filter { seenObligations.insert($0.id).inserted }.sorted { $0.id < $1.id }
    self.index = Dictionary(self.obligations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.articleIndex = Dictionary(
      self.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  public static let empty = Catalogue(articles: [], obligations: [])

  public var isEmpty: Bool { obligations.isEmpty && articles.isEmpty }

  public subscript(id: ObligationID) -> Obligation? { index[id].map { obligations[$0] } }

  /// Where the obligation `id` is in `obligations`, so what is found for it can be kept by position.
  public func position(of id: ObligationID) -> Int? { index[id] }

  /// The thresholds of the obligation `id`, none if it is not in the catalogue; read in place,
  /// without copying the rest of the obligation.
  public func thresholds(of id: ObligationID) -> [Threshold] { index[id].map { obligations[$0].thresholds } ?? [] }

  /// The elements of the obligation `id`, `nil` if it is not in the catalogue; read in place, as
  /// lint checks every reference that names elements.
  public func elements(of id: ObligationID) -> [Element]? { index[id].map { obligations[$0].elements } }

  public func article(_ id: ObligationID) -> Article? { articleIndex[id.articleID].map { articles[$0] } }

  /// Whether `id` names an obligation or an article the catalogue lists.
  public func contains(_ id: ObligationID) -> Bool {
    index[id] != nil || (id.isArticle && articleIndex[id] != nil)
  }

  /// Whether `id` names something a State can make a statement about: an obligation, an article,
  /// a paragraph that groups obligations (`UNTOC-18.29`), or any paragraph of an article that
  /// binds no State (a reservation on `UNTOC-35.2`).
  public func recognizes(_ id: ObligationID) -> Bool {
    contains(id) || obligations.contains { id.encloses($0.id) } || article(id)?.hasObligations == false
  }

  /// Every id a reference may name, for "did you mean" suggestions.
  public var allIDs: [String] {
    obligations.map(\.id.description) + articles.map(\.id.description)
  }
}

/// Every obligation of the instruments loaded, in treaty order, with lookup by id.
public struct Catalogue: Sendable {
  public let articles: [Article]
  public let obligations: [Obligation]
  private let index: [ObligationID: Int]
  private let articleIndex: [ObligationID: Int]

  /// Builds a catalogue; the first of two entries with one id wins (lint reports the second).
  public init(articles: [Article], obligations: [Obligation]) {
    self.articles = articles.sorted { $0.id < $1.id }
    self.obligations = obligations.sorted { $0.id < $1.id }
    self.index = Dictionary(self.obligations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.articleIndex = Dictionary(
      self.articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  public static let empty = Catalogue(articles: [], obligations: [])

  public var isEmpty: Bool { obligations.isEmpty && articles.isEmpty }

  public subscript(id: ObligationID) -> Obligation? { index[id].map { obligations[$0] } }

  public func article(_ id: ObligationID) -> Article? { articleIndex[id.articleID].map { articles[$0] } }

  /// Whether `id` names an obligation or an article the catalogue lists.
  public func contains(_ id: ObligationID) -> Bool {
    index[id] != nil || (id.isArticle && articleIndex[id] != nil)
  }

  /// Every id a reference may name, for "did you mean" suggestions.
  public var allIDs: [String] {
    obligations.map(\.id.description) + articles.map(\.id.description)
  }
}

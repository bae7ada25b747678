/// A selection of catalogue obligations, as `palermo catalog list` filters them.
public struct CatalogueQuery: Sendable {
  public var instrument: Instrument?
  public var obligationClass: ObligationClass?
  public var theme: Theme?

  public init(instrument: Instrument? = nil, obligationClass: ObligationClass? = nil, theme: Theme? = nil) {
    self.instrument = instrument
    self.obligationClass = obligationClass
    self.theme = theme
  }

  public func matches(_ obligation: Obligation) -> Bool {
    (instrument.map { obligation.id.instrument == $0 } ?? true)
      && (obligationClass.map { obligation.obligationClass == $0 } ?? true)
      && (theme.map { obligation.theme == $0 } ?? true)
  }
}

extension Catalogue {
  /// The obligations a query selects, in treaty order.
  public func obligations(matching query: CatalogueQuery) -> [Obligation] {
    obligations.filter(query.matches)
  }

  /// The obligations of one article, in treaty order.
  public func obligations(inArticle article: ObligationID) -> [Obligation] {
    obligations.filter { $0.id.articleID == article.articleID }
  }
}

import AnnotatedMarkdown
import Diagnostics
import ObligationModel

/// A catalogue file lists every article of its instrument, only that instrument's ids, and a
/// summary for every obligation.
struct CatalogueCompletenessRule: LintRule {
  var codes: [DiagnosticCode] {
    [.missingSummary, .missingArticle, .wrongInstrument, .articleWithoutObligations, .alternativeWithoutElements]
  }

  func check(_ corpus: Corpus) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for parsed in corpus.linted where parsed.document.kind == .catalogue {
      let document = parsed.document
      guard let instrument = document.instrument else { continue }
      let articleCount = instrument.articleCount ?? Int.max
      let ids = document.articles.map { ($0.id, $0.location) } + document.obligations.map { ($0.id, $0.location) }
      for (id, location) in ids where id.instrument != instrument || id.article > articleCount {
        let why =
          id.instrument != instrument
          ? "belongs to \(id.instrument), but this file catalogues \(instrument)"
          : "names article \(id.article), but \(instrument) has \(articleCount) articles"
        diagnostics.append(Diagnostic(.wrongInstrument, "'\(id)' \(why)", at: location))
      }
      if let count = instrument.articleCount {
        let present = Set(document.articles.filter { $0.id.instrument == instrument }.map(\.id.article))
        let missing = (1...count).filter { !present.contains($0) }
        if !missing.isEmpty {
          diagnostics.append(
            Diagnostic(
              .missingArticle,
              "\(instrument) has \(count) articles; this file lacks article\(missing.count == 1 ? "" : "s") \(missing.map(String.init).joined(separator: ", ")) (add each, with obligations=none if it binds no State)",
              at: .startOf(document.path)))
        }
      }
      let withObligations = Set(document.obligations.map(\.id.articleID))
      for article in document.articles where article.hasObligations && !withObligations.contains(article.id) {
        diagnostics.append(
          Diagnostic(
            .articleWithoutObligations,
            "article '\(article.id)' lists no obligation; add them, or mark it obligations=none",
            at: article.location))
      }
      for obligation in document.obligations {
        let used = Set(obligation.elements.flatMap(\.alternatives))
        for alternative in obligation.alternatives where !used.contains(alternative.id) {
          diagnostics.append(
            Diagnostic(
              .alternativeWithoutElements,
              "alternative '\(alternative.id)' of '\(obligation.id)' has no elements; mark its elements with alternative=\(alternative.id)",
              at: alternative.location))
        }
      }
      for obligation in document.obligations where obligation.summary.isEmpty {
        diagnostics.append(
          Diagnostic(
            .missingSummary,
            "obligation '\(obligation.id)' has no summary; write one or two sentences, in our own words, right after its annotation",
            at: obligation.location))
      }
    }
    return diagnostics
  }
}

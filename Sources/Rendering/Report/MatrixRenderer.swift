import Foundation
import MappingEngine
import ObligationModel

/// The cross-State matrix: a heatmap by theme, by article and by obligation (each cell carries its
/// figure or symbol, so colour is never the only signal), the CSV, and the assistance needs.
public enum MatrixRenderer {
  public static func html(_ matrix: Matrix, toolVersion: String) -> String {
    let rows = matrix.sortedRows
    var body: [HTML] = [
      .el(
        "p",
        text:
          "\(rows.count) States. Cells give the share of applicable obligations implemented (partial counts half); – means none applies."
      ),
      .el(
        "p",
        text: "Symbols: "
          + CoverageStatus.allCases.map { "\($0.symbol) \($0.rawValue.replacing("-", with: " "))" }.joined(
            separator: ", ") + "."),
    ]
    body.append(.el("h2", [("id", "themes")], text: "By theme"))
    body.append(
      scoreTable(
        matrix, rows: rows,
        groups: Theme.known.map { theme in (theme.rawValue, { (o: Obligation) in o.theme == theme }) }))
    body.append(.el("h2", [("id", "articles")], text: "By article"))
    let articles = matrix.articles.filter(\.hasObligations)
    body.append(
      scoreTable(
        matrix, rows: rows,
        groups: articles.map { article in (article.id.description, { (o: Obligation) in o.id.articleID == article.id })
        }))
    body.append(.el("h2", [("id", "obligations")], text: "By obligation"))
    let header = HTML.el(
      "tr", [],
      [.el("th", [("scope", "col")], text: "Obligation")] + rows.map { .el("th", [("scope", "col")], text: $0.code) })
    let lines = matrix.obligations.enumerated().map { index, obligation in
      HTML.el(
        "tr", [],
        [.el("th", [("scope", "row")], text: obligation.id.description)]
          + rows.map { row in
            let status = row.statuses[index]
            return .el(
              "td", [("class", "cell \(status.rawValue)"), ("title", status.rawValue)], text: status.symbol)
          })
    }
    body.append(.el("table", [("class", "matrix")], [.el("thead", [], [header]), .el("tbody", [], lines)]))
    body.append(.el("h2", [("id", "assistance")], text: "Technical assistance needs, by article"))
    body.append(
      .el(
        "dl", [("class", "appendix")],
        matrix.assistanceByArticle.flatMap { entry -> [HTML] in
          [.el("dt", text: "\(entry.article.citation) (\(entry.needs.count) States)")]
            + entry.needs.map { .el("dd", text: "\($0.state): \($0.need)") }
        }))
    return DraftingRenderer.page(
      title: "Palermo: States against the Convention and its Protocols", subtitle: nil, body: body,
      toolVersion: toolVersion,
      extraStyle: matrixStyle)
  }

  static let matrixStyle: StaticString = """
    table.matrix,table.scores{font:13px/1.3 system-ui,sans-serif;border-collapse:collapse}\
    .matrix td,.scores td{text-align:center;min-width:2.5rem}\
    .cell.implemented{background:#d8f0df}.cell.partial{background:#fbecc6}.cell.missing{background:#f7d4d8}\
    .cell.conflicting{background:#e8d3f1}.scores td{font-variant-numeric:tabular-nums}
    """

  static func scoreTable(_ matrix: Matrix, rows: [Matrix.Row], groups: [(String, (Obligation) -> Bool)]) -> HTML {
    let header = HTML.el(
      "tr", [], [.el("th", [("scope", "col")], text: "")] + rows.map { .el("th", [("scope", "col")], text: $0.code) })
    let lines = groups.map { name, include in
      let positions = matrix.positions(where: include)
      return HTML.el(
        "tr", [],
        [.el("th", [("scope", "row")], text: name)]
          + rows.map { row in
            guard let score = matrix.score(row, at: positions) else { return .el("td", text: "–") }
            let percent = Int((score * 100).rounded())
            let band = percent >= 80 ? "implemented" : percent >= 40 ? "partial" : "missing"
            return .el("td", [("class", "cell \(band)")], text: "\(percent)%")
          })
    }
    return .el("table", [("class", "scores")], [.el("thead", [], [header]), .el("tbody", [], lines)])
  }

  /// One row per obligation, one column per State (its code), statuses as words.
  public static func csv(_ matrix: Matrix) -> String {
    let rows = matrix.sortedRows
    var lines = [["obligation", "class", "theme"] + rows.map(\.code)]
    for (index, obligation) in matrix.obligations.enumerated() {
      lines.append(
        [obligation.id.description, obligation.obligationClass.rawValue, obligation.theme.rawValue]
          + rows.map { $0.statuses[index].rawValue })
    }
    return CSVField.table(lines)
  }

  /// The assistance needs of all States, one row per State and need.
  public static func assistanceCSV(_ matrix: Matrix) -> String {
    var lines = [["article", "state", "need"]]
    for entry in matrix.assistanceByArticle {
      for need in entry.needs { lines.append([entry.article.description, need.state, need.need]) }
    }
    return CSVField.table(lines)
  }
}

import Foundation
import Progress

/// Progress since a baseline assessment, as HTML and JSON.
public enum ProgressRenderer {
  static let sections: [(ProgressComparison.Change, String)] = [
    (.regressed, "Regressed"), (.newlyImplemented, "Newly implemented"),
    (.improved, "Improved (missing to partial, or better)"),
    (.stillMissing, "Still missing or conflicting"),
  ]

  public static func html(_ comparison: ProgressComparison, toolVersion: String) -> String {
    var body: [HTML] = [
      .el(
        "p", [("class", "headline")],
        text: sections.map { "\($0.1): \(comparison.entries($0.0).count)" }.joined(separator: "; ")
          + "; evidence changed: \(comparison.entries.count { $0.evidenceChanged })")
    ]
    for (change, title) in sections {
      // Mandatory obligations first, each group in treaty order.
      let all = comparison.entries(change)
      let entries = all.filter { $0.obligationClass == "mandatory" } + all.filter { $0.obligationClass != "mandatory" }
      body.append(.el("h2", [("id", change.rawValue)], text: "\(title) (\(entries.count))"))
      body.append(table(entries))
    }
    let changed = comparison.entries.filter(\.evidenceChanged)
    body.append(
      .el("h2", [("id", "evidence-changed")], text: "Provisions cited as evidence changed (\(changed.count))"))
    body.append(table(changed))
    return DraftingRenderer.page(
      title: "Progress since the baseline: \(comparison.state)", subtitle: "Verdicts compared obligation by obligation",
      body: body, toolVersion: toolVersion)
  }

  static func table(_ entries: [ProgressComparison.Entry]) -> HTML {
    guard !entries.isEmpty else { return .el("p", text: "None.") }
    let header = HTML.el(
      "tr", [], ["Obligation", "Title", "Class", "Baseline", "Now"].map { .el("th", [("scope", "col")], text: $0) })
    let rows = entries.map { entry in
      HTML.el(
        "tr", [],
        [
          .el("th", [("scope", "row")], text: entry.obligation), .el("td", text: entry.title),
          .el("td", text: entry.obligationClass),
          .el("td", text: entry.baseline ?? "not in baseline"), .el("td", text: entry.current ?? ""),
        ])
    }
    return .el("table", [], [.el("thead", [], [header]), .el("tbody", [], rows)])
  }

  struct Output: Codable {
    var schemaVersion = 1
    var state: String
    var counts: [String: Int]
    var changes: [Change]
  }

  struct Change: Codable {
    var obligation: String
    var `class`: String
    var baseline: String?
    var current: String?
    var change: String
    var evidenceChanged: Bool
  }

  public static func json(_ comparison: ProgressComparison) -> String {
    var counts = Dictionary(
      uniqueKeysWithValues: ProgressComparison.Change.allCases.map { ($0.rawValue, comparison.entries($0).count) })
    counts["evidence-changed"] = comparison.entries.count { $0.evidenceChanged }
    let changes = comparison.entries.filter { $0.change != .unchanged || $0.evidenceChanged }.map {
      Change(
        obligation: $0.obligation, class: $0.obligationClass, baseline: $0.baseline, current: $0.current,
        change: $0.change.rawValue,
        evidenceChanged: $0.evidenceChanged)
    }
    return JSONDiagnosticRenderer.encode(Output(state: comparison.state, counts: counts, changes: changes))
  }
}

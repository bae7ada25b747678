import MappingEngine
import ObligationModel

/// The gap report as one self-contained HTML file: no network, readable offline, printable,
/// accessible, with filters that degrade to the full list without script.
public struct AssessmentHTMLRenderer {
  let assessment: Assessment
  let language: ReportLanguage
  let toolVersion: String

  public static func render(_ assessment: Assessment, language: ReportLanguage = .en, toolVersion: String) -> String {
    AssessmentHTMLRenderer(assessment: assessment, language: language, toolVersion: toolVersion).document().render()
  }

  /// The known themes in their documented order, then any unknown theme the catalogue uses, so
  /// no finding drops out of the tables and filters.
  var themes: [Theme] {
    let used = Set(assessment.verdicts.map(\.obligation.theme))
    return Theme.known + used.filter { !$0.isKnown }.sorted()
  }

  func t(_ key: ReportKey, _ values: [String: String] = [:]) -> String { language.text(key, values) }

  func document() -> HTML {
    let profile = assessment.profile
    let title = "\(t(.reportTitle)): \(profile.name)"
    return HTML.page(
      attributes: [("lang", language.rawValue), ("dir", language.direction)], title: title,
      policy:
        "default-src 'none'; style-src 'unsafe-inline'; script-src \(ReportAssets.scriptSource); img-src data:; base-uri 'none'; form-action 'none'",
      toolVersion: toolVersion, styles: [ReportAssets.style],
      body: [
        .el("a", [("class", "skip"), ("href", "#findings")], text: t(.skipToContent)),
        header(),
        .el(
          "main", [("id", "main")],
          [contents(), priority(), coverage(), instruments(), assistance(), findings(), acts()]),
        .el("footer", [], [.el("p", text: t(.generatedBy, ["version": toolVersion]))]),
        .el("script", [], [.raw(ReportAssets.script)]),
      ])
  }

  func header() -> HTML {
    let profile = assessment.profile
    return .el(
      "header", [],
      [
        .el("h1", text: "\(t(.reportTitle)): \(profile.name)"),
        .el("p", [("class", "subtitle")], text: t(.reportSubtitle, ["state": profile.name])),
        .el(
          "dl", [("class", "facts")],
          [
            .el("dt", text: t(.stateCode)), .el("dd", text: profile.code),
            .el("dt", text: t(.legalFamily)), .el("dd", text: language.family(profile.legalFamily)),
          ]),
        .el("p", [("class", "headline")], text: headline()),
      ])
  }

  /// For the priority table: the contradicting provisions of a conflict, otherwise the missing
  /// elements and the thresholds not reached.
  func whatIsMissing(_ verdict: Verdict) -> String {
    if verdict.status == .conflicting {
      return t(.contradictedBy, ["citations": verdict.conflicts.map(\.citation).joined(separator: "; ")])
    }
    let thresholds = verdict.thresholds.filter { $0.isMet == false }.map { t(.belowThreshold, values($0)) }
    return (verdict.missingElements.map(\.rawValue) + thresholds).joined(separator: "; ")
  }

  /// One sentence a minister can read: how much is implemented, how many mandatory gaps.
  func headline() -> String {
    let verdicts = assessment.verdicts
    let applicable = verdicts.filter { $0.status != .notApplicable && $0.status != .notAssessed }
    let priority = assessment.priorityFindings
    return t(
      .headline,
      [
        "implemented": String(applicable.count { $0.status == .implemented }), "applicable": String(applicable.count),
        "partial": String(applicable.count { $0.status == .partial }),
        "gaps": String(priority.count { $0.status != .conflicting }),
        "conflicts": String(priority.count { $0.status == .conflicting }),
      ])
  }

  func contents() -> HTML {
    let entries: [(String, ReportKey)] = [
      ("priority", .priorityFindings), ("coverage", .coverage), ("instruments", .instrumentsAndReservations),
      ("assistance", .assistanceNeeds), ("findings", .allFindings), ("acts", .actsReviewed),
    ]
    return .el(
      "nav", [("aria-labelledby", "contents-heading")],
      [
        .el("h2", [("id", "contents-heading")], text: t(.contents)),
        .el("ol", [], entries.map { .el("li", [], [.el("a", [("href", "#\($0.0)")], text: t($0.1))]) }),
      ])
  }

  func priority() -> HTML {
    let findings = assessment.priorityFindings
    var children: [HTML] = [.el("h2", [("id", "priority")], text: t(.priorityFindings))]
    guard !findings.isEmpty else { return .el("section", [], children + [.el("p", text: t(.noPriority))]) }
    children.append(.el("p", text: t(.priorityIntro)))
    let rows = findings.map { verdict in
      HTML.el(
        "tr", [],
        [
          .el(
            "th", [("scope", "row")],
            [.el("a", [("href", "#\(verdict.obligation.id)")], text: verdict.obligation.id.description)]),
          .el("td", text: verdict.obligation.title),
          .el("td", [], [badge(verdict.status)]),
          .el("td", text: whatIsMissing(verdict)),
          .el("td", text: verdict.remedies.map(\.provision.description).joined(separator: ", ")),
        ])
    }
    children.append(
      table(
        caption: t(.priorityFindings),
        headers: [t(.obligationHeader), "", t(.status), t(.whatIsMissing), t(.remedies)], rows: rows))
    return .el("section", [], children)
  }

  func coverage() -> HTML {
    let instruments = assessment.tally { $0.obligation.id.instrument }
    let themes = assessment.tally { $0.obligation.theme }
    let classes = assessment.tally { $0.obligation.obligationClass }
    return .el(
      "section", [],
      [
        .el("h2", [("id", "coverage")], text: t(.coverage)),
        tallyTable(
          t(.byInstrument), instruments.keys.sorted().map { (language.instrument($0), instruments[$0] ?? [:]) }),
        tallyTable(
          t(.byClass), ObligationClass.allCases.compactMap { c in classes[c].map { (language.obligationClass(c), $0) } }
        ),
        tallyTable(t(.byTheme), self.themes.compactMap { theme in themes[theme].map { (language.theme(theme), $0) } }),
      ])
  }

  func tallyTable(_ caption: String, _ rows: [(String, [CoverageStatus: Int])]) -> HTML {
    let statuses = CoverageStatus.allCases
    let body = rows.map { name, counts in
      HTML.el(
        "tr", [],
        [.el("th", [("scope", "row")], text: name)]
          + statuses.map { .el("td", [("class", "num")], text: String(counts[$0] ?? 0)) }
          + [.el("td", [("class", "num")], text: String(counts.values.reduce(0, +)))])
    }
    return table(
      caption: caption, headers: [""] + statuses.map(language.status) + [t(.total)], rows: body, numericFrom: 1)
  }

  func instruments() -> HTML {
    let profile = assessment.profile
    let rows = Instrument.known.map { instrument in
      let status = profile.instruments[instrument]
      let participation: String =
        switch status?.kind {
        case .party?: t(.party)
        case .signatory?: t(.signatory)
        default: t(.notParty)
        }
      return HTML.el(
        "tr", [],
        [
          .el("th", [("scope", "row")], text: language.instrument(instrument)), .el("td", text: participation),
          .el("td", text: status?.date ?? ""),
        ])
    }
    var children: [HTML] = [
      .el("h2", [("id", "instruments")], text: t(.instrumentsAndReservations)),
      table(
        caption: t(.instrumentsAndReservations), headers: [t(.instrument), t(.participation), t(.date)], rows: rows),
    ]
    if profile.reservations.isEmpty {
      children.append(.el("p", text: t(.noReservations)))
    } else {
      let rows = profile.reservations.map { item in
        HTML.el(
          "tr", [],
          [
            .el("td", text: item.kind == .reservation ? t(.reservation) : t(.declaration)),
            .el("th", [("scope", "row")], text: item.provision.description),
            .el("td", text: item.effect == .excludes ? t(.effectExcludes) : t(.effectQualifies)),
            .el("td", text: item.text),
          ])
      }
      children.append(table(caption: t(.declarations), headers: ["", t(.provision), t(.effect), t(.text)], rows: rows))
    }
    return .el("section", [], children)
  }

  func assistance() -> HTML {
    let needs = assessment.profile.assistanceNeeds
    let heading = HTML.el("h2", [("id", "assistance")], text: t(.assistanceNeeds))
    guard !needs.isEmpty else { return .el("section", [], [heading, .el("p", text: t(.noAssistanceNeeds))]) }
    let rows = needs.map { need in
      HTML.el("tr", [], [.el("th", [("scope", "row")], text: need.article.citation), .el("td", text: need.need)])
    }
    return .el(
      "section", [], [heading, table(caption: t(.assistanceNeeds), headers: [t(.article), t(.need)], rows: rows)])
  }

  func acts() -> HTML {
    let rows = assessment.acts.map { act in
      HTML.el(
        "tr", [],
        [
          .el("th", [("scope", "row")], text: act.title), .el("td", text: act.citation),
          .el("td", text: act.inForce.map(inForce) ?? ""),
          .el("td", [("class", "num")], text: String(act.provisionCount)),
          .el("td", [], [.el("code", text: act.path)]),
        ])
    }
    return .el(
      "section", [],
      [
        .el("h2", [("id", "acts")], text: t(.actsReviewed)),
        table(
          caption: t(.actsReviewed), headers: [t(.text), t(.citation), t(.inForce), t(.provisionsTagged), t(.source)],
          rows: rows),
      ])
  }

  func inForce(_ value: InForce) -> String {
    switch value {
    case .since(let date): date
    case .draft: t(.draft)
    }
  }

  func badge(_ status: CoverageStatus) -> HTML {
    .el("span", [("class", "badge \(status.rawValue)")], text: "\(status.symbol) \(language.status(status))")
  }

  func table(caption: String, headers: [String], rows: [HTML], numericFrom: Int = Int.max) -> HTML {
    .el(
      "table", [],
      [
        .el("caption", text: caption),
        .el(
          "thead", [],
          [
            .el(
              "tr", [],
              headers.enumerated().map { index, text in
                .el("th", [("scope", "col")] + (index >= numericFrom ? [("class", "num")] : []), text: text)
              })
          ]),
        .el("tbody", [], rows),
      ])
  }
}

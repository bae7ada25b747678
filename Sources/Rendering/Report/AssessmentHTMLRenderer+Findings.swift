import MappingEngine
import ObligationModel

extension AssessmentHTMLRenderer {
  func findings() -> HTML {
    let verdicts = assessment.verdicts
    let option = { (value: String, label: String) in HTML.el("option", [("value", value)], text: label) }
    let select = { (name: String, label: String, options: [HTML]) in
      HTML.el("label", [], [.text(label), .el("select", [("name", name)], [option("", t(.any))] + options)])
    }
    let filters = HTML.el(
      "form", [("id", "filters"), ("class", "filters"), ("hidden", "hidden"), ("aria-label", t(.filters))],
      [
        select("status", t(.filterStatus), CoverageStatus.allCases.map { option($0.rawValue, language.status($0)) }),
        select(
          "instrument", t(.filterInstrument), Instrument.known.map { option($0.rawValue, language.instrument($0)) }),
        select("theme", t(.filterTheme), themes.map { option($0.rawValue, language.theme($0)) }),
        select(
          "klass", t(.filterClass), ObligationClass.allCases.map { option($0.rawValue, language.obligationClass($0)) }),
      ])
    let count = String(verdicts.count)
    return .el(
      "section", [],
      [
        .el("h2", [("id", "findings")], text: t(.allFindings)),
        filters,
        .el("noscript", [], [.el("p", text: t(.noScript))]),
        .el(
          "p", [("id", "count"), ("class", "count"), ("aria-live", "polite"), ("data-template", t(.showing))],
          text: t(.showing, ["shown": count, "total": count])),
      ] + verdicts.map(finding))
  }

  func finding(_ verdict: Verdict) -> HTML {
    let obligation = verdict.obligation
    let id = obligation.id.description
    var meta: [HTML] = [
      .el("span", [], [badge(verdict.status)]),
      .el("span", text: language.obligationClass(obligation.obligationClass)),
      .el("span", text: language.theme(obligation.theme)),
    ]
    if obligation.isProhibition { meta.append(.el("span", text: t(.prohibition))) }
    if !obligation.qualifiers.isEmpty {
      meta.append(
        .el("span", text: "\(t(.qualifier)): " + obligation.qualifiers.map(\.rawValue).joined(separator: ", ")))
    }
    var body: [HTML] = [
      .el("h3", [], [.el("a", [("href", "#\(id)")], text: id), .text(" " + obligation.title)]),
      .el("p", [("class", "meta")], meta),
      .el("p", [("class", "summary")], text: obligation.summary),
    ]
    if let reason = verdict.reason {
      body.append(.el("p", [], [.el("strong", text: t(.reason) + ": "), .text(reason)]))
    }
    if let override = verdict.override {
      body.append(
        .el(
          "div", [("class", "override")],
          [
            .el(
              "p", [],
              [
                .el(
                  "strong",
                  text: t(
                    .override,
                    ["status": language.status(override.status), "computed": language.status(verdict.computedStatus)]))
              ]),
            .el("p", text: "\(t(.reason)): \(override.reason)"),
          ]))
    }
    if verdict.status != .notApplicable && verdict.status != .notAssessed {
      body += evidenceSection(verdict)
    }
    if !verdict.declarations.isEmpty {
      body.append(.el("h4", text: t(.declarations)))
      body.append(.el("ul", [], verdict.declarations.map { .el("li", text: "\($0.provision): \($0.text)") }))
    }
    if verdict.status.isGap { body += remedySection(verdict) }
    if !verdict.assistanceNeeds.isEmpty {
      body.append(.el("h4", text: t(.assistanceNeeds)))
      body.append(.el("ul", [], verdict.assistanceNeeds.map { .el("li", text: $0.need) }))
    }
    return .el(
      "article",
      [
        ("class", "finding status-\(verdict.status.rawValue)"), ("id", id), ("data-status", verdict.status.rawValue),
        ("data-instrument", obligation.id.instrument.rawValue), ("data-theme", obligation.theme.rawValue),
        ("data-class", obligation.obligationClass.rawValue),
      ], body)
  }

  func evidenceSection(_ verdict: Verdict) -> [HTML] {
    var body: [HTML] = [.el("h4", text: t(.evidence))]
    body.append(
      verdict.evidence.isEmpty
        ? .el("p", text: t(.noEvidence)) : .el("ul", [], verdict.evidence.map { evidence($0, verdict) }))
    if !verdict.missingElements.isEmpty {
      body.append(.el("h4", text: t(.missingElements)))
      body.append(.el("ul", [], verdict.missingElements.map { element($0, of: verdict.obligation) }))
    }
    if let alternative = verdict.satisfiedAlternative {
      body.append(.el("p", text: t(.alternativeMet, ["alternative": alternative.rawValue])))
    }
    if !verdict.thresholds.isEmpty {
      body.append(.el("h4", text: t(.thresholds)))
      body.append(.el("ul", [], verdict.thresholds.map(threshold)))
      if verdict.thresholds.contains(where: { $0.isMet == false && $0.threshold.parameter == .maxPenalty }) {
        body.append(.el("p", text: t(.seriousCrimeNote)))
      }
    }
    let lists: [(ReportKey, [Evidence])] = [
      (.conflicts, verdict.conflicts), (.pendingConflicts, verdict.pendingConflicts), (.pending, verdict.pending),
    ]
    for (heading, items) in lists where !items.isEmpty {
      body.append(.el("h4", text: t(heading)))
      body.append(.el("ul", [], items.map { evidence($0, verdict) }))
    }
    return body
  }

  func evidence(_ item: Evidence, _ verdict: Verdict) -> HTML {
    var parts: [HTML] = [
      .el("strong", text: item.citation),
      .text(" (\(item.act)" + (item.inForce.map { ", " + inForce($0) } ?? "") + ")"),
    ]
    if let location = item.location {
      parts.append(.text(" "))
      parts.append(.el("code", text: "\(location.file):\(location.line)"))
    }
    let claimed = item.elements.map { $0.map(\.rawValue).joined(separator: ", ") } ?? t(.allElements)
    if !verdict.obligation.elements.isEmpty { parts.append(.el("div", text: "\(t(.elementsClaimed)): \(claimed)")) }
    if !item.notes.isEmpty {
      parts.append(.el("div", text: "\(t(.notes)): " + item.notes.joined(separator: " ")))
    }
    let text = item.text
    if !text.isEmpty { parts.append(.el("pre", [("class", "provision")], text: text)) }
    return .el("li", [], parts)
  }

  func element(_ id: ElementID, of obligation: Obligation) -> HTML {
    let description = obligation.element(id)?.description ?? ""
    return .el("li", [], [.el("code", text: id.rawValue), .text(description.isEmpty ? "" : ": " + description)])
  }

  /// What the threshold sentences fill in.
  func values(_ finding: ThresholdFinding) -> [String: String] {
    [
      "parameter": finding.threshold.parameter.rawValue, "required": CatalogueRenderer.bounds(finding.threshold),
      "value": finding.value?.description ?? "", "citation": finding.citation ?? "",
    ]
  }

  func threshold(_ finding: ThresholdFinding) -> HTML {
    let values = values(finding)
    let key: ReportKey =
      switch finding.isMet {
      case true?: .thresholdMet
      case false?: .thresholdMissed
      case nil: .thresholdNotStated
      }
    return .el("li", [("class", finding.isMet == false ? "missing" : "")], text: t(key, values))
  }

  func remedySection(_ verdict: Verdict) -> [HTML] {
    guard !verdict.remedies.isEmpty else {
      return [.el("h4", text: t(.remedies)), .el("p", text: t(.noModelProvision) + " " + verdict.obligation.summary)]
    }
    return [
      .el("h4", text: t(.remedies)),
      .el(
        "ul", [],
        verdict.remedies.map { remedy in
          .el(
            "li", [],
            [
              .el("code", text: remedy.provision.description), .text(" " + remedy.title + " ("),
              .text(remedy.adoption == .required ? t(.adoptionRequired) : t(.adoptionOptional)), .text(")"),
            ] + (remedy.path.map { [.text(" "), .el("code", text: $0)] } ?? []))
        }),
    ]
  }
}

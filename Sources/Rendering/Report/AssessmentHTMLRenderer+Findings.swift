import MappingEngine
import ObligationModel

extension AssessmentHTMLRenderer {
  func findings(_ html: inout HTMLWriter) {
    let count = String(assessment.verdicts.count)
    html.element("section") { html in
      html.element("h2", [("id", "findings")], text: t(.allFindings))
      filters(&html)
      html.element("noscript") { $0.element("p", text: t(.noScript)) }
      html.element(
        "p", [("id", "count"), ("class", "count"), ("aria-live", "polite"), ("data-template", t(.showing))],
        text: t(.showing, ["shown": count, "total": count]))
      // By index, so each verdict is read in place rather than copied with all its arrays.
      for index in assessment.verdicts.indices { finding(assessment.verdicts[index], &html) }
    }
  }

  /// The filter form, hidden until the script shows it.
  func filters(_ html: inout HTMLWriter) {
    html.element("form", [("id", "filters"), ("class", "filters"), ("hidden", "hidden"), ("aria-label", t(.filters))]) {
      html in
      select(&html, "status", t(.filterStatus), CoverageStatus.allCases.map { ($0.rawValue, statusName($0)) })
      select(
        &html, "instrument", t(.filterInstrument), Instrument.known.map { ($0.rawValue, language.instrument($0)) })
      select(&html, "theme", t(.filterTheme), themes.map { ($0.rawValue, themeName($0)) })
      select(
        &html, "klass", t(.filterClass),
        ObligationClass.allCases.map { ($0.rawValue, className($0)) })
    }
  }

  /// A labelled choice of `options` (value and label), after "any".
  func select(_ html: inout HTMLWriter, _ name: String, _ label: String, _ options: [(String, String)]) {
    html.element("label") { html in
      html.text(label)
      html.element("select", [("name", name)]) { html in
        html.element("option", [("value", "")], text: t(.any))
        for (value, label) in options { html.element("option", [("value", value)], text: label) }
      }
    }
  }

  func finding(_ verdict: Verdict, _ html: inout HTMLWriter) {
    let obligation = verdict.obligation
    let id = obligation.id.description
    let attributes: HTMLWriter.Attributes = [
      ("class", findingClasses[verdict.status.position]), ("id", id), ("data-status", verdict.status.rawValue),
      ("data-instrument", obligation.id.instrument.rawValue), ("data-theme", obligation.theme.rawValue),
      ("data-class", obligation.obligationClass.rawValue),
    ]
    html.element("article", attributes) { html in
      html.element("h3") { html in
        html.element("a", [("href", "#" + id)], text: id)
        html.text(" ")
        html.text(obligation.title)
      }
      html.element("p", [("class", "meta")]) { meta(verdict, &$0) }
      html.element("p", [("class", "summary")], text: obligation.summary)
      if let reason = verdict.reason {
        html.element("p") { html in
          html.element("strong") { html in
            html.text(labels.reason)
            html.text(": ")
          }
          html.text(reason)
        }
      }
      if let override = verdict.override {
        html.element("div", [("class", "override")]) { html in
          let statuses = [
            "status": statusName(override.status), "computed": statusName(verdict.computedStatus),
          ]
          html.element("p") { $0.element("strong", text: t(.override, statuses)) }
          html.element("p") { html in
            html.text(labels.reason)
            html.text(": ")
            html.text(override.reason)
          }
        }
      }
      if verdict.status != .notApplicable && verdict.status != .notAssessed { evidenceSection(verdict, &html) }
      if !verdict.declarations.isEmpty {
        html.element("h4", text: labels.declarations)
        html.element("ul") { html in
          for index in verdict.declarations.indices {
            html.element("li") { html in
              html.text(verdict.declarations[index].provision)
              html.text(": ")
              html.text(verdict.declarations[index].text)
            }
          }
        }
      }
      if verdict.status.isGap { remedySection(verdict, &html) }
      if !verdict.assistanceNeeds.isEmpty {
        html.element("h4", text: labels.assistanceNeeds)
        html.element("ul") { html in
          for index in verdict.assistanceNeeds.indices { html.element("li", text: verdict.assistanceNeeds[index].need) }
        }
      }
    }
  }

  /// The finding's status, class, theme and qualifiers, one span each.
  func meta(_ verdict: Verdict, _ html: inout HTMLWriter) {
    let obligation = verdict.obligation
    html.element("span") { badge(verdict.status, &$0) }
    html.element("span", text: className(obligation.obligationClass))
    html.element("span", text: themeName(obligation.theme))
    if obligation.isProhibition { html.element("span", text: labels.prohibition) }
    if !obligation.qualifiers.isEmpty {
      html.element("span") { html in
        html.text(labels.qualifier)
        html.text(": ")
        html.list(obligation.qualifiers, separator: ", ") { $1.text($0.rawValue) }
      }
    }
  }

  func evidenceSection(_ verdict: Verdict, _ html: inout HTMLWriter) {
    html.element("h4", text: labels.evidence)
    if verdict.evidence.isEmpty {
      html.element("p", text: labels.noEvidence)
    } else {
      evidenceList(verdict.evidence, verdict, &html)
    }
    if !verdict.missingElements.isEmpty {
      html.element("h4", text: labels.missingElements)
      html.element("ul") { html in
        for id in verdict.missingElements { element(id, of: verdict.obligation, &html) }
      }
    }
    if let alternative = verdict.satisfiedAlternative {
      html.element("p", text: t(.alternativeMet, ["alternative": alternative.rawValue]))
    }
    if !verdict.thresholds.isEmpty {
      html.element("h4", text: labels.thresholds)
      html.element("ul") { html in
        for finding in verdict.thresholds { threshold(finding, &html) }
      }
      if verdict.thresholds.contains(where: { $0.isMet == false && $0.threshold.parameter == .maxPenalty }) {
        html.element("p", text: labels.seriousCrimeNote)
      }
    }
    evidenceList(labels.conflicts, verdict.conflicts, verdict, &html)
    evidenceList(labels.pendingConflicts, verdict.pendingConflicts, verdict, &html)
    evidenceList(labels.pending, verdict.pending, verdict, &html)
  }

  /// A headed list of `items`, when there are any.
  func evidenceList(_ heading: String, _ items: [Evidence], _ verdict: Verdict, _ html: inout HTMLWriter) {
    guard !items.isEmpty else { return }
    html.element("h4", text: heading)
    evidenceList(items, verdict, &html)
  }

  func evidenceList(_ items: [Evidence], _ verdict: Verdict, _ html: inout HTMLWriter) {
    html.element("ul") { html in
      for index in items.indices { evidence(items[index], verdict, &html) }
    }
  }

  func evidence(_ item: Evidence, _ verdict: Verdict, _ html: inout HTMLWriter) {
    html.element("li") { html in
      html.element("strong", text: item.citation)
      html.text(" (")
      html.text(item.act)
      if let value = item.inForce {
        html.text(", ")
        html.text(inForce(value))
      }
      html.text(")")
      if let location = item.location {
        html.text(" ")
        html.element("code") { html in
          html.text(location.file)
          html.text(":")
          html.text(String(location.line))
        }
      }
      if !verdict.obligation.elements.isEmpty {
        html.element("div") { html in
          html.text(labels.elementsClaimed)
          html.text(": ")
          if let elements = item.elements {
            html.list(elements, separator: ", ") { $1.text($0.rawValue) }
          } else {
            html.text(labels.allElements)
          }
        }
      }
      if !item.notes.isEmpty {
        html.element("div") { html in
          html.text(labels.notes)
          html.text(": ")
          html.list(item.notes, separator: " ") { $1.text($0) }
        }
      }
      if !item.text.isEmpty { html.element("pre", [("class", "provision")], text: item.text) }
    }
  }

  func element(_ id: ElementID, of obligation: Obligation, _ html: inout HTMLWriter) {
    let description = obligation.element(id)?.description ?? ""
    html.element("li") { html in
      html.element("code", text: id.rawValue)
      if !description.isEmpty {
        html.text(": ")
        html.text(description)
      }
    }
  }

  /// What the threshold sentences fill in.
  func values(_ finding: ThresholdFinding) -> [String: String] {
    [
      "parameter": finding.threshold.parameter.rawValue, "required": CatalogueRenderer.bounds(finding.threshold),
      "value": finding.value?.description ?? "", "citation": finding.citation ?? "",
    ]
  }

  func threshold(_ finding: ThresholdFinding, _ html: inout HTMLWriter) {
    let key: ReportKey =
      switch finding.isMet {
      case true?: .thresholdMet
      case false?: .thresholdMissed
      case nil: .thresholdNotStated
      }
    html.element("li", [("class", finding.isMet == false ? "missing" : "")], text: t(key, values(finding)))
  }

  func remedySection(_ verdict: Verdict, _ html: inout HTMLWriter) {
    html.element("h4", text: labels.remedies)
    guard !verdict.remedies.isEmpty else {
      html.element("p") { html in
        html.text(labels.noModelProvision)
        html.text(" ")
        html.text(verdict.obligation.summary)
      }
      return
    }
    html.element("ul") { html in
      for index in verdict.remedies.indices {
        let remedy = verdict.remedies[index]
        html.element("li") { html in
          html.element("code", text: remedy.provision.rawValue)
          html.text(" ")
          html.text(remedy.title)
          html.text(" (")
          html.text(remedy.adoption == .required ? labels.adoptionRequired : labels.adoptionOptional)
          html.text(")")
          if let path = remedy.path {
            html.text(" ")
            html.element("code", text: path)
          }
        }
      }
    }
  }
}

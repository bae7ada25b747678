import MappingEngine
import ObligationModel

/// The gap report as one self-contained HTML file: no network, readable offline, printable,
/// accessible, with filters that degrade to the full list without script.
///
/// The report runs to a megabyte for a large State, so it is written straight into bytes with
/// ``HTMLWriter`` rather than built as an ``HTML`` tree first; the escaping is the same.
public struct AssessmentHTMLRenderer {
  let assessment: Assessment
  let language: ReportLanguage
  let toolVersion: String
  /// The known themes in their documented order, then any unknown theme the catalogue uses, so
  /// no finding drops out of the tables and filters.
  let themes: [Theme]
  // Interface strings looked up once per report, not once per finding or row.
  let texts: [ReportKey: String]
  let labels: FindingLabels
  /// By `CoverageStatus.position`.
  let statusNames: [String]
  let badgeClasses: [String]
  let badgeTexts: [String]
  let findingClasses: [String]
  /// By `ObligationClass.position`.
  let classNames: [String]
  /// Beside `themes`.
  let themeNames: [String]
  /// Counts by status, worked out once: the theme counts also list the themes in use.
  let tally: CoverageTally

  init(assessment: Assessment, language: ReportLanguage, toolVersion: String) {
    self.assessment = assessment
    self.language = language
    self.toolVersion = toolVersion
    tally = CoverageTally(assessment.verdicts)
    themes = Theme.known + tally.byTheme.groups.map(\.key).filter { !$0.isKnown }.sorted()
    let texts = Self.plainTexts[language] ?? [:]
    self.texts = texts
    labels = FindingLabels { texts[$0] ?? language.text($0) }
    let statuses = CoverageStatus.allCases
    statusNames = Self.names(statuses, \.position, language.status)
    badgeClasses = Self.names(statuses, \.position) { "badge " + $0.rawValue }
    badgeTexts = Self.names(statuses, \.position) { "\($0.symbol) \(language.status($0))" }
    findingClasses = Self.names(statuses, \.position) { "finding status-" + $0.rawValue }
    classNames = Self.names(ObligationClass.allCases, \.position, language.obligationClass)
    themeNames = themes.map(language.theme)
  }

  /// Every interface string without values to fill, in every language: `ReportLanguage.text`
  /// walks its template character by character, and a report asks for thousands.
  private static let plainTexts: [ReportLanguage: [ReportKey: String]] = Dictionary(
    uniqueKeysWithValues: ReportLanguage.allCases.map { language in
      (language, Dictionary(uniqueKeysWithValues: ReportKey.allCases.map { ($0, language.text($0)) }))
    })

  public static func render(_ assessment: Assessment, language: ReportLanguage = .en, toolVersion: String) -> String {
    write(assessment, language: language, toolVersion: toolVersion).string
  }

  /// The report as UTF-8, ready to write to a file without a `String` in between.
  public static func renderBytes(
    _ assessment: Assessment, language: ReportLanguage = .en, toolVersion: String
  ) -> RenderedBytes {
    write(assessment, language: language, toolVersion: toolVersion).rendered()
  }

  /// The report handed to `write` in pieces as it is made, e.g. straight into a file by
  /// `OutputWriter.write(to:_:)`, so no copy of the whole report is ever held.
  public static func render(
    _ assessment: Assessment, language: ReportLanguage = .en, toolVersion: String,
    into write: (UnsafeRawBufferPointer) -> Void
  ) {
    render(assessment, language: language, toolVersion: toolVersion, pieceSize: ByteBuffer.pieceSize, into: write)
  }

  static func render(
    _ assessment: Assessment, language: ReportLanguage, toolVersion: String, pieceSize: Int,
    into write: (UnsafeRawBufferPointer) -> Void
  ) {
    withoutActuallyEscaping(write) { write in
      var html = HTMLWriter(pieceSize: pieceSize, drainingInto: write)
      AssessmentHTMLRenderer(assessment: assessment, language: language, toolVersion: toolVersion).document(&html)
      html.flush()
    }
  }

  static func write(_ assessment: Assessment, language: ReportLanguage, toolVersion: String) -> HTMLWriter {
    let renderer = AssessmentHTMLRenderer(assessment: assessment, language: language, toolVersion: toolVersion)
    var html = HTMLWriter(reservingCapacity: renderer.estimatedSize)
    renderer.document(&html)
    return html
  }

  /// Room for the whole report, so the buffer rarely grows: the provisions quoted as evidence
  /// are most of it, and each finding adds about a kilobyte of markup around them.
  var estimatedSize: Int {
    let quoted = assessment.quotedEvidence
    return 64 * 1024 + 1024 * assessment.verdicts.count + quoted.bytes + 256 * quoted.items
  }

  func t(_ key: ReportKey, _ values: [String: String] = [:]) -> String {
    values.isEmpty ? texts[key] ?? language.text(key) : language.text(key, values)
  }

  func document(_ html: inout HTMLWriter) {
    html.page(
      attributes: [("lang", language.rawValue), ("dir", language.direction)],
      title: "\(t(.reportTitle)): \(assessment.profile.name)",
      policy:
        "default-src 'none'; style-src 'unsafe-inline'; script-src \(ReportAssets.scriptSource); img-src data:; base-uri 'none'; form-action 'none'",
      toolVersion: toolVersion, styles: [ReportAssets.style]
    ) { html in
      html.element("a", [("class", "skip"), ("href", "#findings")], text: t(.skipToContent))
      header(&html)
      html.element("main", [("id", "main")]) { html in
        contents(&html)
        priority(&html)
        coverage(&html)
        instruments(&html)
        assistance(&html)
        findings(&html)
        acts(&html)
      }
      html.element("footer") { $0.element("p", text: t(.generatedBy, ["version": toolVersion])) }
      html.element("script") { $0.raw(ReportAssets.script) }
    }
  }

  func header(_ html: inout HTMLWriter) {
    let profile = assessment.profile
    html.element("header") { html in
      html.element("h1", text: "\(t(.reportTitle)): \(profile.name)")
      html.element("p", [("class", "subtitle")], text: t(.reportSubtitle, ["state": profile.name]))
      html.element("dl", [("class", "facts")]) { html in
        html.element("dt", text: t(.stateCode))
        html.element("dd", text: profile.code)
        html.element("dt", text: t(.legalFamily))
        html.element("dd", text: language.family(profile.legalFamily))
      }
      html.element("p", [("class", "headline")], text: headline())
    }
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
    let priority = assessment.priorityFindings
    return t(
      .headline,
      [
        "implemented": String(count(verdicts) { $0 == .implemented }),
        "applicable": String(count(verdicts) { $0 != .notApplicable && $0 != .notAssessed }),
        "partial": String(count(verdicts) { $0 == .partial }),
        "gaps": String(count(priority) { $0 != .conflicting }),
        "conflicts": String(count(priority) { $0 == .conflicting }),
      ])
  }

  /// How many of `verdicts` have a status that passes `test`, each read in place: a copy of a
  /// verdict would copy all its arrays.
  func count(_ verdicts: [Verdict], where test: (CoverageStatus) -> Bool) -> Int {
    verdicts.indices.count { test(verdicts[$0].status) }
  }

  func contents(_ html: inout HTMLWriter) {
    let entries: [(String, ReportKey)] = [
      ("priority", .priorityFindings), ("coverage", .coverage), ("instruments", .instrumentsAndReservations),
      ("assistance", .assistanceNeeds), ("findings", .allFindings), ("acts", .actsReviewed),
    ]
    html.element("nav", [("aria-labelledby", "contents-heading")]) { html in
      html.element("h2", [("id", "contents-heading")], text: t(.contents))
      html.element("ol") { html in
        for (anchor, key) in entries {
          html.element("li") { $0.element("a", [("href", "#" + anchor)], text: t(key)) }
        }
      }
    }
  }

  func priority(_ html: inout HTMLWriter) {
    let findings = assessment.priorityFindings
    html.element("section") { html in
      html.element("h2", [("id", "priority")], text: t(.priorityFindings))
      guard !findings.isEmpty else {
        html.element("p", text: t(.noPriority))
        return
      }
      html.element("p", text: t(.priorityIntro))
      table(
        &html, caption: t(.priorityFindings),
        headers: [t(.obligationHeader), "", t(.status), t(.whatIsMissing), t(.remedies)]
      ) { html in
        for verdict in findings {
          let id = verdict.obligation.id.description
          html.element("tr") { html in
            html.element("th", [("scope", "row")]) { $0.element("a", [("href", "#" + id)], text: id) }
            html.element("td", text: verdict.obligation.title)
            html.element("td") { badge(verdict.status, &$0) }
            html.element("td", text: whatIsMissing(verdict))
            html.element("td", text: verdict.remedies.map(\.provision.description).joined(separator: ", "))
          }
        }
      }
    }
  }

  func coverage(_ html: inout HTMLWriter) {
    let instruments = tally.byInstrument.groups.sorted { $0.key < $1.key }
    html.element("section") { html in
      html.element("h2", [("id", "coverage")], text: t(.coverage))
      tallyTable(&html, t(.byInstrument), instruments.map { (language.instrument($0.key), $0.counts) })
      tallyTable(
        &html, t(.byClass),
        ObligationClass.allCases.compactMap { c in tally.byClass[c].map { (className(c), $0) } })
      tallyTable(&html, t(.byTheme), themes.compactMap { theme in tally.byTheme[theme].map { (themeName(theme), $0) } })
    }
  }

  func tallyTable(_ html: inout HTMLWriter, _ caption: String, _ rows: [(String, StatusCounts)]) {
    let statuses = CoverageStatus.allCases
    table(&html, caption: caption, headers: [""] + statuses.map(statusName) + [t(.total)], numericFrom: 1) {
      html in
      for (name, counts) in rows {
        html.element("tr") { html in
          html.element("th", [("scope", "row")], text: name)
          for status in statuses { html.element("td", [("class", "num")], text: String(counts[status])) }
          html.element("td", [("class", "num")], text: String(counts.total))
        }
      }
    }
  }

  func instruments(_ html: inout HTMLWriter) {
    let profile = assessment.profile
    html.element("section") { html in
      html.element("h2", [("id", "instruments")], text: t(.instrumentsAndReservations))
      table(
        &html, caption: t(.instrumentsAndReservations), headers: [t(.instrument), t(.participation), t(.date)]
      ) { html in
        for instrument in Instrument.known {
          let status = profile.instruments[instrument]
          let participation: String =
            switch status?.kind {
            case .party?: t(.party)
            case .signatory?: t(.signatory)
            default: t(.notParty)
            }
          html.element("tr") { html in
            html.element("th", [("scope", "row")], text: language.instrument(instrument))
            html.element("td", text: participation)
            html.element("td", text: status?.date ?? "")
          }
        }
      }
      guard !profile.reservations.isEmpty else {
        html.element("p", text: t(.noReservations))
        return
      }
      table(&html, caption: t(.declarations), headers: ["", t(.provision), t(.effect), t(.text)]) { html in
        for item in profile.reservations {
          html.element("tr") { html in
            html.element("td", text: item.kind == .reservation ? t(.reservation) : t(.declaration))
            html.element("th", [("scope", "row")], text: item.provision.description)
            html.element("td", text: item.effect == .excludes ? t(.effectExcludes) : t(.effectQualifies))
            html.element("td", text: item.text)
          }
        }
      }
    }
  }

  func assistance(_ html: inout HTMLWriter) {
    let needs = assessment.profile.assistanceNeeds
    html.element("section") { html in
      html.element("h2", [("id", "assistance")], text: t(.assistanceNeeds))
      guard !needs.isEmpty else {
        html.element("p", text: t(.noAssistanceNeeds))
        return
      }
      table(&html, caption: t(.assistanceNeeds), headers: [t(.article), t(.need)]) { html in
        for need in needs {
          html.element("tr") { html in
            html.element("th", [("scope", "row")], text: need.article.citation)
            html.element("td", text: need.need)
          }
        }
      }
    }
  }

  func acts(_ html: inout HTMLWriter) {
    html.element("section") { html in
      html.element("h2", [("id", "acts")], text: t(.actsReviewed))
      table(
        &html, caption: t(.actsReviewed),
        headers: [t(.text), t(.citation), t(.inForce), t(.provisionsTagged), t(.source)]
      ) { html in
        for act in assessment.acts {
          html.element("tr") { html in
            html.element("th", [("scope", "row")], text: act.title)
            html.element("td", text: act.citation)
            html.element("td", text: act.inForce.map(inForce) ?? "")
            html.element("td", [("class", "num")], text: String(act.provisionCount))
            html.element("td") { $0.element("code", text: act.path) }
          }
        }
      }
    }
  }

  func inForce(_ value: InForce) -> String {
    switch value {
    case .since(let date): date
    case .draft: labels.draft
    }
  }

  /// A table with a caption and a row of column headers; `rows` writes the body's rows.
  func table(
    _ html: inout HTMLWriter, caption: String, headers: [String], numericFrom: Int = Int.max,
    rows: (inout HTMLWriter) -> Void
  ) {
    html.element("table") { html in
      html.element("caption", text: caption)
      html.element("thead") { html in
        html.element("tr") { html in
          for (index, text) in headers.enumerated() {
            html.element(
              "th", index >= numericFrom ? [("scope", "col"), ("class", "num")] : [("scope", "col")], text: text)
          }
        }
      }
      html.element("tbody", [], rows)
    }
  }
}

import Drafting
import ObligationModel

/// Commented model text and draft bills, as Markdown and as self-contained HTML.
public enum DraftingRenderer {
  // MARK: Draft bill

  public static func billMarkdown(_ bill: Bill) -> String {
    var output = "# \(bill.title)\n"
    for (index, part) in bill.parts.enumerated() {
      output += "\n## Part \(index + 1). \(part.title)\n"
      for article in part.articles {
        output +=
          "\n### Article \(article.number). \(article.title)\n\n\(article.text.trimmingCharacters(in: .whitespacesAndNewlines))\n"
      }
    }
    return output
  }

  public static func billHTML(_ bill: Bill, toolVersion: String) -> String {
    var body: [HTML] = []
    for (index, part) in bill.parts.enumerated() {
      body.append(.el("h2", [("id", "part-\(index + 1)")], text: "Part \(index + 1). \(part.title)"))
      for article in part.articles {
        body.append(
          .el("h3", [("id", "article-\(article.number)")], text: "Article \(article.number). \(article.title)"))
        body.append(.markdown(article.text))
      }
    }
    let contents = HTML.el(
      "nav", [("aria-label", "Contents")],
      [
        .el(
          "ol", [],
          bill.parts.enumerated().map { index, part in
            .el("li", [], [.el("a", [("href", "#part-\(index + 1)")], text: part.title)])
          })
      ])
    return page(title: bill.title, subtitle: nil, body: [contents] + body, toolVersion: toolVersion)
  }

  // MARK: Commented model text

  /// Every provision of the modules with its obligations, options and placeholders visible,
  /// followed by its commentary; an appendix lists the obligations cited.
  public static func commentedHTML(
    _ modules: [LegalDocument], commentaries: [ProvisionID: Commentary], catalogue: Catalogue, title: String,
    toolVersion: String
  ) -> String {
    var body: [HTML] = []
    var cited = Set<ObligationID>()
    var toc: [HTML] = []
    for (index, module) in modules.enumerated() {
      let anchor = "module-\(index + 1)"
      toc.append(.el("li", [], [.el("a", [("href", "#\(anchor)")], text: module.title)]))
      body.append(.el("h2", [("id", anchor)], text: module.title))
      for provision in module.modelProvisions {
        cited.formUnion(provision.implements.map(\.obligation))
        body += commentedProvision(provision, commentary: commentaries[provision.id], catalogue: catalogue)
      }
    }
    body.append(.el("h2", [("id", "appendix")], text: "Appendix: obligations implemented"))
    body.append(
      .el(
        "dl", [("class", "appendix")],
        catalogue.obligations.filter { cited.contains($0.id) }.flatMap { obligation -> [HTML] in
          [
            .el(
              "dt", [("id", "obligation-\(obligation.id)")],
              text: "\(obligation.id) (\(obligation.obligationClass.rawValue)) \(obligation.title)"),
            .el("dd", text: obligation.summary),
          ]
        }))
    let contents = HTML.el(
      "nav", [("aria-label", "Contents")],
      [.el("ol", [], toc + [.el("li", [], [.el("a", [("href", "#appendix")], text: "Appendix")])])])
    return page(
      title: title, subtitle: "Model provisions with commentary", body: [contents] + body, toolVersion: toolVersion)
  }

  static func commentedProvision(_ provision: ModelProvision, commentary: Commentary?, catalogue: Catalogue) -> [HTML] {
    let badges = provision.implements.map { ref -> HTML in
      let obligationClass = catalogue[ref.obligation]?.obligationClass.rawValue ?? "unknown"
      let elements = ref.elements.map { " [" + $0.map(\.rawValue).joined(separator: ", ") + "]" } ?? ""
      return .el(
        "a", [("class", "badge \(obligationClass)"), ("href", "#obligation-\(ref.obligation)")],
        text: "\(ref.obligation) \(obligationClass)\(elements)")
    }
    let adoption = HTML.el(
      "span", [("class", "badge adoption")],
      text: provision.adoption == .required ? "adoption required for compliance" : "optional")
    var html: [HTML] = [
      .el("h3", [("id", provision.id.description)], text: provision.title),
      .el("p", [("class", "badges")], [adoption] + badges),
      .markdown(ProvisionText.plain(ProvisionParts.commonText(provision))),
    ]
    for option in provision.options {
      html.append(
        .el(
          "section", [("class", "option"), ("aria-label", option.title)],
          [
            .el("h4", text: "\(option.title): for \(option.family.rawValue) systems"),
            .markdown(ProvisionText.plain(option.text)),
          ]))
    }
    if let commentary {
      html.append(
        .el(
          "aside", [("class", "commentary"), ("aria-label", "Commentary")],
          [.el("h4", text: "Commentary"), .markdown(ProvisionText.plain(commentary.text))]))
    }
    return html
  }

  /// The commented model text as Markdown: each provision, its options, then its commentary quoted.
  public static func commentedMarkdown(_ modules: [LegalDocument], commentaries: [ProvisionID: Commentary]) -> String {
    var output = ""
    for module in modules {
      output += "# \(module.title)\n"
      for provision in module.modelProvisions {
        let implements = provision.implements.map(\.description).joined(separator: ", ")
        output += "\n## \(provision.title)\n\n*\(provision.adoption == .required ? "Required" : "Optional")"
        output += implements.isEmpty ? "*\n" : "; implements \(implements)*\n"
        output += "\n" + ProvisionText.plain(provision.text) + "\n"
        if let commentary = commentaries[provision.id] {
          let quoted = ProvisionText.plain(commentary.text).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
          output += "\n> **Commentary**\n>\n" + quoted + "\n"
        }
      }
      output += "\n"
    }
    return output
  }

  public static func page(
    title: String, subtitle: String?, body: [HTML], toolVersion: String, extraStyle: StaticString = ""
  ) -> String {
    HTML.page(
      attributes: [("lang", "en")], title: title,
      policy: "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'",
      toolVersion: toolVersion, styles: [DocumentAssets.style, extraStyle],
      body: [
        .el("a", [("class", "skip"), ("href", "#main")], text: "Skip to the text"),
        .el("header", [], [.el("h1", text: title)] + (subtitle.map { [.el("p", text: $0)] } ?? [])),
        .el("main", [("id", "main")], body),
        .el(
          "footer", [],
          [
            .el(
              "p",
              text:
                "Generated by Palermo \(toolVersion). Model text and commentary are Palermo's own wording; the treaty texts are authoritative."
            )
          ]),
      ]
    ).render()
  }
}

import Diagnostics
import ObligationModel

/// Builds a draft bill from model-law documents and the committee's choices. Pure: no I/O.
public enum BillBuilder {
  /// The bill, or `nil` with an error for every unresolved option, unfilled placeholder and
  /// cross-reference that leaves the bill.
  public static func build(_ modelLaws: [LegalDocument], choices: DraftingChoices, title: String) -> (
    bill: Bill?, diagnostics: [Diagnostic]
  ) {
    var numbers: [ProvisionID: Int] = [:]
    for provision in modelLaws.flatMap(\.modelProvisions) { numbers[provision.id] = numbers.count + 1 }
    var diagnostics: [Diagnostic] = []
    var parts: [Bill.Part] = []
    for document in modelLaws {
      var articles: [Bill.Article] = []
      let provisions = document.modelProvisions
      for (index, provision) in provisions.enumerated() {
        let nextLine = index + 1 < provisions.count ? provisions[index + 1].location?.line : nil
        let uses = document.placeholderUses.filter { use in
          guard let line = use.location?.line, let start = provision.location?.line else { return false }
          return line >= start && nextLine.map { line < $0 } ?? true
        }
        guard let (text, option) = chosenText(provision, choices: choices, diagnostics: &diagnostics) else { continue }
        var draft = CrossReferences.rewrite(
          ProvisionText.plain(text), numbers: numbers, from: provision, diagnostics: &diagnostics)
        draft = Placeholders.fill(
          draft, values: choices.placeholders,
          uses: uses.filter { use in Self.option(of: use, in: provision).map { $0 == option } ?? true },
          allowUnfilled: choices.allowPlaceholders,
          fallback: provision.location, diagnostics: &diagnostics)
        articles.append(
          Bill.Article(
            number: numbers[provision.id] ?? 0, title: ProvisionParts.bareTitle(provision.title),
            provision: provision.id, text: draft))
      }
      parts.append(Bill.Part(title: ProvisionParts.partTitle(document.title), articles: articles))
    }
    let errors = diagnostics.contains { $0.severity == .error }
    return (errors ? nil : Bill(title: title, parts: parts), diagnostics.sorted())
  }

  /// The option whose section holds a placeholder use, `nil` for the shared text: an error for
  /// an unfilled placeholder points only at the words the bill takes.
  static func option(of use: PlaceholderUse, in provision: ModelProvision) -> String? {
    guard let line = use.location?.line else { return nil }
    return provision.options.last { ($0.location?.line ?? Int.max) <= line }?.id
  }

  /// The shared text plus the chosen option's text (and that option's id), or `nil` when no
  /// option can be chosen.
  static func chosenText(_ provision: ModelProvision, choices: DraftingChoices, diagnostics: inout [Diagnostic])
    -> (text: String, option: String?)?
  {
    guard !provision.options.isEmpty else { return (provision.text, nil) }
    let common = ProvisionParts.commonText(provision)
    let listing = provision.options.map { "\($0.id) (\($0.family))" }.joined(separator: ", ")
    if let wanted = choices.options[provision.id] {
      guard let option = provision.options.first(where: { $0.id == wanted }) else {
        diagnostics.append(
          Diagnostic(
            .unknownOptionChoice, "'\(provision.id)' has no option '\(wanted)'; its options are \(listing)",
            at: provision.location))
        return nil
      }
      return (common + "\n\n" + option.text, option.id)
    }
    let fitting = provision.options.filter { $0.family == choices.legalFamily || $0.family == .any }
    guard choices.legalFamily != nil, fitting.count == 1, let option = fitting.first else {
      let why =
        choices.legalFamily.map {
          fitting.isEmpty ? "no option is drafted for \($0) systems" : "several options suit \($0) systems"
        }
        ?? "no legal family is given"
      diagnostics.append(
        Diagnostic(
          .unresolvedOption,
          "choose an option for '\(provision.id)' (\(why)): pass --option \(provision.id)=ID; options are \(listing)",
          at: provision.location))
      return nil
    }
    return (common + "\n\n" + option.text, option.id)
  }
}

import AnnotatedMarkdown
import Diagnostics
import ObligationModel

/// Every obligation a document names exists in the catalogue, with the elements it names.
struct ObligationReferenceRule: LintRule {
  var codes: [DiagnosticCode] {
    [.unknownObligation, .unknownElement, .unknownAlternative, .conflictWithNonProhibition, .noCatalogue]
  }

  func check(_ corpus: Corpus) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let catalogue = corpus.catalogue
    // Spelled out only for a suggestion: most documents name no unknown obligation.
    var known: [String]?
    for parsed in corpus.linted {
      let document = parsed.document
      if catalogue.isEmpty {
        let claims =
          document.modelProvisions.flatMap(\.implements) + document.nationalProvisions.flatMap(\.implements)
          + document.obligations.flatMap(\.dependsOn)
        if let first = (claims + document.nationalProvisions.flatMap(\.conflicts)).first {
          diagnostics.append(
            Diagnostic(
              .noCatalogue,
              "no obligation catalogue was loaded, so obligation ids are not checked; pass --catalog ModelLaws/Obligations",
              at: first.location))
        }
        continue
      }
      // Each list of references is read where it is, by index: gathering them into one list
      // would copy every reference of a State's legislation.
      func checkEach(_ refs: [ObligationRef], conflicts: Bool = false) {
        for index in refs.indices {
          checkReference(refs[index], conflict: conflicts, in: catalogue, known: &known, into: &diagnostics)
        }
      }
      for index in document.modelProvisions.indices { checkEach(document.modelProvisions[index].implements) }
      for index in document.nationalProvisions.indices {
        checkEach(document.nationalProvisions[index].implements)
        checkEach(document.nationalProvisions[index].conflicts, conflicts: true)
      }
      for index in document.obligations.indices { checkEach(document.obligations[index].dependsOn) }
      for obligation in document.obligations {
        let declared = Set(obligation.alternatives.map(\.id))
        for element in obligation.elements {
          for alternative in element.alternatives where !declared.contains(alternative) {
            diagnostics.append(
              Diagnostic(
                .unknownAlternative,
                "element '\(element.id)' names alternative '\(alternative)', which '\(obligation.id)' does not declare"
                  + Suggestion.didYouMean(alternative.rawValue, in: declared.map(\.rawValue).sorted()),
                at: element.location))
          }
        }
      }
    }
    return diagnostics
  }

  /// Checks one reference: that it names an obligation or article of the catalogue and, with
  /// it, that the elements it names exist and, for a conflict, that the obligation is a prohibition.
  private func checkReference(
    _ ref: ObligationRef, conflict: Bool, in catalogue: Catalogue, known: inout [String]?,
    into diagnostics: inout [Diagnostic]
  ) {
    // One lookup finds the obligation, whose elements are read in place; only an id that is no
    // obligation is looked up again, as an article.
    guard let position = catalogue.position(of: ref.obligation) else {
      guard !catalogue.contains(ref.obligation) else { return }
      let names = known ?? catalogue.allIDs
      known = names
      diagnostics.append(
        Diagnostic(
          .unknownObligation,
          "unknown obligation '\(ref.obligation)'" + Suggestion.didYouMean(ref.obligation.description, in: names),
          at: ref.location))
      return
    }
    if let elements = ref.elements, !elements.isEmpty {
      let declared = catalogue.obligations[position].elements
      for element in elements where !declared.contains(where: { $0.id == element }) {
        let names = declared.map(\.id.rawValue)
        diagnostics.append(
          Diagnostic(
            .unknownElement,
            "obligation '\(ref.obligation)' has no element '\(element)'"
              + Suggestion.didYouMean(
                element.rawValue, in: names,
                otherwise: names.isEmpty ? "it has no elements" : "its elements are " + names.joined(separator: ", ")),
            at: ref.location))
      }
    }
    if conflict, !catalogue.obligations[position].isProhibition {
      diagnostics.append(
        Diagnostic(
          .conflictWithNonProhibition,
          "'\(ref.obligation)' is not a prohibition, so nothing can conflict with it; tag what the provision implements instead",
          at: ref.location))
    }
  }
}

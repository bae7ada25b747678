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
      let claims =
        document.modelProvisions.flatMap(\.implements) + document.nationalProvisions.flatMap(\.implements)
        + document.obligations.flatMap(\.dependsOn)
      let conflicts = document.nationalProvisions.flatMap(\.conflicts)
      if catalogue.isEmpty {
        if let first = (claims + conflicts).first {
          diagnostics.append(
            Diagnostic(
              .noCatalogue,
              "no obligation catalogue was loaded, so obligation ids are not checked; pass --catalog ModelLaws/Obligations",
              at: first.location))
        }
        continue
      }
      for ref in claims + conflicts {
        guard catalogue.contains(ref.obligation) else {
          let names = known ?? catalogue.allIDs
          known = names
          diagnostics.append(
            Diagnostic(
              .unknownObligation,
              "unknown obligation '\(ref.obligation)'"
                + Suggestion.didYouMean(ref.obligation.description, in: names),
              at: ref.location))
          continue
        }
        // Only the obligation's elements are read, without copying the rest of it.
        guard let elements = ref.elements, !elements.isEmpty, let declared = catalogue.elements(of: ref.obligation)
        else { continue }
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
      for ref in conflicts {
        if let obligation = catalogue[ref.obligation], !obligation.isProhibition {
          diagnostics.append(
            Diagnostic(
              .conflictWithNonProhibition,
              "'\(obligation.id)' is not a prohibition, so nothing can conflict with it; tag what the provision implements instead",
              at: ref.location))
        }
      }
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
}

import AnnotatedMarkdown
import Foundation
import ObligationModel

/// The model-law files of the chosen modules, in the order a bill prints them.
public enum ModelLawSelection {
  /// Modules in the Convention's order, then the Protocols', then witness protection; within a
  /// module the definitions first, then by the first article's number, then by path.
  public static func select(_ modules: [ModelLawModule], from context: [ParsedDocument]) -> [LegalDocument] {
    let chosen = modules.isEmpty ? ModelLawModule.known : modules
    let documents = context.map(\.document).filter { $0.kind == .modelLaw }
    return chosen.flatMap { module in
      documents.filter { $0.module == module }.sorted { order($0) < order($1) }
    }
  }

  private static func order(_ document: LegalDocument) -> (Int, Int, String) {
    let isDefinitions = URL(fileURLWithPath: document.path).lastPathComponent.hasPrefix("Definitions") ? 0 : 1
    let firstArticle =
      document.modelProvisions.first.map {
        Int($0.title.split(separator: " ").dropFirst().first?.filter(\.isNumber) ?? "") ?? 0
      } ?? 0
    return (isDefinitions, firstArticle, document.path)
  }
}

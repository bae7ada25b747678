import AnnotatedMarkdown
import Foundation
import LintRules
import MappingEngine

/// Analyses many State folders across the machine's cores. Each worker loads, analyses and
/// finishes one State at a time, so memory grows with the number of cores, not of States.
public enum StateBatch {
  /// Runs `work` for every folder, at most `concurrency` at once, and returns the results in the
  /// order of `folders`.
  public static func map<Result: Sendable>(
    _ folders: [String], context: [ParsedDocument], limits: InputLimits,
    concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ work: @escaping @Sendable (StateLoader.Loaded) -> Result
  ) -> [Result] {
    let project = Corpus(linted: context)
    let remedies = RemedyIndex(modelLaws: context.map(\.document).filter { $0.kind == .modelLaw })
    return Parallel.map(folders, concurrency: concurrency) {
      work(StateLoader.load(folder: $0, project: project, remedies: remedies, limits: limits))
    }
  }
}

import AnnotatedMarkdown
import Foundation
import LintRules
import MappingEngine

/// Analyses many State folders across the machine's cores. Each worker loads, analyses and
/// finishes one State at a time, so memory grows with the number of cores, not of States.
public enum StateBatch {
  /// Runs `work` for every folder, at most `concurrency` at once, and returns the results in the
  /// order of `folders`. The first folder is read while `project` loads the project's documents:
  /// re-analysing one large State would otherwise wait for both in turn.
  ///
  /// `commentaries`, when given, loads what `project` left out: only a model provision in a
  /// State's folder is checked against them, so they are read the first time one turns up.
  public static func map<Result: Sendable>(
    _ folders: [String], project: () throws -> [ParsedDocument],
    commentaries: (@Sendable () -> [ParsedDocument])? = nil, limits: InputLimits,
    concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ work: @escaping @Sendable (StateLoader.Loaded) -> Result
  ) rethrows -> [Result] {
    let first = folders.first.map { folder in Prefetch { StateLoader.read(folder: folder, limits: limits) } }
    let context = try project()
    let corpus = Corpus(linted: context)
    let commented = commentaries.map { load in Lazy { Corpus(linted: context + load()) } }
    let remedies = RemedyIndex(modelLaws: context.map(\.document).filter { $0.kind == .modelLaw })
    return Parallel.map(Array(folders.indices), concurrency: concurrency) { index in
      let read = index == 0 ? first?.value : nil
      let state = read ?? StateLoader.read(folder: folders[index], limits: limits)
      let needsCommentaries = state.documents.contains { !$0.document.modelProvisions.isEmpty }
      let project = needsCommentaries ? commented?.value ?? corpus : corpus
      return work(StateLoader.check(state, against: project, remedies: remedies))
    }
  }
}

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
  ///
  /// `projectCopy`, when given, loads the project again for every worker but the first, which
  /// each keeps to itself: two cores retaining the same catalogue strings and arrays contend for
  /// their cache lines. That costs each State about 0.7 ms and a copy about 30 ms, so copies are
  /// made only for batches of at least ``statesPerCopy`` States per worker. A copy that does not
  /// hold the same documents (a file changed in between) is not used.
  public static func map<Result: Sendable>(
    _ folders: [String], project: () throws -> [ParsedDocument],
    projectCopy: (@Sendable () -> [ParsedDocument])? = nil,
    commentaries: (@Sendable () -> [ParsedDocument])? = nil, limits: InputLimits,
    concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ work: @escaping @Sendable (StateLoader.Loaded) -> Result
  ) rethrows -> [Result] {
    let first = folders.first.map { folder in Prefetch { StateLoader.read(folder: folder, limits: limits) } }
    let context = try project()
    let commented = commentaries.map { load in Lazy { Corpus(linted: context + load()) } }
    let shared = Project(corpus: Corpus(linted: context), context: context)
    let workers = min(concurrency, folders.count)
    let copied = folders.count >= statesPerCopy * workers ? projectCopy : nil
    let copies = (1..<max(workers, 1)).map { _ in
      Lazy { copied.flatMap { load in Project(copy: load(), matching: shared) } ?? shared }
    }
    return Parallel.map(Array(folders.indices), concurrency: concurrency) { worker, index in
      let own = worker == 0 ? shared : copies[worker - 1].value
      let read = index == 0 ? first?.value : nil
      let state = read ?? StateLoader.read(folder: folders[index], limits: limits)
      let needsCommentaries = state.documents.contains { !$0.document.modelProvisions.isEmpty }
      let project = needsCommentaries ? commented?.value ?? own.corpus : own.corpus
      return work(StateLoader.check(state, against: project, remedies: own.remedies))
    }
  }

  static let statesPerCopy = 24

  /// What a State is checked against, as one worker holds it.
  struct Project: Sendable {
    var corpus: Corpus
    var remedies: RemedyIndex
    /// Each document's path with what it declares, to tell a copy from a changed project.
    var shape: [Shape]

    struct Shape: Equatable, Sendable {
      var path: String
      var obligations: Int
      var modelProvisions: Int
    }

    init(corpus: Corpus, context: [ParsedDocument]) {
      self.corpus = corpus
      remedies = RemedyIndex(modelLaws: context.map(\.document).filter { $0.kind == .modelLaw })
      shape = context.map {
        Shape(
          path: $0.document.path, obligations: $0.document.obligations.count,
          modelProvisions: $0.document.modelProvisions.count)
      }
    }

    /// A project of `copy`, or nil when it does not hold the documents `original` holds.
    init?(copy: [ParsedDocument], matching original: Project) {
      self.init(corpus: Corpus(linted: copy), context: copy)
      guard shape == original.shape else { return nil }
    }
  }
}

import AnnotatedMarkdown
import Synchronization
import TestSupport
import Testing

@testable import Workspace

/// Workers may each keep a copy of the project; a State is checked the same against any of them.
@Suite struct StateBatchTests {
  static let root = Repository.root()
  /// Enough States for two workers to keep copies of the project.
  static let states = Array(repeating: ["Examples/Lagonia", "Examples/Valmora"], count: StateBatch.statesPerCopy)
    .joined().map { root + "/" + $0 }

  static func project() -> [ParsedDocument] {
    ProjectLoader.project(
      root: root, catalogue: nil, limits: InputLimits(), lintCatalogue: false, commentaries: false
    ).context
  }

  /// What the check made of a State: whether it can be analysed, and its findings.
  static func run(copy: (@Sendable () -> [ParsedDocument])?) -> [String] {
    StateBatch.map(states, project: project, projectCopy: copy, limits: InputLimits(), concurrency: 2) { loaded in
      "\(loaded.name) \(loaded.input != nil) "
        + loaded.diagnostics.map { "\($0.code) \($0.message)" }.joined(separator: "|")
    }
  }

  @Test func copiesOfTheProjectGiveWhatTheSharedOneGives() {
    let shared = Self.run(copy: nil)
    let loads = Mutex(0)
    let copied = Self.run {
      loads.withLock { $0 += 1 }
      return Self.project()
    }
    #expect(copied == shared)
    #expect(shared.allSatisfy { $0.contains(" true") })
    // One copy at most, for the second worker, and only once it takes a State.
    #expect(loads.withLock { $0 } <= 1)
  }

  /// A copy made from files that changed in between is left unused.
  @Test func aCopyThatDiffersIsNotUsed() {
    let shared = Self.run(copy: nil)
    #expect(Self.run { [] } == shared)
    #expect(Self.run { Array(Self.project().dropLast()) } == shared)
  }

  @Test func smallBatchesShareOneProject() {
    let loads = Mutex(0)
    _ = StateBatch.map(
      Array(Self.states.prefix(8)), project: Self.project,
      projectCopy: {
        loads.withLock { $0 += 1 }
        return Self.project()
      }, limits: InputLimits(), concurrency: 2
    ) { $0.name }
    #expect(loads.withLock { $0 } == 0)
  }

  @Test func projectsTellACopyFromAChangedProject() {
    let context = Self.project()
    let original = StateBatch.Project(corpus: .init(linted: context), context: context)
    // Compared first: a failing expectation would print the whole project.
    let sameIsUsed = StateBatch.Project(copy: Self.project(), matching: original) != nil
    let changedIsRefused = StateBatch.Project(copy: Array(context.dropFirst()), matching: original) == nil
    #expect(sameIsUsed)
    #expect(changedIsRefused)
  }
}

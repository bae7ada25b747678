import AnnotatedMarkdown
import Dispatch
import Foundation

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
    let results = ResultSlots<Result>(count: folders.count)
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: max(1, min(concurrency, folders.count))) { _ in
      while let index = next.take(below: folders.count) {
        results.set(index, work(StateLoader.load(folder: folders[index], context: context, limits: limits)))
      }
    }
    return results.values
  }
}

/// Hands out indices to workers, each once.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  func take(below limit: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard value < limit else { return nil }
    value += 1
    return value - 1
  }
}

/// One slot per folder, written by whichever worker took it.
private final class ResultSlots<Result>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Result?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ result: Result) {
    lock.lock()
    slots[index] = result
    lock.unlock()
  }

  var values: [Result] {
    lock.lock()
    defer { lock.unlock() }
    return slots.compactMap { $0 }
  }
}

import Dispatch
import Foundation

/// Work spread over the machine's cores, results in the order of the input.
public enum Parallel {
  /// Runs `work` on every item, at most `concurrency` at once, each item taken by the next free
  /// worker (so one slow item does not hold up a fixed share of the rest).
  ///
  /// With `largestFirst` (a cost per item, e.g. its size), the costliest items start first, so that
  /// no large one is left to run alone at the end.
  public static func map<Item: Sendable, Result: Sendable>(
    _ items: [Item], largestFirst costs: [Int]? = nil,
    concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ work: @escaping @Sendable (Item) -> Result
  ) -> [Result] {
    guard items.count > 1, concurrency > 1 else { return items.map(work) }
    let order = costs.map { costs in items.indices.sorted { (-costs[$0], $0) < (-costs[$1], $1) } }
    let results = ResultSlots<Result>(count: items.count)
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: min(concurrency, items.count)) { _ in
      while let taken = next.take(below: items.count) {
        let index = order?[taken] ?? taken
        results.set(index, work(items[index]))
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

/// One slot per item, written by whichever worker took it.
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

import Synchronization
import Testing

@testable import Workspace

@Suite struct ParallelTests {
  @Test(arguments: [0, 1, 2, 7, 500])
  func keepsTheOrderOfItsInput(count: Int) {
    let items = Array(0..<count)
    #expect(Parallel.map(items) { $0 * $0 } == items.map { $0 * $0 })
    #expect(Parallel.map(items, concurrency: 1) { $0 + 1 } == items.map { $0 + 1 })
  }

  @Test func runsEveryItemOnce() {
    let calls = Mutex(0)
    _ = Parallel.map(Array(0..<1000), concurrency: 4) { item in calls.withLock { $0 += 1 } }
    #expect(calls.withLock { $0 } == 1000)
  }

  @Test func startsTheCostliestFirstAndKeepsTheOrder() {
    let items = Array(0..<50)
    let costs = items.map { ($0 * 37) % 50 }
    let started = Mutex<[Int]>([])
    let results = Parallel.map(items, largestFirst: costs, concurrency: 2) { item in
      started.withLock { $0.append(item) }
      return item * 2
    }
    #expect(results == items.map { $0 * 2 })
    // Two workers take the first two; whichever runs ahead, the costliest item is among them.
    let costliest = items.max { costs[$0] < costs[$1] }
    #expect(started.withLock { Array($0.prefix(2)) }.contains { $0 == costliest })
  }

  @Test func prefetchHandsOverWhatItWorkedOut() {
    let prefetch = Prefetch { (1...1000).reduce(0, +) }
    #expect(prefetch.value == 500_500)
    #expect(prefetch.value == 500_500)
  }
}

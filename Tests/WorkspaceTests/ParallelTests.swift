import Synchronization
import Testing
import Workspace

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
}

import Dispatch

/// Work started at once on another thread; `value` waits for it.
final class Prefetch<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchGroup()
  // Written once, before `done` is left; read only after waiting for it.
  private var result: Value?

  init(_ work: @escaping @Sendable () -> Value) {
    done.enter()
    DispatchQueue.global().async {
      self.result = work()
      self.done.leave()
    }
  }

  var value: Value? {
    done.wait()
    return result
  }
}

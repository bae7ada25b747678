import CommonMarkTree
import Dispatch
import Foundation
import Testing

/// cmark allocates into an arena per thread that is freed when the tree has been read: text
/// longer than an arena chunk (1 MB) must come through whole, and parses on several threads at
/// once must not share memory.
@Suite struct ArenaParsingTests {
  @Test func textLongerThanAChunkComesThroughWhole() {
    let line = String(repeating: "lawful ", count: 400_000)  // 2.8 MB on one line
    let code = String(repeating: "x = 1;\n", count: 300_000)  // 2.1 MB in one block
    let tree = CMarkConverter.parse("# Act\n\n\(line)\n\n```\n\(code)```\n\nEnd.\n")
    let texts = tree.nodes.compactMap { node -> String? in
      if case .text(let text) = node.kind { return text }
      return nil
    }
    #expect(texts == ["Act", String(line.dropLast()), "End."])
    #expect(tree.nodes.contains { $0.kind == .codeBlock(info: "", literal: code) })
  }

  @Test func parsesOnManyThreadsAtOnceAgreeWithOneThread() {
    let documents = (0..<16).map { index in
      "# Part \(index)\n\n" + (0..<200).map { "- item \($0) of \(index) with `code` and <!-- @note -->\n" }.joined()
    }
    let expected = documents.map { CMarkConverter.parse($0) }
    let agreed = Agreement(count: documents.count)
    DispatchQueue.concurrentPerform(iterations: documents.count) { index in
      agreed.record(index, (0..<5).allSatisfy { _ in CMarkConverter.parse(documents[index]) == expected[index] })
    }
    #expect(agreed.all)
  }
}

/// Results written from many threads, read once they are done.
private final class Agreement: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [Bool]

  init(count: Int) { results = Array(repeating: false, count: count) }

  func record(_ index: Int, _ agrees: Bool) {
    lock.lock()
    results[index] = agrees
    lock.unlock()
  }

  var all: Bool {
    lock.lock()
    defer { lock.unlock() }
    return results.allSatisfy { $0 }
  }
}

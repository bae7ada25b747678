import Foundation
import Progress
import Testing

@Suite struct ProgressComparisonTests {
  static func report(_ findings: [(String, String, [String])]) throws -> BaselineReport {
    let items = findings.map { id, status, citations in
      let evidence = citations.map { "{\"citation\": \"\($0)\", \"text\": \"t\"}" }.joined(separator: ",")
      return
        "{\"obligation\": \"\(id)\", \"title\": \"T\", \"class\": \"mandatory\", \"status\": \"\(status)\", \"evidence\": [\(evidence)]}"
    }
    let json =
      "{\"schemaVersion\": 1, \"state\": {\"name\": \"S\", \"code\": \"SSS\"}, \"findings\": [\(items.joined(separator: ","))]}"
    return try BaselineReport.decode(Data(json.utf8), path: "r.json")
  }

  @Test func everyKindOfChangeIsSorted() throws {
    let baseline = try Self.report([
      ("A", "missing", []), ("B", "missing", []), ("C", "implemented", ["s. 1"]), ("D", "missing", []),
      ("E", "partial", ["s. 2"]),
      ("F", "implemented", ["s. 3"]),
    ])
    let current = try Self.report([
      ("A", "implemented", ["s. 9"]), ("B", "partial", ["s. 8"]), ("C", "partial", ["s. 1"]), ("D", "missing", []),
      ("E", "partial", ["s. 2", "s. 4"]), ("F", "conflicting", []), ("G", "missing", []),
    ])
    let comparison = ProgressComparison.compare(baseline: baseline, current: current)
    let changes = Dictionary(uniqueKeysWithValues: comparison.entries.map { ($0.obligation, $0.change) })
    #expect(
      changes == [
        "A": .newlyImplemented, "B": .improved, "C": .regressed, "D": .stillMissing, "E": .unchanged, "F": .regressed,
        "G": .unchanged,
      ])
    #expect(comparison.entries.filter(\.evidenceChanged).map(\.obligation) == ["A", "B", "E", "F"])
    #expect(comparison.entries.first { $0.obligation == "G" }?.baseline == nil)
  }

  @Test func otherSchemaVersionsAreRefused() {
    let json = "{\"schemaVersion\": 2, \"state\": {\"name\": \"S\", \"code\": \"SSS\"}, \"findings\": []}"
    #expect(throws: BaselineReport.Failure.self) { try BaselineReport.decode(Data(json.utf8), path: "r.json") }
    #expect(throws: BaselineReport.Failure.self) { try BaselineReport.decode(Data("not json".utf8), path: "r.json") }
  }
}

import Foundation
import TestSupport
import Testing

@Suite struct CatalogCommandTests {
  @Test(arguments: [
    (["catalog", "list", "--instrument", "TIP"], "catalog-list-tip.txt"),
    (["catalog", "show", "UNTOC-5.1.a"], "catalog-show-untoc-5.1.a.txt"),
    (["catalog", "show", "FP-7", "--format", "json"], "catalog-show-fp-7.json"),
    (["catalog", "list", "--class", "optional", "--format", "csv"], "catalog-list-optional.csv"),
    (["catalog", "list", "--theme", "jurisdiction"], "catalog-list-jurisdiction.txt"),
    (["catalog", "show", "SOM-1"], "catalog-show-som-1.txt"),
  ])
  func outputMatchesSnapshot(_ arguments: [String], _ snapshot: String) throws {
    let run = try PalermoRun.run(arguments)
    #expect(run.status == 0, "\(run.stderr)")
    assertSnapshot(run.stdout, named: snapshot)
  }

  @Test func jsonListsEveryObligationWithTheRequiredFields() throws {
    let run = try PalermoRun.run(["catalog", "list", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    let obligations = try #require(object["obligations"] as? [[String: Any]])
    #expect(obligations.count == (object["counts"] as? [String: Int])?["total"])
    for obligation in obligations {
      for key in ["id", "instrument", "article", "class", "qualifier", "theme", "elements", "summary"] {
        #expect(obligation[key] != nil, "\(obligation["id"] ?? "?") lacks \(key)")
      }
    }
  }

  @Test func unknownIDsAndFiltersAreUsageErrors() throws {
    let unknown = try PalermoRun.run(["catalog", "show", "TIP-5.9"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("did you mean"))
    #expect(
      try PalermoRun.run(["catalog", "list", "--theme", "criminalisation"]).stderr.contains(
        "did you mean 'criminalization'?"))
    #expect(try PalermoRun.run(["catalog", "list", "--class", "must"]).status == 64)
    #expect(try PalermoRun.run(["catalog", "show", "TIP 5"]).status == 64)
  }

  @Test func brokenCatalogueFailsWithItsFindings() throws {
    let folder = Scratch.url("catalogue")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(
      "---\nkind: catalogue\ninstrument: TIP\ntitle: T\n---\n\n## Article 1\n<!-- @article TIP-1 obligations=none -->\n"
        .utf8
    )
    .write(to: folder.appendingPathComponent("TIP.md"))
    let run = try PalermoRun.run(["catalog", "list", "--catalog", folder.path])
    #expect(run.status == 1)
    #expect(run.stderr.contains("[CAT002]"))
  }
}

@Suite struct CoverageCommandTests {
  /// Issues 5-7: the whole model law implements every mandatory obligation of the four instruments.
  @Test func modelLawImplementsEveryMandatoryObligation() throws {
    let run = try PalermoRun.run(["coverage"])
    #expect(run.status == 0, "\(run.stdout)")
    #expect(run.stdout.contains("mandatory obligations implemented by the model law: 215 of 215"))
    for instrument in ["UNTOC", "TIP", "SOM", "FP"] {
      #expect(run.stdout.contains("\n\(instrument.padding(toLength: 12, withPad: " ", startingAt: 0))mandatory"))
    }
  }
}

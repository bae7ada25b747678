import Foundation
import TestSupport
import Testing

@Suite struct AnalyzeCommandTests {
  static let profile = """
    name: Testland
    code: TST
    legal-family: civil-law
    instruments:
      UNTOC: {status: party, date: 2004-01-01}
      TIP: {status: party, date: 2004-01-01}
      SOM: {status: party, date: 2004-01-01}
      FP: {status: none}

    """

  static func act(_ body: String) -> String {
    "---\nkind: legislation\nstate: TST\ntitle: Aliens Act\ncitation: Law 4 of 2010\nin-force: 2010-01-01\n---\n\n"
      + body
  }

  /// A State folder in a fresh temporary directory; returns the folder and an output folder.
  static func state(profile: String? = profile, acts: [String: String]) throws -> (state: String, output: String) {
    let base = Scratch.url("analyze")
    let state = base.appendingPathComponent("Testland")
    try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    if let profile { try Data(profile.utf8).write(to: state.appendingPathComponent("state.yaml")) }
    for (name, text) in acts { try Data(text.utf8).write(to: state.appendingPathComponent(name)) }
    return (state.path, base.appendingPathComponent("out").path)
  }

  static let conflicting = act(
    "### Article 12. Irregular entry\n<!-- @provision al.12 citation=\"Aliens Act art. 12\" conflicts=SOM-5 -->\n\nA foreigner who enters unlawfully, including with a smuggler's help, is punished by a fine.\n"
  )

  @Test func writesHTMLJSONAndCSVForAState() throws {
    let (state, output) = try Self.state(acts: ["aliens.md": Self.conflicting])
    let run = try PalermoRun.run(["analyze", state, "--output", output])
    #expect(run.status == 0, "\(run.stderr)")
    for ext in ["html", "json", "csv"] {
      #expect(FileManager.default.fileExists(atPath: "\(output)/Testland/report.\(ext)"), "report.\(ext)")
    }
    let json = try #require(FileManager.default.contents(atPath: "\(output)/Testland/report.json"))
    let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.first { $0["obligation"] as? String == "SOM-5" }?["status"] as? String == "conflicting")
    #expect(findings.first { $0["obligation"] as? String == "FP-7" }?["status"] as? String == "not-applicable")
    #expect(run.stderr.contains("Testland:"))
  }

  /// The project's commentaries are read only when a State's folder holds model provisions, and
  /// then those provisions are checked against them as `palermo lint` checks them.
  @Test func aModelLawInAStateFolderIsCheckedAgainstTheCommentaries() throws {
    let modelLaw = try String(contentsOfFile: "ModelLaws/Smuggling/BorderAndDocuments.md", encoding: .utf8)
    let uncommented =
      modelLaw
      + "\n## Article 99. New\n<!-- @provision som.border.new implements=SOM-11.1 adoption=required -->\n\nText.\n"
    let (state, output) = try Self.state(acts: ["aliens.md": Self.conflicting, "model.md": uncommented])
    let run = try PalermoRun.run(["analyze", state, "--output", output])
    let missing = run.stderr.split(separator: "\n").filter { $0.contains("[COM001]") }
    #expect(missing.count == 1, "\(run.stderr)")
    #expect(missing.first?.contains("som.border.new") == true)
  }

  @Test func failOnSetsTheExitCode() throws {
    let (state, output) = try Self.state(acts: ["aliens.md": Self.conflicting])
    #expect(try PalermoRun.run(["analyze", state, "--output", output, "--fail-on", "conflict"]).status == 1)
    #expect(try PalermoRun.run(["analyze", state, "--output", output, "--fail-on", "mandatory-gap"]).status == 1)
    #expect(try PalermoRun.run(["analyze", state, "--output", output, "--fail-on", "none"]).status == 0)
    #expect(try PalermoRun.run(["analyze", state, "--output", output, "--fail-on", "everything"]).status == 64)
  }

  @Test func theSameInputsGiveByteIdenticalReports() throws {
    let (state, output) = try Self.state(acts: ["aliens.md": Self.conflicting])
    _ = try PalermoRun.run(["analyze", state, "--output", output + "1"])
    _ = try PalermoRun.run(["analyze", state, "--output", output + "2"])
    for ext in ["html", "json", "csv"] {
      let first = FileManager.default.contents(atPath: "\(output)1/Testland/report.\(ext)")
      #expect(
        first != nil && first == FileManager.default.contents(atPath: "\(output)2/Testland/report.\(ext)"), "\(ext)")
    }
  }

  @Test func aMissingProfileStopsBeforeWritingAnything() throws {
    let (state, output) = try Self.state(profile: nil, acts: ["aliens.md": Self.conflicting])
    let run = try PalermoRun.run(["analyze", state, "--output", output])
    #expect(run.status == 1)
    #expect(run.stderr.contains("[ST007]"))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func aTagErrorStopsTheAnalysisInsteadOfDroppingTheTag() throws {
    let typo = Self.act("### Article 12\n<!-- @provision al.12 citation=\"art. 12\" implements=SOM-6.1.z -->\n")
    let (state, output) = try Self.state(acts: ["aliens.md": typo])
    let run = try PalermoRun.run(["analyze", state, "--output", output])
    #expect(run.status == 1)
    #expect(run.stderr.contains("aliens.md:10:"))
    #expect(run.stderr.contains("[REF001]"))
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func frenchInterface() throws {
    let (state, output) = try Self.state(acts: ["aliens.md": Self.conflicting])
    #expect(try PalermoRun.run(["analyze", state, "--output", output, "--lang", "fr", "--format", "html"]).status == 0)
    let html = String(
      decoding: FileManager.default.contents(atPath: "\(output)/Testland/report.html") ?? Data(), as: UTF8.self)
    #expect(html.contains("<html lang=\"fr\" dir=\"ltr\">"))
    #expect(html.contains("Analyse des lacunes"))
    #expect(!FileManager.default.fileExists(atPath: "\(output)/Testland/report.json"))
  }

  @Test func profileIDsAreCheckedAgainstTheCatalogue() throws {
    let profile =
      Self.profile + "overrides:\n  - obligation: UNTOC-10.9\n    status: partial\n    reason: A typo in the id.\n"
    let (state, output) = try Self.state(profile: profile, acts: ["aliens.md": Self.conflicting])
    let run = try PalermoRun.run(["analyze", state, "--output", output])
    #expect(run.status == 1)
    #expect(run.stderr.contains("state.yaml:10:5:"))
    #expect(run.stderr.contains("[ST008]"))
    #expect(run.stderr.contains("did you mean 'UNTOC-10.1'?"))
  }

  @Test func aMissingCatalogueStopsTheAnalysis() throws {
    let (state, output) = try Self.state(acts: ["aliens.md": Self.conflicting])
    let run = try PalermoRun.run(["analyze", state, "--output", output, "--catalog", "/nonexistent"])
    #expect(run.status == 1)
    #expect(!FileManager.default.fileExists(atPath: output))
  }
}

@Suite struct ProgressCommandTests {
  @Test func analyzeWithABaselineWritesProgress() throws {
    let output = Scratch.url("progress").path
    let run = try PalermoRun.run([
      "analyze", "Examples/Lagonia", "--baseline", "Examples/Lagonia/baseline.json", "--output", output,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let json = try #require(FileManager.default.contents(atPath: output + "/Lagonia/progress.json"))
    let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
    let counts = try #require(object["counts"] as? [String: Int])
    #expect((counts["newly-implemented"] ?? 0) > 0)
    #expect(counts["regressed"] == 0)
    let html = String(
      decoding: FileManager.default.contents(atPath: output + "/Lagonia/progress.html") ?? Data(), as: UTF8.self)
    #expect(html.contains("Newly implemented"))
  }

  @Test func compareFindsARegression() throws {
    let folder = Scratch.url("compare").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let report = { (status: String) in
      "{\"schemaVersion\": 1, \"state\": {\"name\": \"S\", \"code\": \"SSS\"}, \"findings\": [{\"obligation\": \"TIP-5.1\", \"title\": \"T\", \"class\": \"mandatory\", \"status\": \"\(status)\", \"evidence\": []}]}"
    }
    try Data(report("implemented").utf8).write(to: URL(fileURLWithPath: folder + "/before.json"))
    try Data(report("partial").utf8).write(to: URL(fileURLWithPath: folder + "/after.json"))
    let run = try PalermoRun.run(["compare", folder + "/before.json", folder + "/after.json", "--format", "json"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("\"change\" : \"regressed\""))
    let bad = try PalermoRun.run(["compare", folder + "/before.json", "/nonexistent.json"])
    #expect(bad.status == 1)
    let other = report("partial").replacingOccurrences(of: "SSS", with: "OOO")
    try Data(other.utf8).write(to: URL(fileURLWithPath: folder + "/other.json"))
    let twoStates = try PalermoRun.run(["compare", folder + "/before.json", folder + "/other.json"])
    #expect(twoStates.status == 1)
    #expect(twoStates.stderr.contains("assesses SSS") && twoStates.stdout.isEmpty)
  }

  /// In a batch each baseline goes to the State it assesses; the others get no progress report.
  @Test func batchMatchesEachBaselineToItsState() throws {
    let output = Scratch.url("progress").path
    let run = try PalermoRun.run([
      "analyze", "Examples/Valmora", "Examples/Lagonia", "--baseline", "Examples/Lagonia/baseline.json",
      "--output", output,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(FileManager.default.fileExists(atPath: output + "/Lagonia/progress.json"))
    #expect(!FileManager.default.fileExists(atPath: output + "/Valmora/progress.json"))
    #expect(run.stderr.contains("no baseline of VLM was given"))
  }

  @Test func baselineOfAnotherStateIsAnError() throws {
    let output = Scratch.url("progress").path
    let run = try PalermoRun.run([
      "analyze", "Examples/Valmora", "--baseline", "Examples/Lagonia/baseline.json", "--output", output,
    ])
    #expect(run.status == 1)
    #expect(run.stderr.contains("this baseline is an assessment of LGN, which is not among the States analyzed"))
    #expect(!FileManager.default.fileExists(atPath: output + "/Valmora/progress.json"))
    let twice = try PalermoRun.run([
      "analyze", "Examples/Lagonia", "--baseline", "Examples/Lagonia/baseline.json", "--baseline",
      "Examples/Lagonia/baseline.json", "--output", output,
    ])
    #expect(twice.status == 64)
    #expect(twice.stderr.contains("are both baselines of LGN"))
  }
}

@Suite struct MatrixCommandTests {
  @Test func matrixCoversEveryStateAndConsolidatesAssistanceNeeds() throws {
    let output = Scratch.url("matrix")
      .path
    let run = try PalermoRun.run(["matrix", "Examples/Valmora", "Examples/Lagonia", "--output", output])
    #expect(run.status == 0, "\(run.stderr)")
    let csv = String(decoding: FileManager.default.contents(atPath: output + "/matrix.csv") ?? Data(), as: UTF8.self)
    let lines = csv.split(separator: "\r\n")
    #expect(lines.first == "obligation,class,theme,LGN,VLM")
    #expect(lines.contains("SOM-5,mandatory,criminalization,implemented,conflicting"))
    #expect(lines.count == 293)
    let needs = String(
      decoding: FileManager.default.contents(atPath: output + "/assistance.csv") ?? Data(), as: UTF8.self)
    #expect(needs.contains("UNTOC-10,Republic of Lagonia"))
    #expect(needs.contains("UNTOC-18,Republic of Valmora"))
    let html = String(decoding: FileManager.default.contents(atPath: output + "/matrix.html") ?? Data(), as: UTF8.self)
    #expect(html.contains(">⚠</td>"))
  }
}

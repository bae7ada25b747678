import Foundation
import TestSupport
import Testing

@Suite struct RenderCommandTests {
  /// A project folder holding one small model-law module and its commentary.
  static func project() throws -> String {
    let root = Scratch.url("render")
    let model = root.appendingPathComponent("ModelLaws/Trafficking")
    let comments = root.appendingPathComponent("Commentaries/Trafficking")
    try FileManager.default.createDirectory(at: model, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: comments, withIntermediateDirectories: true)
    try Data(
      """
      ---
      kind: model-law
      module: trafficking
      title: Model provisions on trafficking <offences> & "penalties"
      placeholders:
        max-term: the maximum term
      ---

      ## Article 1. Interpretation
      <!-- @provision tip.terms adoption=optional -->

      "Child" means a person under eighteen. <script>alert(1)</script>

      ## Article 2. Trafficking
      <!-- @provision tip.offence adoption=optional -->

      (1) As defined in [article 1](provision:tip.terms), a person who traffics a child commits an offence.

      ### Option 1 (common-law systems)
      <!-- @option 1 family=common-law -->

      (2) The offence is punishable by imprisonment for up to {{max-term}}.

      ### Option 2 (civil-law systems)
      <!-- @option 2 family=civil-law -->

      (2) The offence is punished by {{max-term}} of imprisonment.

      """.utf8
    ).write(to: model.appendingPathComponent("Offences.md"))
    try Data(
      "---\nkind: commentary\nmodule: trafficking\ntitle: Commentary\n---\n\n## On article 2\n<!-- @commentary tip.offence -->\n\nThe offence follows TIP art. 5.\n"
        .utf8
    ).write(to: comments.appendingPathComponent("Offences.md"))
    let profile =
      "name: Testland\ncode: TST\nlegal-family: civil-law\ninstruments:\n  UNTOC: {status: party}\n  TIP: {status: party}\n  SOM: {status: party}\n  FP: {status: party}\nplaceholders:\n  max-term: ten years\n  name-of-act: Trafficking Act\n"
    try Data(profile.utf8).write(to: root.appendingPathComponent("state.yaml"))
    return root.path
  }

  @Test(arguments: ["md", "html"])
  func cleanBillMatchesSnapshot(_ format: String) throws {
    let root = try Self.project()
    let run = try PalermoRun.run(
      ["render", "--clean", "--profile", "state.yaml", "--format", format, "--root", "."], in: root)
    #expect(run.status == 0, "\(run.stderr)")
    assertSnapshot(run.stdout, named: "bill.\(format)")
    if format == "html" { #expect(!run.stdout.contains("<script>alert")) }
  }

  @Test func unfilledPlaceholdersAndUnresolvedOptionsAreErrors() throws {
    let root = try Self.project()
    let run = try PalermoRun.run(["render", "--clean", "--format", "md", "--root", "."], in: root)
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("ModelLaws/Trafficking/Offences.md:15:1: error: choose an option for 'tip.offence'"))
    #expect(run.stderr.contains("[DR002]"))
    let working = try PalermoRun.run(
      ["render", "--clean", "--format", "md", "--root", ".", "--option", "tip.offence=1", "--allow-placeholders"],
      in: root)
    #expect(working.status == 0)
    #expect(working.stdout.contains("up to {{max-term}}"))
    let unfilled = try PalermoRun.run(
      ["render", "--clean", "--format", "md", "--root", ".", "--option", "tip.offence=1"], in: root)
    #expect(unfilled.stderr.contains("Offences.md:22:57:"))
    #expect(unfilled.stderr.contains("[DR001]"))
  }

  @Test func usageErrors() throws {
    #expect(try PalermoRun.run(["render", "--clean", "--commentary"]).status == 64)
    #expect(
      try PalermoRun.run(["render", "trafficing", "--commentary"]).stderr.contains("did you mean 'trafficking'?"))
    #expect(try PalermoRun.run(["render", "--clean", "--option", "nonsense"]).status == 64)
  }

  @Test func commentedTextOfTheRealModelLawShowsOptionsCommentaryAndAppendix() throws {
    let run = try PalermoRun.run(["render", "trafficking", "--commentary"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("<aside class=\"commentary\""))
    #expect(run.stdout.contains("<section class=\"option\""))
    #expect(run.stdout.contains("<mark class=\"placeholder\">"))
    #expect(run.stdout.contains("href=\"#obligation-TIP-5.1\""))
    #expect(run.stdout.contains("id=\"obligation-TIP-5.1\""))
    #expect(!run.stdout.contains("@provision"))
  }
}

import Foundation
import TestSupport
import Testing

/// Runs the built `palermo` binary: argv in, stdout, stderr and exit code out.
enum PalermoRun {
  static let binary: String = {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
      "palermo"
    ).path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return Repository.path(".build/debug/palermo")
  }()

  static func run(_ arguments: [String], in directory: String = Repository.root()) throws -> Subprocess {
    try Subprocess.run(binary, arguments, in: directory)
  }
}

@Suite struct PalermoCommandTests {
  static let misspelt = "Tests/CLITests/Fixtures/bad_misspelt_obligation_id.md"

  @Test func misspeltObligationPrintsLineColumnCodeAndSuggestion() throws {
    let run = try PalermoRun.run(["lint", Self.misspelt])
    #expect(run.status == 1)
    #expect(
      run.stdout
        == "\(Self.misspelt):12:64: error: unknown obligation 'TIP-5.11'; did you mean 'TIP-5.1'? [REF001]\n")
    #expect(run.stderr == "1 error in 1 file\n")
  }

  @Test func sarifHasVersionAndOneResultPerFinding() throws {
    let run = try PalermoRun.run(["lint", "--format", "sarif", Self.misspelt])
    #expect(run.status == 1)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    #expect(results.map { $0["ruleId"] as? String } == ["REF001"])
    #expect(run.stderr.isEmpty)
  }

  @Test func githubAndJSONFormats() throws {
    let github = try PalermoRun.run(["lint", "-f", "github", Self.misspelt])
    #expect(github.stdout.hasPrefix("::error file=\(Self.misspelt),line=12,col=64,title=REF001 unknown-obligation::"))
    let json = try PalermoRun.run(["lint", "--format", "json", Self.misspelt])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
  }

  @Test func warningsFailOnlyUnderStrict() throws {
    let folder = Scratch.url("cli")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("code.md").path
    try Data(
      "---\nkind: legislation\nstate: ATL\ntitle: T\ncitation: C\nin-force: 2019-07-01\n---\n\n```\n<!-- @provision x -->\n```\n"
        .utf8
    )
    .write(to: URL(fileURLWithPath: file))
    #expect(try PalermoRun.run(["lint", file]).status == 0)
    #expect(try PalermoRun.run(["lint", "--strict", file]).status == 1)
  }

  @Test func hostileFilesGiveDiagnosticsNotCrashes() throws {
    let folder = Scratch.url("hostile")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00]).write(to: folder.appendingPathComponent("binary.md"))
    try Data(Array("# T\n\n".utf8) + [0xC3, 0x28]).write(to: folder.appendingPathComponent("latin1.md"))
    try Data("---\nkind: legislation\n<!-- @provision".utf8).write(to: folder.appendingPathComponent("unclosed.md"))
    let run = try PalermoRun.run(["lint", folder.path])
    #expect(run.status == 1)
    #expect(run.stdout.contains("binary.md:1:5: error:"))
    #expect(run.stdout.contains("[IO002]"))
    #expect(run.stdout.contains("latin1.md:3:1: error:"))
    #expect(run.stdout.contains("[IO003]"))
    #expect(run.stdout.contains("[FM006]"))
  }

  @Test func fiftyMegabyteFileIsLinted() throws {
    let folder = Scratch.url("big")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let header = "---\nkind: legislation\nstate: ATL\ntitle: T\ncitation: C\nin-force: 2019-07-01\n---\n\n"
    let section =
      "### Section\n<!-- @provision s citation=\"s\" -->\n\n"
      + String(repeating: "Text of the section, long enough. ", count: 30) + "\n\n"
    var text = header
    var n = 0
    while text.utf8.count < 50 * 1_048_576 {
      n += 1
      text += section.replacingOccurrences(of: "provision s ", with: "provision s\(n) ")
    }
    let file = folder.appendingPathComponent("big.md").path
    try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    let run = try PalermoRun.run(["lint", file])
    #expect(run.status == 0, "\(run.stdout.prefix(500))")
    let refused = try PalermoRun.run(["lint", "--max-file-size", "10", file])
    #expect(refused.status == 1)
    #expect(refused.stdout.contains("[IO004]"))
  }

  @Test func usageErrorsExitWith64() throws {
    #expect(try PalermoRun.run(["lint", "--format", "pdf", Self.misspelt]).status == 64)
    #expect(try PalermoRun.run(["explain"]).status == 64)
    let unknown = try PalermoRun.run(["explain", "REF01"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("did you mean"))
  }

  @Test func explainPrintsTheRegistryEntry() throws {
    let run = try PalermoRun.run(["explain", "unknown-obligation"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("REF001 unknown-obligation (error)"))
  }

  @Test func repositoryContentLintsClean() throws {
    let run = try PalermoRun.run(["lint", "--strict"])
    #expect(run.status == 0, "\(run.stdout)")
  }
}

import ArgumentParser
import Foundation
import Progress
import Rendering
import Workspace

extension Palermo {
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show what changed between a baseline report.json and a current one.",
      discussion: "Exit codes: 0 written, 1 unreadable reports or reports of two States, 64 usage error.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, json }

    @Argument(help: "The baseline assessment's report.json.")
    var baseline: String

    @Argument(help: "The current assessment's report.json.")
    var current: String

    @Option(name: .shortAndLong, help: "Output format.")
    var format: Format = .html

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Write even where the output would replace a source file or land in ModelLaws/ or Commentaries/.")
    var force = false

    func run() throws {
      let (before, after) = (try Self.read(baseline), try Self.read(current))
      guard before.state.code == after.state.code else {
        Standard.error(
          "'\(baseline)' assesses \(before.state.code) and '\(current)' assesses \(after.state.code); "
            + "progress is measured between two reports of the same State")
        throw ExitCode(1)
      }
      let comparison = ProgressComparison.compare(baseline: before, current: after)
      let text =
        format == .html
        ? ProgressRenderer.html(comparison, toolVersion: Palermo.version) : ProgressRenderer.json(comparison)
      if let output { try OutputWriter.write(text, to: output, force: force) } else { Standard.output(text) }
    }

    static func read(_ path: String) throws -> BaselineReport {
      guard let data = FileManager.default.contents(atPath: path) else {
        Standard.error("cannot read '\(path)'")
        throw ExitCode(1)
      }
      do {
        return try BaselineReport.decode(data, path: path)
      } catch {
        Standard.error("\(error)")
        throw ExitCode(1)
      }
    }
  }
}

import ArgumentParser
import Diagnostics
import Foundation
import Rendering
import Workspace

extension DiagnosticFormat: ExpressibleByArgument {}

extension Palermo {
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check annotated Markdown: the catalogue, model laws, commentaries and tagged legislation.",
      discussion: """
        With no PATH, lints ModelLaws/, Commentaries/ and Examples/ under --root. Files are checked
        against the project's catalogue, model laws and commentaries found under --root.
        Exit codes: 0 clean, 1 errors (or warnings with --strict), 64 usage error.
        """)

    @Argument(help: "Files or folders to lint.")
    var paths: [String] = []

    @Option(name: .shortAndLong, help: "Output format.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Fail on warnings as well as errors.")
    var strict = false

    @Option(
      help: ArgumentHelp("The project folder whose ModelLaws/ and Commentaries/ give the context.", valueName: "DIR"))
    var root = "."

    @Option(
      help: ArgumentHelp(
        "Check obligation ids against this catalogue folder instead of ModelLaws/Obligations.", valueName: "DIR"))
    var catalog: String?

    @Option(
      name: .shortAndLong, help: ArgumentHelp("Write the report to FILE instead of standard output.", valueName: "FILE")
    )
    var output: String?

    @Flag(help: "Write even where the output would replace a source file or land in ModelLaws/ or Commentaries/.")
    var force = false

    @OptionGroup var input: InputOptions

    func run() throws {
      let defaults = ["ModelLaws", "Commentaries", "Examples"].map { root == "." ? $0 : root + "/" + $0 }
        .filter { !MarkdownFinder.files(in: [$0]).files.isEmpty }
      let targets = paths.isEmpty ? defaults : paths
      guard !targets.isEmpty else {
        throw ValidationError("nothing to lint: name files or folders, or run in a project with ModelLaws/")
      }
      let (files, diagnostics) = ProjectLoader.lint(
        paths: targets, root: root, catalogue: catalog, limits: input.limits)
      let report = LintReport(files: files, diagnostics: diagnostics, toolVersion: Palermo.version)
      let rendered = format.render(report)
      if let output {
        try OutputWriter.write(rendered, to: output, root: root, force: force)
      } else {
        Standard.output(rendered)
      }
      if format == .text || output != nil { Standard.error(report.summary) }
      let threshold: Severity = strict ? .warning : .error
      if diagnostics.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
    }
  }
}

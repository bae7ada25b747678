import ArgumentParser
import Foundation
import MappingEngine
import Rendering
import Workspace

extension Palermo {
  struct MatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "matrix",
      abstract: "Analyze many States and write a cross-State matrix and their consolidated assistance needs.",
      discussion: """
        Writes matrix.html (a heatmap by theme, article and obligation, with figures and symbols as
        well as colours), matrix.csv (obligations against States) and assistance.csv (the technical
        assistance needs of all States, per article) into --output (default: Reports/Matrix).
        States with errors are left out and named. Exit codes: 0 written, 1 a State had errors.
        """)

    @Argument(help: ArgumentHelp("State folders.", valueName: "STATE_DIR"))
    var states: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Folder for the matrix files.", valueName: "DIR"))
    var output: String?

    @Option(help: ArgumentHelp("The project folder whose ModelLaws/ holds the catalogue.", valueName: "DIR"))
    var root = "."

    @Flag(help: "Write even where the output would replace a source file or land in ModelLaws/ or Commentaries/.")
    var force = false

    @OptionGroup var input: InputOptions

    func run() throws {
      let project = try loadProject(root: root, limits: input.limits)
      var matrix = Matrix(catalogue: project.catalogue)
      // Each worker keeps only its State's row, so the matrix of 193 States stays small.
      let results = StateBatch.map(states, project: { project.context }, limits: input.limits) {
        [matrix] loaded -> (String, Matrix.Row?) in
        (loaded.name, loaded.input.map { matrix.row(for: GapAnalysis.analyze($0)) })
      }
      var failed: [String] = []
      for (name, row) in results {
        if let row { matrix.add(row) } else { failed.append(name) }
      }
      let folder = output ?? (root == "." ? "" : root + "/") + "Reports/Matrix"
      try OutputWriter.write(
        MatrixRenderer.html(matrix, toolVersion: Palermo.version), to: folder + "/matrix.html", root: root, force: force
      )
      try OutputWriter.write(MatrixRenderer.csv(matrix), to: folder + "/matrix.csv", root: root, force: force)
      try OutputWriter.write(
        MatrixRenderer.assistanceCSV(matrix), to: folder + "/assistance.csv", root: root, force: force)
      Standard.error("\(matrix.rows.count) States in \(folder)/matrix.html")
      if !failed.isEmpty {
        Standard.error(
          "left out, with errors (run 'palermo analyze' on each to see them): " + failed.joined(separator: ", "))
        throw ExitCode(1)
      }
    }
  }
}

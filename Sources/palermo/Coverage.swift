import ArgumentParser
import MappingEngine
import Rendering
import Workspace

extension Palermo {
  struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show how much of the catalogue the model law implements, per instrument and class.",
      discussion: "Exit codes: 0 every mandatory obligation implemented, 1 otherwise, 64 usage error.")

    @Option(
      help: ArgumentHelp("The project folder whose ModelLaws/ holds the catalogue and model law.", valueName: "DIR"))
    var root = "."

    @OptionGroup var input: InputOptions

    func run() throws {
      let project = try loadProject(root: root, limits: input.limits)
      let (context, catalogue) = (project.context, project.catalogue)
      let assessment = ModelLawCoverage.assess(
        catalogue: catalogue, modelLaws: context.map(\.document).filter { $0.kind == .modelLaw })
      Standard.output(CoverageRenderer.text(assessment))
      if !assessment.priorityFindings.isEmpty { throw ExitCode(1) }
    }
  }
}

import ArgumentParser
import Diagnostics
import Foundation
import MappingEngine
import Progress
import Rendering
import Workspace

extension ReportLanguage: ExpressibleByArgument {}

extension Palermo {
  struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Compare a State's tagged legislation with the catalogue and write its gap report.",
      discussion: """
        STATE_DIR holds state.yaml and the State's Acts as tagged Markdown. The report is written as
        report.html, report.json and report.csv in <--output>/<folder name> (default: Reports/<folder name>). Findings
        in the inputs are printed; an error stops the analysis before anything is written.
        Exit codes: 0 done, 1 input errors or --fail-on findings, 64 usage error.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, json, csv }
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
      case mandatoryGap = "mandatory-gap"
      case conflict, none
    }

    @Argument(help: ArgumentHelp("State folders to analyze.", valueName: "STATE_DIR"))
    var states: [String]

    @Option(name: .shortAndLong, help: "Formats to write (repeat to choose several; default: all).")
    var format: [Format] = []

    @Option(
      name: .shortAndLong,
      help: ArgumentHelp("Folder for the reports, one subfolder per State (default: Reports).", valueName: "DIR"))
    var output: String?

    @Option(
      help: ArgumentHelp("A baseline report.json: also write progress.html and progress.json.", valueName: "FILE"))
    var baseline: String?

    @Option(help: "Language of the HTML report's interface.")
    var lang: ReportLanguage = .en

    @Option(help: "Exit with 1 when the analysis finds a mandatory gap or conflict, or a conflict.")
    var failOn: FailOn = .none

    @Option(
      help: ArgumentHelp("The project folder whose ModelLaws/ and Commentaries/ give the context.", valueName: "DIR"))
    var root = "."

    @Option(
      help: ArgumentHelp("Read the catalogue from this folder instead of ModelLaws/Obligations.", valueName: "DIR"))
    var catalog: String?

    @Flag(help: "Write even where the output would replace a source file or land in ModelLaws/ or Commentaries/.")
    var force = false

    @OptionGroup var input: InputOptions

    func validate() throws {
      let names = states.map { URL(fileURLWithPath: $0.hasSuffix("/") ? String($0.dropLast()) : $0).lastPathComponent }
      if let repeated = names.first(where: { name in names.count { $0 == name } > 1 }) {
        throw ValidationError("two State folders are named '\(repeated)'; their reports would overwrite each other")
      }
    }

    func run() throws {
      let baselineReport = try baseline.map(Compare.read)
      let job = Job(
        formats: format.isEmpty ? Format.allCases : format, output: output, root: root, force: force, lang: lang,
        baseline: baselineReport, failOn: failOn)
      // States are analysed in parallel; what each prints is shown in the order they were named.
      // A missing or broken catalogue must stop the analysis, not yield an empty report.
      let outcomes = try StateBatch.map(
        states, project: { try loadProject(root: root, catalogue: catalog, limits: input.limits).context },
        limits: input.limits
      ) { job.run($0) }
      for outcome in outcomes { Standard.error(outcome.messages, terminator: "") }
      if outcomes.contains(where: { $0.failed || $0.fails }) { throw ExitCode(1) }
    }
  }

  /// What one State's analysis does, with everything it needs, so it can run on any core.
  struct Job: Sendable {
    var formats: [Analyze.Format]
    var output: String?
    var root: String
    var force: Bool
    var lang: ReportLanguage
    var baseline: BaselineReport?
    var failOn: Analyze.FailOn

    struct Outcome: Sendable {
      var messages = ""
      /// The State could not be analysed or its reports not written.
      var failed = false
      /// The analysis found what --fail-on names.
      var fails = false
    }

    func run(_ loaded: StateLoader.Loaded) -> Outcome {
      var outcome = Outcome()
      outcome.messages += TextDiagnosticRenderer.render(loaded.diagnostics)
      guard let input = loaded.input else {
        outcome.messages += "\(loaded.name): not analyzed; fix the errors above\n"
        outcome.failed = true
        return outcome
      }
      let assessment = GapAnalysis.analyze(input)
      let folder = (output ?? (root == "." ? "" : root + "/") + "Reports") + "/" + loaded.name
      do {
        try write(assessment, to: folder)
      } catch {
        outcome.messages += "\(loaded.name): \(error)\n"
        outcome.failed = true
        return outcome
      }
      let priority = assessment.priorityFindings
      let conflicts = priority.filter { $0.status == .conflicting }.count
      outcome.messages +=
        "\(assessment.profile.name): \(priority.count) mandatory gaps and conflicts (\(conflicts) conflicting); report in \(folder)/\n"
      switch failOn {
      case .mandatoryGap: outcome.fails = !priority.isEmpty
      case .conflict: outcome.fails = assessment.verdicts.contains { $0.status == .conflicting }
      case .none: break
      }
      return outcome
    }

    func write(_ assessment: Assessment, to folder: String) throws {
      // Side by side, so one large State uses every core; JSON also when a baseline needs it.
      let needed = Analyze.Format.allCases.filter { formats.contains($0) || ($0 == .json && baseline != nil) }
      let rendered = Dictionary(
        uniqueKeysWithValues: zip(needed, Parallel.map(needed) { render($0, assessment) }))
      for format in needed where formats.contains(format) {
        try OutputWriter.write(
          rendered[format] ?? [], to: folder + "/report." + format.rawValue, root: root, force: force)
      }
      if let baseline {
        let current = try BaselineReport.decode(Data(rendered[.json] ?? []), path: "current")
        let comparison = ProgressComparison.compare(baseline: baseline, current: current)
        try OutputWriter.write(
          ProgressRenderer.html(comparison, toolVersion: Palermo.version), to: folder + "/progress.html", root: root,
          force: force)
        try OutputWriter.write(
          ProgressRenderer.json(comparison), to: folder + "/progress.json", root: root, force: force)
      }
    }

    func render(_ format: Analyze.Format, _ assessment: Assessment) -> [UInt8] {
      switch format {
      case .html: AssessmentHTMLRenderer.renderBytes(assessment, language: lang, toolVersion: Palermo.version)
      case .json: AssessmentJSONRenderer.renderBytes(assessment, toolVersion: Palermo.version)
      case .csv: Array(AssessmentCSVRenderer.render(assessment).utf8)
      }
    }
  }
}

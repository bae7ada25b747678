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
        Each --baseline is an earlier report.json of one State; it is matched to the State with the same code,
        so a batch can take one baseline per State, and a State without one gets no progress report.
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
      help: ArgumentHelp(
        "An earlier report.json of one of the States: also write its progress.html and progress.json (repeatable).",
        valueName: "FILE"))
    var baseline: [String] = []

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
      let baselines = try Self.baselines(baseline)
      let job = Job(
        formats: format.isEmpty ? Format.allCases : format, output: output, root: root, force: force, lang: lang,
        baselines: baselines, failOn: failOn)
      // States are analysed in parallel; what each prints is shown in the order they were named.
      // A missing or broken catalogue must stop the analysis, not yield an empty report.
      let (root, limits) = (root, input.limits)
      let outcomes = try StateBatch.map(
        states,
        project: { try loadProject(root: root, catalogue: catalog, limits: limits, commentaries: false).context },
        commentaries: { ProjectLoader.commentaries(root: root, limits: limits) }, limits: limits
      ) { job.run($0) }
      for outcome in outcomes { Standard.error(outcome.messages, terminator: "") }
      // A baseline no State took was most likely given for the wrong State.
      let analyzed = Set(outcomes.compactMap(\.code))
      let unused = baselines.filter { !analyzed.contains($0.key) }.sorted { $0.key < $1.key }
      for (code, report) in unused {
        Standard.error(
          "\(report.path): this baseline is an assessment of \(code), which is not among the States analyzed; "
            + "no progress was measured against it")
      }
      if !unused.isEmpty || outcomes.contains(where: { $0.failed || $0.fails }) { throw ExitCode(1) }
    }

    /// The baselines by State code, each read once; two for one State are a usage error.
    static func baselines(_ paths: [String]) throws -> [String: Job.Baseline] {
      var baselines: [String: Job.Baseline] = [:]
      for path in paths {
        let report = try Compare.read(path)
        if let earlier = baselines[report.state.code] {
          throw ValidationError(
            "'\(earlier.path)' and '\(path)' are both baselines of \(report.state.code); give one per State")
        }
        baselines[report.state.code] = Job.Baseline(path: path, report: report)
      }
      return baselines
    }
  }

  /// What one State's analysis does, with everything it needs, so it can run on any core.
  struct Job: Sendable {
    var formats: [Analyze.Format]
    var output: String?
    var root: String
    var force: Bool
    var lang: ReportLanguage
    /// Earlier assessments, by the code of their State.
    var baselines: [String: Baseline]
    var failOn: Analyze.FailOn

    struct Baseline: Sendable {
      var path: String
      var report: BaselineReport
    }

    struct Outcome: Sendable {
      var messages = ""
      /// The State could not be analysed or its reports not written.
      var failed = false
      /// The analysis found what --fail-on names.
      var fails = false
      /// The State's code, once its profile was read.
      var code: String?
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
      let code = assessment.profile.code
      outcome.code = code
      do {
        try write(assessment, to: folder, baseline: baselines[code]?.report)
      } catch {
        outcome.messages += "\(loaded.name): \(error)\n"
        outcome.failed = true
        return outcome
      }
      let priority = assessment.priorityFindings
      let conflicts = priority.count { $0.status == .conflicting }
      outcome.messages +=
        "\(assessment.profile.name): \(priority.count) mandatory gaps and conflicts (\(conflicts) conflicting); report in \(folder)/\n"
      if !baselines.isEmpty && baselines[code] == nil {
        outcome.messages += "\(assessment.profile.name): no baseline of \(code) was given, so no progress report\n"
      }
      switch failOn {
      case .mandatoryGap: outcome.fails = !priority.isEmpty
      case .conflict: outcome.fails = assessment.verdicts.contains { $0.status == .conflicting }
      case .none: break
      }
      return outcome
    }

    func write(_ assessment: Assessment, to folder: String, baseline: BaselineReport?) throws {
      // Each format is rendered and written on a core of its own, so one large State uses every
      // core, and goes to its file piece by piece as it is made. The JSON that a baseline is
      // compared with is rendered whole, and also when it is not asked for.
      let needed = Analyze.Format.allCases.filter { formats.contains($0) || ($0 == .json && baseline != nil) }
      let outcomes = Parallel.map(needed) { format in
        Result { () throws -> RenderedBytes? in
          let path = folder + "/report." + format.rawValue
          guard format == .json, baseline != nil else {
            try OutputWriter.write(to: path, root: root, force: force) { render(format, assessment, into: $0) }
            return nil
          }
          let json = AssessmentJSONRenderer.renderBytes(assessment, toolVersion: Palermo.version)
          if formats.contains(.json) { try OutputWriter.write(json, to: path, root: root, force: force) }
          return json
        }
      }
      // The first failure in the order of the formats, as when they were written one by one.
      let kept = try outcomes.compactMap { try $0.get() }
      if let baseline, let json = kept.first {
        let current = try BaselineReport.decode(json.withUnsafeBytes { Data($0) }, path: "current")
        let comparison = ProgressComparison.compare(baseline: baseline, current: current)
        try OutputWriter.write(
          ProgressRenderer.html(comparison, toolVersion: Palermo.version), to: folder + "/progress.html", root: root,
          force: force)
        try OutputWriter.write(
          ProgressRenderer.json(comparison), to: folder + "/progress.json", root: root, force: force)
      }
    }

    func render(_ format: Analyze.Format, _ assessment: Assessment, into write: (UnsafeRawBufferPointer) -> Void) {
      switch format {
      case .html: AssessmentHTMLRenderer.render(assessment, language: lang, toolVersion: Palermo.version, into: write)
      case .json: AssessmentJSONRenderer.render(assessment, toolVersion: Palermo.version, into: write)
      case .csv: AssessmentCSVRenderer.render(assessment, into: write)
      }
    }
  }
}

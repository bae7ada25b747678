import ArgumentParser
import Diagnostics
import Drafting
import Foundation
import ObligationModel
import Rendering
import Workspace

extension Palermo {
  struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the commented model text, or a State's draft bill, from the model law.",
      discussion: """
        MODULE is convention, trafficking, smuggling, firearms or witness-protection (default: all).
        --commentary writes every provision with its obligations, options, placeholders and
        commentary. --clean writes a draft bill: one option per provision (from the profile's legal
        family or --option), placeholders filled from the profile, articles renumbered and
        cross-references rewritten. An unfilled placeholder or an unresolved option is an error
        listing each, unless --allow-placeholders.
        Exit codes: 0 written, 1 drafting errors (nothing is written), 64 usage error.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, md, docx }

    @Argument(help: ArgumentHelp("Model-law modules to include.", valueName: "MODULE"))
    var modules: [String] = []

    @Flag(help: "Commented model text: provisions, options and commentary.")
    var commentary = false

    @Flag(help: "A clean draft bill, for a State.")
    var clean = false

    @Option(name: .shortAndLong, help: "Output format.")
    var format: Format = .html

    @Option(
      help: ArgumentHelp(
        "A State profile (state.yaml): its legal family picks options, its placeholders fill blanks.", valueName: "FILE"
      ))
    var profile: String?

    @Option(
      help: ArgumentHelp(
        "Choose an option for a provision, e.g. tip.offences.trafficking=2 (repeatable).", valueName: "ID=OPTION"))
    var option: [String] = []

    @Flag(help: "Keep unfilled placeholders, marked, instead of failing (a working draft).")
    var allowPlaceholders = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("The project folder whose ModelLaws/ and Commentaries/ are rendered.", valueName: "DIR"))
    var root = "."

    @Flag(help: "Write even where the output would replace a source file or land in ModelLaws/ or Commentaries/.")
    var force = false

    @OptionGroup var input: InputOptions

    func validate() throws {
      guard commentary != clean else { throw ValidationError("choose one of --commentary or --clean") }
      for module in modules where !ModelLawModule(rawValue: module).isKnown {
        let known = ModelLawModule.known.map(\.rawValue)
        throw ValidationError(
          "unknown module '\(module)'"
            + Suggestion.didYouMean(module, in: known, otherwise: "use " + known.joined(separator: ", ")))
      }
      for choice in option {
        let parts = choice.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, ProvisionID(String(parts[0])) != nil, !parts[1].isEmpty else {
          throw ValidationError("--option '\(choice)' must read PROVISION-ID=OPTION, e.g. tip.offences.trafficking=2")
        }
      }
      if commentary, profile != nil || !option.isEmpty {
        throw ValidationError("--profile and --option apply to --clean only")
      }
      if format == .docx, output == nil {
        throw ValidationError("--format docx writes a binary file: give --output FILE.docx")
      }
    }

    func run() throws {
      // Only the commented text cites the catalogue; a bill needs nothing from it.
      let project = try loadProject(root: root, limits: input.limits, requireCatalogue: commentary)
      let context = project.context
      let selected = ModelLawSelection.select(modules.map(ModelLawModule.init(rawValue:)), from: context)
      let bytes: Data
      if commentary {
        let catalogue = project.catalogue
        let commentaries = Dictionary(
          context.flatMap(\.document.commentaries).map { ($0.provision, $0) }, uniquingKeysWith: { first, _ in first })
        let title = modules.count == 1 ? "Model law: \(modules[0])" : "Palermo model law"
        switch format {
        case .html:
          bytes = Data(
            DraftingRenderer.commentedHTML(
              selected, commentaries: commentaries, catalogue: catalogue, title: title, toolVersion: Palermo.version
            )
            .utf8)
        case .md: bytes = Data(DraftingRenderer.commentedMarkdown(selected, commentaries: commentaries).utf8)
        case .docx: bytes = try DraftingRenderer.commentedDOCX(selected, commentaries: commentaries, title: title)
        }
      } else {
        let choices = try draftingChoices()
        let title = choices.placeholders["name-of-act"] ?? "Draft Act against Transnational Organized Crime"
        let (bill, diagnostics) = BillBuilder.build(selected, choices: choices, title: title)
        Standard.error(diagnostics)
        guard let bill else {
          Standard.error("no bill written: \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") above")
          throw ExitCode(1)
        }
        switch format {
        case .html: bytes = Data(DraftingRenderer.billHTML(bill, toolVersion: Palermo.version).utf8)
        case .md: bytes = Data(DraftingRenderer.billMarkdown(bill).utf8)
        case .docx: bytes = try DraftingRenderer.billDOCX(bill)
        }
      }
      if let output {
        try OutputWriter.write(bytes, to: output, root: root, force: force)
      } else {
        FileHandle.standardOutput.write(bytes)
      }
    }

    func draftingChoices() throws -> DraftingChoices {
      var choices = DraftingChoices(allowPlaceholders: allowPlaceholders)
      if let profile {
        switch SourceFileReader.read(profile, limits: input.limits) {
        case .success(let text):
          let (parsed, diagnostics) = StateProfileParser.parse(text, path: profile)
          Standard.error(diagnostics)
          guard let parsed else { throw ExitCode(1) }
          choices.legalFamily = parsed.legalFamily
          choices.placeholders = parsed.placeholders
        case .failure(let diagnostic):
          Standard.error([diagnostic])
          throw ExitCode(1)
        }
      }
      for choice in option {
        let parts = choice.split(separator: "=", maxSplits: 1).map(String.init)
        if let id = ProvisionID(parts[0]) { choices.options[id] = parts[1] }
      }
      return choices
    }
  }
}

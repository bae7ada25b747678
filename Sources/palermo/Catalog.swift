import ArgumentParser
import Diagnostics
import ObligationModel
import Rendering
import Workspace

extension Palermo {
  struct Catalog: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List and show the obligations of the Convention and its Protocols.",
      subcommands: [List.self, Show.self], defaultSubcommand: List.self)
  }
}

/// Where the catalogue comes from, shared by `catalog list` and `catalog show`.
struct CatalogueOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The project folder whose ModelLaws/Obligations holds the catalogue.", valueName: "DIR"))
  var root = "."

  @Option(help: ArgumentHelp("Read the catalogue from this folder instead.", valueName: "DIR"))
  var catalog: String?

  @OptionGroup var input: InputOptions

  /// The catalogue; its errors, if any, are printed and fail the command.
  func load() throws -> Catalogue {
    try loadCatalogue(folder: ProjectLoader.catalogueFolder(root: root, override: catalog), limits: input.limits)
  }
}

/// Loads the catalogue for a command; errors in it are printed and fail the command.
func loadCatalogue(folder: String, limits: InputLimits) throws -> Catalogue {
  let (catalogue, diagnostics, _) = ProjectLoader.catalogue(folder: folder, limits: limits)
  return try checked(catalogue, diagnostics, folder: folder)
}

/// The project, its catalogue checked: errors in it are printed and fail the command, so no
/// command ever works from a missing or broken catalogue.
func loadProject(
  root: String, catalogue folder: String? = nil, limits: InputLimits, requireCatalogue: Bool = true,
  commentaries: Bool = true
) throws -> ProjectLoader.Project {
  let project = ProjectLoader.project(
    root: root, catalogue: folder, limits: limits, lintCatalogue: requireCatalogue, commentaries: commentaries)
  if requireCatalogue {
    _ = try checked(
      project.catalogue, project.catalogueDiagnostics,
      folder: ProjectLoader.catalogueFolder(root: root, override: folder))
  }
  return project
}

private func checked(_ catalogue: Catalogue, _ diagnostics: [Diagnostic], folder: String) throws -> Catalogue {
  let errors = diagnostics.filter { $0.severity == .error }
  if !errors.isEmpty || catalogue.isEmpty {
    Standard.error(
      TextDiagnosticRenderer.render(errors)
        + "the catalogue in '\(folder)' cannot be used; fix it, or name another with --catalog")
    throw ExitCode(1)
  }
  return catalogue
}

extension Palermo.Catalog {
  enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List obligations, optionally filtered.")

    @Option(help: "Only this instrument: UNTOC, TIP, SOM or FP.")
    var instrument: String?

    @Option(name: .customLong("class"), help: "Only this class: mandatory, consider or optional.")
    var obligationClass: String?

    @Option(help: "Only this theme, e.g. criminalization.")
    var theme: String?

    @Option(name: .shortAndLong, help: "Output format.")
    var format: Format = .text

    @OptionGroup var source: CatalogueOptions

    func validate() throws {
      if let instrument, !Instrument(rawValue: instrument.uppercased()).isKnown {
        throw ValidationError("unknown instrument '\(instrument)'; use UNTOC, TIP, SOM or FP")
      }
      if let obligationClass, ObligationClass(rawValue: obligationClass) == nil {
        throw ValidationError("unknown class '\(obligationClass)'; use mandatory, consider or optional")
      }
      if let theme, !Theme(rawValue: theme).isKnown {
        let known = Theme.known.map(\.rawValue)
        throw ValidationError(
          "unknown theme '\(theme)'"
            + Suggestion.didYouMean(theme, in: known, otherwise: "use one of " + known.joined(separator: ", ")))
      }
    }

    func run() throws {
      let catalogue = try source.load()
      let query = CatalogueQuery(
        instrument: instrument.map { Instrument(rawValue: $0.uppercased()) },
        obligationClass: obligationClass.flatMap(ObligationClass.init(rawValue:)),
        theme: theme.map(Theme.init(rawValue:)))
      let selected = catalogue.obligations(matching: query)
      switch format {
      case .text: Standard.output(CatalogueRenderer.list(selected))
      case .json: Standard.output(CatalogueRenderer.json(selected, catalogue: catalogue))
      case .csv: Standard.output(CatalogueRenderer.csv(selected, catalogue: catalogue))
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one obligation, or every obligation of an article.")

    @Argument(help: "An obligation id such as TIP-5.1, or an article id such as UNTOC-10.")
    var id: String

    @Option(name: .shortAndLong, help: "Output format.")
    var format: Format = .text

    @OptionGroup var source: CatalogueOptions

    func validate() throws {
      if case .failure(let error) = ObligationID.parse(id) { throw ValidationError(error.message) }
    }

    func run() throws {
      let catalogue = try source.load()
      guard case .success(let id) = ObligationID.parse(id) else { return }
      let selected = catalogue[id].map { [$0] } ?? (id.isArticle ? catalogue.obligations(inArticle: id) : [])
      guard !selected.isEmpty else {
        if id.isArticle, let article = catalogue.article(id) {
          Standard.output(CatalogueRenderer.show(article))
          return
        }
        throw ValidationError(
          "unknown obligation '\(id)'" + Suggestion.didYouMean(id.description, in: catalogue.allIDs))
      }
      switch format {
      case .text:
        Standard.output(
          selected.map { CatalogueRenderer.show($0, article: catalogue.article($0.id)) }.joined(separator: "\n"))
      case .json: Standard.output(CatalogueRenderer.json(selected, catalogue: catalogue))
      case .csv: Standard.output(CatalogueRenderer.csv(selected, catalogue: catalogue))
      }
    }
  }
}

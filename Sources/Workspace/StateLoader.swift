import AnnotatedMarkdown
import Diagnostics
import Foundation
import LintRules
import MappingEngine
import ObligationModel

/// Loads a State's folder (its `state.yaml` and tagged legislation) for the mapping engine.
public enum StateLoader {
  public static let profileName = "state.yaml"

  public struct Loaded: Sendable {
    /// `nil` when an error in the profile or the legislation makes an analysis untrustworthy.
    public var input: AnalysisInput?
    public var diagnostics: [Diagnostic]
    /// The folder's name, used for the report's folder.
    public var name: String
  }

  /// A State's folder as read from disk, before it is checked against the project.
  public struct Read: Sendable {
    var name: String
    var profile: StateProfile?
    var documents: [ParsedDocument]
    var diagnostics: [Diagnostic]
  }

  /// Reads and parses the State's profile and legislation; needs nothing from the project, so it
  /// can run while the project loads.
  public static func read(folder: String, limits: InputLimits) -> Read {
    let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    let name = URL(fileURLWithPath: base).lastPathComponent
    let profilePath = base + "/" + profileName
    var diagnostics: [Diagnostic] = []
    var profile: StateProfile?
    if FileManager.default.fileExists(atPath: profilePath) {
      switch SourceFileReader.read(profilePath, limits: limits) {
      case .success(let text):
        let parsed = StateProfileParser.parse(text, path: profilePath)
        profile = parsed.profile
        diagnostics += parsed.diagnostics
      case .failure(let diagnostic):
        diagnostics.append(diagnostic)
      }
    } else {
      diagnostics.append(
        Diagnostic(
          .missingProfile,
          "'\(base)' has no \(profileName); add one with the State's name, code, legal family and instruments",
          at: nil))
    }
    let (files, findDiagnostics) = MarkdownFinder.files(in: [base])
    let (documents, loadDiagnostics) = ProjectLoader.load(files, limits: limits)
    return Read(
      name: name, profile: profile, documents: documents, diagnostics: diagnostics + findDiagnostics + loadDiagnostics)
  }

  /// Lints what was read against the project (catalogue and model laws), indexed once as
  /// `project`, and when nothing is wrong makes the analysis input, with the model law's remedies
  /// indexed once as `remedies`.
  public static func check(_ read: Read, against project: Corpus, remedies: RemedyIndex) -> Loaded {
    let corpus = Corpus(linted: read.documents.filter(\.isAnnotated), against: project)
    var diagnostics = read.diagnostics + Linter.lint(corpus)
    diagnostics.sort()
    let legislation = corpus.linted.map(\.document).filter { $0.kind == .legislation }
    if let profile = read.profile {
      diagnostics += check(profile, against: corpus.catalogue, legislation: legislation)
      diagnostics.sort()
    }
    guard let profile = read.profile, !diagnostics.contains(where: { $0.severity == .error }) else {
      return Loaded(input: nil, diagnostics: diagnostics, name: read.name)
    }
    let input = AnalysisInput(
      catalogue: corpus.catalogue, profile: profile, legislation: legislation, remedies: remedies)
    return Loaded(input: input, diagnostics: diagnostics, name: read.name)
  }

  /// The profile's ids exist in the catalogue, overrides are unique, and every Act is the State's own.
  static func check(_ profile: StateProfile, against catalogue: Catalogue, legislation: [LegalDocument]) -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    // An override sets a verdict, so it must name an obligation; the rest may name wider scopes.
    var named: [(id: ObligationID, location: SourceLocation?, what: String, needsObligation: Bool)] =
      profile.reservations.map { ($0.provision, $0.location, "the \($0.kind.rawValue)", false) }
      + profile.assistanceNeeds.map { ($0.article, $0.location, "the assistance need", false) }
      + profile.overrides.map { ($0.obligation, $0.location, "the override", true) }
    for scope in profile.notAssessed {
      if case .obligation(let id) = scope.scope { named.append((id, scope.location, "the not-assessed scope", false)) }
    }
    if !catalogue.isEmpty {
      for (id, location, what, needsObligation) in named
      where needsObligation ? catalogue[id] == nil : !catalogue.recognizes(id) {
        diagnostics.append(
          Diagnostic(
            .unknownProfileObligation,
            "\(what) names '\(id)', which the catalogue does not have"
              + Suggestion.didYouMean(id.description, in: catalogue.allIDs),
            at: location))
      }
    }
    var seen: [ObligationID: SourceLocation?] = [:]
    for override in profile.overrides {
      if let first = seen[override.obligation] {
        diagnostics.append(
          Diagnostic(
            .duplicateOverride, "'\(override.obligation)' is overridden twice; keep one override",
            at: override.location,
            notes: [.init("first override here", at: first)]))
      } else {
        seen[override.obligation] = override.location
      }
    }
    for act in legislation where act.state != nil && act.state != profile.code {
      diagnostics.append(
        Diagnostic(
          .legislationOfAnotherState,
          "this Act belongs to '\(act.state ?? "")' but the folder's profile is '\(profile.code)'; move it or correct its 'state'",
          at: .startOf(act.path)))
    }
    return diagnostics
  }
}

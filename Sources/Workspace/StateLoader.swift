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

  /// Reads the State at `folder` and checks it in the context of the project (catalogue and model laws).
  public static func load(folder: String, context: [ParsedDocument], limits: InputLimits) -> Loaded {
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
    let corpus = Corpus(linted: documents.filter(\.isAnnotated), context: context)
    diagnostics += findDiagnostics + loadDiagnostics + Linter.lint(corpus)
    diagnostics.sort()
    let legislation = corpus.linted.map(\.document).filter { $0.kind == .legislation }
    guard let profile, !diagnostics.contains(where: { $0.severity == .error }) else {
      return Loaded(input: nil, diagnostics: diagnostics, name: name)
    }
    let modelLaws = context.map(\.document).filter { $0.kind == .modelLaw }
    let input = AnalysisInput(
      catalogue: corpus.catalogue, profile: profile, legislation: legislation, modelLaws: modelLaws)
    return Loaded(input: input, diagnostics: diagnostics, name: name)
  }
}

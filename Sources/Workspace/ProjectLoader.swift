import AnnotatedMarkdown
import Diagnostics
import Foundation
import LintRules
import ObligationModel

/// Loads files into parsed documents, and the project context they are checked against.
public enum ProjectLoader {
  /// The folders, relative to the project root, that hold the project's own content.
  public static let contextFolders = ["ModelLaws", "Commentaries"]

  /// Reads and parses files. A file that cannot be read becomes a diagnostic, not a document.
  public static func load(_ files: [String], limits: InputLimits) -> (
    documents: [ParsedDocument], diagnostics: [Diagnostic]
  ) {
    var documents: [ParsedDocument] = []
    var diagnostics: [Diagnostic] = []
    for file in files {
      switch SourceFileReader.read(file, limits: limits) {
      case .success(let text): documents.append(DocumentParser.parse(text, path: file, limits: limits.parse))
      case .failure(let diagnostic): diagnostics.append(diagnostic)
      }
    }
    return (documents, diagnostics)
  }

  /// Loads the catalogue (from `catalogue`, or `ModelLaws/Obligations`) and the model laws and
  /// commentaries under `root`, to resolve references from the linted files. A `catalogue` folder
  /// replaces the project's own, so no obligation is ever loaded twice.
  public static func context(root: String, catalogue: String?, limits: InputLimits) -> [ParsedDocument] {
    let prefix = root == "." ? "" : root + "/"
    let defaultCatalogue = prefix + "ModelLaws/Obligations"
    let modelLaws = ((try? FileManager.default.contentsOfDirectory(atPath: prefix + "ModelLaws")) ?? []).sorted()
      .map { prefix + "ModelLaws/" + $0 }.filter { $0 != defaultCatalogue }
    let folders = [catalogue ?? defaultCatalogue] + modelLaws + [prefix + "Commentaries"]
    let existing = folders.filter { FileManager.default.fileExists(atPath: $0) }
    let files = MarkdownFinder.files(in: existing).files
    return load(files, limits: limits).documents.filter(\.isAnnotated)
  }

  /// The folder that holds the catalogue: `--catalog`, or `ModelLaws/Obligations` under `root`.
  public static func catalogueFolder(root: String, override: String?) -> String {
    override ?? (root == "." ? "" : root + "/") + "ModelLaws/Obligations"
  }

  /// Loads the catalogue from `folder`, with the findings of a lint over it.
  public static func catalogue(folder: String, limits: InputLimits) -> (catalogue: Catalogue, diagnostics: [Diagnostic])
  {
    let (files, findDiagnostics) = MarkdownFinder.files(in: [folder])
    let (documents, loadDiagnostics) = load(files, limits: limits)
    let corpus = Corpus(linted: documents.filter { $0.document.kind == .catalogue })
    return (corpus.catalogue, (findDiagnostics + loadDiagnostics + Linter.lint(corpus)).sorted())
  }

  /// Lints `paths` in the context of the project at `root`.
  public static func lint(
    paths: [String], root: String = ".", catalogue: String? = nil, limits: InputLimits = InputLimits()
  ) -> [Diagnostic] {
    let (files, findDiagnostics) = MarkdownFinder.files(in: paths)
    let (documents, loadDiagnostics) = load(files, limits: limits)
    let context = context(root: root, catalogue: catalogue, limits: limits)
    let corpus = Corpus(linted: documents.filter(\.isAnnotated), context: context)
    return (findDiagnostics + loadDiagnostics + Linter.lint(corpus)).sorted()
  }
}

import AnnotatedMarkdown
import Diagnostics
import Foundation
import LintRules
import ObligationModel

/// Loads files into parsed documents, and the project context they are checked against.
public enum ProjectLoader {
  /// Reads and parses files, on every core. A file that cannot be read becomes a diagnostic, not
  /// a document.
  public static func load(_ files: [String], limits: InputLimits) -> (
    documents: [ParsedDocument], diagnostics: [Diagnostic]
  ) {
    split(parse(files, limits: limits))
  }

  /// One result per file, in the order of `files`.
  private static func parse(_ files: [String], limits: InputLimits) -> [Result<ParsedDocument, Diagnostic>] {
    Parallel.map(files, largestFirst: byteSizes(files)) { file in
      SourceFileReader.read(file, limits: limits).map { DocumentParser.parse($0, path: file, limits: limits.parse) }
    }
  }

  private static func split(_ results: some Sequence<Result<ParsedDocument, Diagnostic>>) -> (
    documents: [ParsedDocument], diagnostics: [Diagnostic]
  ) {
    var documents: [ParsedDocument] = []
    var diagnostics: [Diagnostic] = []
    for result in results {
      switch result {
      case .success(let document): documents.append(document)
      case .failure(let diagnostic): diagnostics.append(diagnostic)
      }
    }
    return (documents, diagnostics)
  }

  /// The project documents a command works against, each file read and parsed once.
  public struct Project: Sendable {
    /// The catalogue, model laws and commentaries.
    public var context: [ParsedDocument]
    public var catalogue: Catalogue
    /// Problems with the catalogue: files that could not be read, and its lint findings if asked for.
    public var catalogueDiagnostics: [Diagnostic]
  }

  /// Loads the catalogue (from `catalogue`, or `ModelLaws/Obligations`) and the model laws and
  /// commentaries under `root`. A `catalogue` folder replaces the project's own, so no obligation
  /// is ever loaded twice. `lintCatalogue: false` skips the catalogue's lint where no one reads it;
  /// `commentaries: false` leaves out the commentaries, which only model provisions are checked against.
  public static func project(
    root: String, catalogue: String?, limits: InputLimits, lintCatalogue: Bool = true, commentaries: Bool = true
  ) -> Project {
    let folder = catalogueFolder(root: root, override: catalogue)
    let prefix = root == "." ? "" : root + "/"
    let modelLaws = ((try? FileManager.default.contentsOfDirectory(atPath: prefix + "ModelLaws")) ?? []).sorted()
      .map { prefix + "ModelLaws/" + $0 }.filter { $0 != prefix + "ModelLaws/Obligations" }
    let others = (modelLaws + (commentaries ? [commentaryFolder(root: root)] : [])).filter {
      FileManager.default.fileExists(atPath: $0)
    }
    // One pass over every file keeps both cores busy to the end, instead of two passes that
    // each wait for their largest file.
    let (catalogueFiles, findDiagnostics) = MarkdownFinder.files(in: [folder])
    let catalogueFileSet = Set(catalogueFiles)
    let otherFiles = MarkdownFinder.files(in: others).files.filter { !catalogueFileSet.contains($0) }
    let results = parse(catalogueFiles + otherFiles, limits: limits)
    let (catalogueDocuments, loadDiagnostics) = split(results.prefix(catalogueFiles.count))
    // Only the catalogue's unreadable files are reported: the rest is context.
    let loaded = Self.catalogue(catalogueDocuments, lint: lintCatalogue, diagnostics: findDiagnostics + loadDiagnostics)
    let documents = catalogueDocuments + split(results.dropFirst(catalogueFiles.count)).documents
    return Project(
      context: documents.filter(\.isAnnotated), catalogue: loaded.catalogue, catalogueDiagnostics: loaded.diagnostics)
  }

  /// Loads the catalogue from `folder`, with the findings of a lint over it unless `lint` is false.
  public static func catalogue(folder: String, limits: InputLimits, lint: Bool = true) -> (
    catalogue: Catalogue, diagnostics: [Diagnostic], documents: [ParsedDocument]
  ) {
    let (files, findDiagnostics) = MarkdownFinder.files(in: [folder])
    let (documents, loadDiagnostics) = load(files, limits: limits)
    let loaded = catalogue(documents, lint: lint, diagnostics: findDiagnostics + loadDiagnostics)
    return (loaded.catalogue, loaded.diagnostics, documents)
  }

  private static func catalogue(_ documents: [ParsedDocument], lint: Bool, diagnostics: [Diagnostic]) -> (
    catalogue: Catalogue, diagnostics: [Diagnostic]
  ) {
    let corpus = Corpus(linted: documents.filter { $0.document.kind == .catalogue })
    return (corpus.catalogue, (diagnostics + (lint ? Linter.lint(corpus) : [])).sorted())
  }

  /// Each file's size in bytes (0 when it cannot be read: the reader reports that).
  static func byteSizes(_ files: [String]) -> [Int] {
    files.map { file in
      var status = stat()
      return stat(file, &status) == 0 ? Int(status.st_size) : 0
    }
  }

  /// The project documents that references are resolved against (see ``project(root:catalogue:limits:lintCatalogue:)``).
  public static func context(root: String, catalogue: String?, limits: InputLimits) -> [ParsedDocument] {
    project(root: root, catalogue: catalogue, limits: limits, lintCatalogue: false).context
  }

  /// The commentaries under `root`, for a command whose project left them out.
  public static func commentaries(root: String, limits: InputLimits) -> [ParsedDocument] {
    let folder = commentaryFolder(root: root)
    guard FileManager.default.fileExists(atPath: folder) else { return [] }
    return load(MarkdownFinder.files(in: [folder]).files, limits: limits).documents.filter(\.isAnnotated)
  }

  static func commentaryFolder(root: String) -> String { (root == "." ? "" : root + "/") + "Commentaries" }

  /// The folder that holds the catalogue: `--catalog`, or `ModelLaws/Obligations` under `root`.
  public static func catalogueFolder(root: String, override: String?) -> String {
    override ?? (root == "." ? "" : root + "/") + "ModelLaws/Obligations"
  }

  /// Lints `paths` in the context of the project at `root`; returns the files read and the findings.
  public static func lint(
    paths: [String], root: String = ".", catalogue: String? = nil, limits: InputLimits = InputLimits()
  ) -> (files: [String], diagnostics: [Diagnostic]) {
    let (files, findDiagnostics) = MarkdownFinder.files(in: paths)
    let context = context(root: root, catalogue: catalogue, limits: limits)
    // Files already parsed for the context are not read again.
    let parsed = Dictionary(context.map { ($0.document.path, $0) }, uniquingKeysWith: { first, _ in first })
    let (fresh, loadDiagnostics) = load(files.filter { parsed[$0] == nil }, limits: limits)
    let freshByPath = Dictionary(fresh.map { ($0.document.path, $0) }, uniquingKeysWith: { first, _ in first })
    let documents = files.compactMap { parsed[$0] ?? freshByPath[$0] }
    let corpus = Corpus(linted: documents.filter(\.isAnnotated), context: context)
    return (files, (findDiagnostics + loadDiagnostics + Linter.lint(corpus)).sorted())
  }
}

import CommonMarkTree
import Diagnostics
import ObligationModel

/// Limits that keep one hostile file from taking a whole run down.
public struct ParseLimits: Sendable {
  public var maxAnnotations: Int

  public init(maxAnnotations: Int = 100_000) {
    self.maxAnnotations = maxAnnotations
  }
}

/// A document read from one file: what it says, what is wrong with it, and its suppressions.
public struct ParsedDocument: Sendable {
  public var document: LegalDocument
  public var diagnostics: [Diagnostic]
  public var suppressions: [Suppression]
  /// Whether the file is a Palermo document at all (it has front matter or annotations).
  public var isAnnotated: Bool
}

/// Front matter split → CommonMark tree → annotations → ``LegalDocument``.
public enum DocumentParser {
  /// Parses one file's text. Never throws: every problem is a diagnostic in the result.
  public static func parse(_ text: String, path: String, limits: ParseLimits = ParseLimits()) -> ParsedDocument {
    // One copy of the bytes serves the front matter, cmark, and every position.
    let source = SourceText(file: path, bytes: SourceNormalizer.normalizedBytes(text))
    let frontMatter = FrontMatter.split(source)
    var document = LegalDocument(path: path)
    var reader = FrontMatterReader(source: source, frontMatter: frontMatter)
    reader.read(into: &document)
    let tree = CMarkConverter.parse(
      source, bodyOffset: frontMatter.bodyOffset, lineOffset: frontMatter.bodyLineOffset)
    var interpreter = Interpreter(source: source, tree: tree, document: document, limits: limits)
    interpreter.interpret()
    let hasFrontMatter = frontMatter.yaml != nil || frontMatter.isUnclosed
    if interpreter.document.annotationCount > 0, !hasFrontMatter, let first = interpreter.firstAnnotation {
      interpreter.diagnostics.append(
        Diagnostic(
          .missingKind,
          "this file has annotations but no front matter; start it with '---', 'kind: …' (catalogue, model-law, commentary or legislation) and '---'",
          at: first))
    }
    return ParsedDocument(
      document: interpreter.document,
      diagnostics: (reader.diagnostics + interpreter.diagnostics).sorted(),
      suppressions: interpreter.suppressions,
      isAnnotated: hasFrontMatter || interpreter.document.annotationCount > 0 || !interpreter.diagnostics.isEmpty)
  }

  /// The CommonMark tree of a file, as `palermo dump-tree` shows it.
  public static func tree(of text: String) -> MarkdownDocument {
    let source = SourceText(file: "", bytes: SourceNormalizer.normalizedBytes(text))
    let frontMatter = FrontMatter.split(source)
    return CMarkConverter.parse(source, bodyOffset: frontMatter.bodyOffset, lineOffset: frontMatter.bodyLineOffset)
  }
}

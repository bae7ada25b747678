import Diagnostics
import Yams

/// YAML text inside a file, with every Yams mark turned into a file location.
public struct YAMLSource {
  public let source: SourceText
  /// The file line on which the YAML's first line sits.
  public let firstLine: Int

  public init(source: SourceText, firstLine: Int = 1) {
    self.source = source
    self.firstLine = firstLine
  }

  /// Composes `yaml` into a node tree; a syntax error becomes a diagnostic with `code`.
  ///
  /// Scalars are meant to be read as text (`node.string`): where no key could be told from
  /// another by its tag, tags are left unresolved.
  public func compose(_ yaml: String, invalidCode: DiagnosticCode, what: String) -> Result<Node?, Diagnostic> {
    do {
      // The encoding is named: Yams's default reads the whole environment on every call. Nodes are
      // only composed, never constructed into values, so the constructor needs no conversions.
      return .success(try Yams.compose(yaml: yaml, Self.resolver(for: yaml), Constructor([:], [:], [:]), .utf8))
    } catch {
      var mark: Mark?
      var problem = "\(error)"
      if let error = error as? YamlError {
        switch error {
        case .scanner(_, let p, let m, _), .parser(_, let p, let m, _), .composer(_, let p, let m, _):
          mark = m
          problem = p
        case .duplicatedKeysInMapping(let duplicates, let context):
          mark = context.mark
          problem = "duplicate keys \(duplicates.map { "'\($0)'" }.joined(separator: ", "))"
        default:
          break
        }
      }
      let location = mark.map { fileLocation(line: $0.line, column: $0.column) } ?? fileLocation(line: 1, column: 1)
      return .failure(Diagnostic(invalidCode, "\(what) is not valid YAML: \(problem)", at: location))
    }
  }

  /// Tags only matter here when Yams looks for duplicate keys, and its default resolver runs
  /// seven regular expressions on every key to find them. Plain keys are the same under any
  /// resolver exactly when their text is; only quotes, tags (`!`) and block scalars (`|`, `>`)
  /// make keys whose tag is fixed, so only such text needs the default resolver. Each of those
  /// starts a token, which never directly follows a letter or digit: there (`carrier's`) the
  /// character is text inside a scalar.
  static func resolver(for yaml: String) -> Resolver {
    var previous = UInt8(ascii: " ")
    for byte in yaml.utf8 {
      if fixesTag(byte), !isLetterOrDigit(previous) { return .default }
      previous = byte
    }
    return .basic
  }

  private static func fixesTag(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "!"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "|"), UInt8(ascii: ">"): true
    default: false
    }
  }

  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: false
    }
  }

  /// Where a node starts in the file; the YAML's first line when the node has no mark.
  public func location(of node: Node?) -> SourceLocation {
    guard let mark = node?.mark else { return fileLocation(line: 1, column: 1) }
    return fileLocation(line: mark.line, column: mark.column)
  }

  private func fileLocation(line: Int, column: Int) -> SourceLocation {
    source.location(line: line + firstLine - 1, scalarColumn: column)
  }
}

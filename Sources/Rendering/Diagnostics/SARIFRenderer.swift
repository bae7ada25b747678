import Diagnostics

/// SARIF 2.1.0, with one rule per registry code and columns counted in Unicode code points.
public enum SARIFRenderer {
  struct Log: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }

  struct Run: Encodable {
    var tool: Tool
    var columnKind = "unicodeCodePoints"
    var artifacts: [Artifact]
    var results: [Result]
  }

  struct Tool: Encodable { var driver: Driver }

  struct Driver: Encodable {
    var name = "palermo"
    var semanticVersion: String
    var rules: [Rule]
  }

  struct Rule: Encodable {
    var id: String
    var name: String
    var shortDescription: Message
    var fullDescription: Message
    var defaultConfiguration: Configuration
    var help: Message
  }

  struct Configuration: Encodable { var level: String }
  struct Message: Encodable { var text: String }
  struct Artifact: Encodable { var location: ArtifactLocation }
  struct ArtifactLocation: Encodable { var uri: String }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int?
    var level: String
    var message: Message
    var locations: [Location]
    var relatedLocations: [RelatedLocation]?
  }

  struct Location: Encodable { var physicalLocation: PhysicalLocation }

  struct RelatedLocation: Encodable {
    var id: Int
    var physicalLocation: PhysicalLocation
    var message: Message
  }

  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region?
  }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .note: "note"
    }
  }

  public static func render(_ report: LintReport) -> String {
    let entries = DiagnosticRegistry.all.filter { !$0.retired }
    let ruleIndex = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.code, $0) })
    let rules = entries.map { entry in
      Rule(
        id: entry.code.rawValue, name: entry.slug, shortDescription: Message(text: entry.summary),
        fullDescription: Message(text: entry.rationale),
        defaultConfiguration: Configuration(level: level(entry.severity)),
        help: Message(text: "Run 'palermo explain \(entry.code)' or see docs/diagnostics.md."))
    }
    let results = report.diagnostics.map { diagnostic in
      Result(
        ruleId: diagnostic.code.rawValue, ruleIndex: ruleIndex[diagnostic.code], level: level(diagnostic.severity),
        message: Message(text: diagnostic.message),
        locations: diagnostic.location.map { [Location(physicalLocation: physical($0))] } ?? [],
        relatedLocations: diagnostic.notes.isEmpty
          ? nil
          : diagnostic.notes.enumerated().compactMap { index, note in
            note.location.map {
              RelatedLocation(id: index + 1, physicalLocation: physical($0), message: Message(text: note.message))
            }
          })
    }
    let run = Run(
      tool: Tool(driver: Driver(semanticVersion: report.toolVersion, rules: rules)),
      artifacts: report.files.map { Artifact(location: ArtifactLocation(uri: uri($0))) }, results: results)
    return JSONDiagnosticRenderer.encode(Log(runs: [run]))
  }

  private static func physical(_ location: SourceLocation) -> PhysicalLocation {
    PhysicalLocation(
      artifactLocation: ArtifactLocation(uri: uri(location.file)),
      region: Region(startLine: location.line, startColumn: location.column))
  }

  /// A relative URI reference: path segments percent-encoded, `./` dropped.
  static func uri(_ path: String) -> String {
    let trimmed = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    // ':' is encoded too, so that a relative path such as 'a:b.md' is never read as a scheme.
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/".utf8)
    var result = ""
    for byte in trimmed.utf8 {
      if allowed.contains(byte) {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return result
  }
}

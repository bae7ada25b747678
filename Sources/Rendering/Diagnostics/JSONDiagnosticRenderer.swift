import Diagnostics
import Foundation

/// `{"schemaVersion": 1, "diagnostics": [...]}`, versioned so tools can rely on its shape.
public enum JSONDiagnosticRenderer {
  public static let schemaVersion = 1

  struct Output: Encodable {
    var schemaVersion: Int
    var tool: Tool
    var summary: Summary
    var files: [String]
    var diagnostics: [Entry]
  }

  struct Tool: Encodable {
    var name: String
    var version: String
  }

  struct Summary: Encodable {
    var errors: Int
    var warnings: Int
    var notes: Int
  }

  struct Entry: Encodable {
    var code: String
    var slug: String
    var severity: String
    var message: String
    var file: String?
    var line: Int?
    var column: Int?
    var utf8Column: Int?
    var notes: [NoteEntry]
  }

  struct NoteEntry: Encodable {
    var message: String
    var file: String?
    var line: Int?
    var column: Int?
  }

  public static func render(_ report: LintReport) -> String {
    let output = Output(
      schemaVersion: schemaVersion, tool: Tool(name: "palermo", version: report.toolVersion),
      summary: Summary(errors: report.count(.error), warnings: report.count(.warning), notes: report.count(.note)),
      files: report.files,
      diagnostics: report.diagnostics.map { diagnostic in
        Entry(
          code: diagnostic.code.rawValue, slug: diagnostic.code.entry?.slug ?? "",
          severity: diagnostic.severity.rawValue,
          message: diagnostic.message, file: diagnostic.location?.file, line: diagnostic.location?.line,
          column: diagnostic.location?.column, utf8Column: diagnostic.location?.utf8Column,
          notes: diagnostic.notes.map {
            NoteEntry(
              message: $0.message, file: $0.location?.file, line: $0.location?.line, column: $0.location?.column)
          })
      })
    return encode(output)
  }

  /// Pretty, key-sorted JSON with a final newline: byte-identical for identical input.
  static func encode<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

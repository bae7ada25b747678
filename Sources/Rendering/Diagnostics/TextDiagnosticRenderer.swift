import Diagnostics
import Foundation

/// Compiler-style lines that editors and problem matchers understand:
/// `path:line:column: severity: message [CODE]`, then `note:` lines.
public enum TextDiagnosticRenderer {
  public static func render(_ report: LintReport) -> String {
    render(report.diagnostics)
  }

  public static func render(_ diagnostics: [Diagnostic]) -> String {
    var output = ""
    for diagnostic in diagnostics {
      output += line(diagnostic.location, diagnostic.severity.rawValue, diagnostic.message + " [\(diagnostic.code)]")
      for note in diagnostic.notes {
        output += line(note.location, "note", note.message)
      }
    }
    return output
  }

  private static func line(_ location: SourceLocation?, _ severity: String, _ message: String) -> String {
    let prefix = location.map { "\($0.file):\($0.line):\($0.column): " } ?? "palermo: "
    // One finding per line, so editors and problem matchers can parse it.
    let flat = message.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
    return prefix + severity + ": " + flat + "\n"
  }
}

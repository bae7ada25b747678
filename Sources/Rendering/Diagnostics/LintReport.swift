import Diagnostics

/// What one lint run found, ready for any output format.
public struct LintReport: Sendable {
  /// Every file that was checked, whether or not it has findings.
  public var files: [String]
  public var diagnostics: [Diagnostic]
  /// Palermo's version, injected so that outputs never depend on the build.
  public var toolVersion: String

  public init(files: [String], diagnostics: [Diagnostic], toolVersion: String) {
    self.files = files
    self.diagnostics = diagnostics
    self.toolVersion = toolVersion
  }

  public func count(_ severity: Severity) -> Int { diagnostics.count { $0.severity == severity } }

  /// "2 errors, 1 warning and 1 note in 14 files", or "no findings in 14 files".
  public var summary: String {
    let parts = [(count(.error), "error"), (count(.warning), "warning"), (count(.note), "note")]
      .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }
    let files = "\(self.files.count) file\(self.files.count == 1 ? "" : "s")"
    guard let last = parts.last else { return "no findings in \(files)" }
    let list = parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
    return "\(list) in \(files)"
  }
}

/// The output formats of `palermo lint`.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
  case text, json, sarif, github, junit

  public func render(_ report: LintReport) -> String {
    switch self {
    case .text: TextDiagnosticRenderer.render(report)
    case .json: JSONDiagnosticRenderer.render(report)
    case .sarif: SARIFRenderer.render(report)
    case .github: GitHubAnnotationRenderer.render(report)
    case .junit: JUnitRenderer.render(report)
    }
  }
}

import Diagnostics

/// GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`.
public enum GitHubAnnotationRenderer {
  public static func render(_ report: LintReport) -> String {
    report.diagnostics.map { diagnostic in
      var properties: [String] = []
      if let location = diagnostic.location {
        properties += ["file=\(property(location.file))", "line=\(location.line)", "col=\(location.column)"]
      }
      properties.append("title=\(property("\(diagnostic.code) \(diagnostic.code.entry?.slug ?? "")"))")
      let command = diagnostic.severity == .note ? "notice" : diagnostic.severity.rawValue
      let notes = diagnostic.notes.map { note in
        "\n" + note.message + (note.location.map { " (\($0.file):\($0.line):\($0.column))" } ?? "")
      }.joined()
      return "::\(command) \(properties.joined(separator: ","))::\(data(diagnostic.message + notes))\n"
    }.joined()
  }

  /// Escapes a message: `%`, CR and LF.
  static func data(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  /// Escapes a property value: also `:` and `,`.
  static func property(_ text: String) -> String {
    data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }
}

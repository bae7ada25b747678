import Diagnostics

/// JUnit XML for CI dashboards: one test case per file, a failure per error (or warning).
public enum JUnitRenderer {
  public static func render(_ report: LintReport) -> String {
    let byFile = Dictionary(grouping: report.diagnostics) { $0.location?.file ?? "" }
    let files = report.files + (byFile[""] == nil ? [] : [""])
    let failing = files.filter { (byFile[$0] ?? []).contains { $0.severity >= .warning } }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<testsuites name=\"palermo lint\" tests=\"\(files.count)\" failures=\"\(failing.count)\">\n"
    xml +=
      "  <testsuite name=\"palermo lint\" tests=\"\(files.count)\" failures=\"\(failing.count)\" errors=\"0\" skipped=\"0\">\n"
    for file in files {
      let name = file.isEmpty ? "(run)" : file
      let findings = (byFile[file] ?? []).filter { $0.severity >= .warning }
      guard !findings.isEmpty else {
        xml += "    <testcase classname=\"palermo.lint\" name=\"\(escape(name))\"/>\n"
        continue
      }
      xml += "    <testcase classname=\"palermo.lint\" name=\"\(escape(name))\">\n"
      for diagnostic in findings {
        let text = TextDiagnosticRenderer.render([diagnostic])
        xml +=
          "      <failure type=\"\(diagnostic.code)\" message=\"\(escape(diagnostic.message, attribute: true))\">\(escape(text))</failure>\n"
      }
      xml += "    </testcase>\n"
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }

  /// Escapes text for XML content and attributes with the HTML builder's escaping (which XML
  /// accepts too); in attributes, line breaks become references so that parsers keep them.
  static func escape(_ text: String, attribute: Bool = false) -> String {
    let escaped = HTML.escape(text)
    return attribute
      ? escaped.replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\t", with: "&#9;") : escaped
  }
}

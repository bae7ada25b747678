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
        let text = TextDiagnosticRenderer.render(
          LintReport(files: [], diagnostics: [diagnostic], toolVersion: report.toolVersion))
        xml +=
          "      <failure type=\"\(diagnostic.code)\" message=\"\(escape(diagnostic.message, attribute: true))\">\(escape(text))</failure>\n"
      }
      xml += "    </testcase>\n"
    }
    xml += "  </testsuite>\n</testsuites>\n"
    return xml
  }

  /// Escapes text for XML content and attribute values; drops characters XML 1.0 forbids.
  /// In attributes, line breaks are written as references so parsers keep them.
  static func escape(_ text: String, attribute: Bool = false) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\n", "\t", "\r":
        if attribute { result += "&#\(scalar.value);" } else { result.unicodeScalars.append(scalar) }
      default:
        if scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF { result.unicodeScalars.append(scalar) }
      }
    }
    return result
  }
}

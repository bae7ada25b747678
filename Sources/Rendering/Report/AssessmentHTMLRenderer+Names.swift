import ObligationModel

// The interface names of the closed vocabularies, found by position: these enums hash and compare
// their raw strings, and the report looks a name up several times per finding.

extension AssessmentHTMLRenderer {
  /// `name` of every value, at the value's `position`.
  static func names<Value>(_ values: [Value], _ position: (Value) -> Int, _ name: (Value) -> String) -> [String] {
    var names = Array(repeating: "", count: values.count)
    for value in values { names[position(value)] = name(value) }
    return names
  }

  func statusName(_ status: CoverageStatus) -> String { statusNames[status.position] }
  func className(_ value: ObligationClass) -> String { classNames[value.position] }

  func themeName(_ theme: Theme) -> String {
    themes.firstIndex(of: theme).map { themeNames[$0] } ?? language.theme(theme)
  }

  func badge(_ status: CoverageStatus, _ html: inout HTMLWriter) {
    html.element("span", [("class", badgeClasses[status.position])], text: badgeTexts[status.position])
  }
}

extension ObligationClass {
  /// Where the class lies in `allCases`.
  var position: Int {
    switch self {
    case .mandatory: 0
    case .consider: 1
    case .optional: 2
    }
  }
}

import ObligationModel

/// `palermo catalog` output: a list, one obligation in full, JSON and CSV.
public enum CatalogueRenderer {
  /// One line per obligation, then counts per class.
  public static func list(_ obligations: [Obligation]) -> String {
    let idWidth = obligations.map(\.id.description.count).max() ?? 0
    let themeWidth = obligations.map(\.theme.rawValue.count).max() ?? 0
    var output = ""
    for obligation in obligations {
      let id = obligation.id.description.padding(toLength: idWidth, withPad: " ", startingAt: 0)
      let cls = obligation.obligationClass.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
      let theme = obligation.theme.rawValue.padding(toLength: themeWidth, withPad: " ", startingAt: 0)
      output += "\(id)  \(cls)  \(theme)  \(obligation.title)\n"
    }
    return output + counts(obligations) + "\n"
  }

  /// "158 obligations: 96 mandatory, 32 consider, 30 optional".
  public static func counts(_ obligations: [Obligation]) -> String {
    let parts = ObligationClass.allCases.map { cls in
      "\(obligations.count { $0.obligationClass == cls }) \(cls.rawValue)"
    }
    return "\(obligations.count) obligation\(obligations.count == 1 ? "" : "s"): " + parts.joined(separator: ", ")
  }

  /// One obligation with everything the catalogue says about it.
  public static func show(_ obligation: Obligation, article: Article?) -> String {
    var lines = ["\(obligation.id)  \(obligation.title)"]
    if let article { lines.append("  article:      \(article.title)") }
    lines.append(
      "  class:        \(obligation.obligationClass.rawValue)\(obligation.isProhibition ? " (prohibition)" : "")")
    if !obligation.qualifiers.isEmpty {
      lines.append("  qualifier:    \(obligation.qualifiers.map(\.rawValue).joined(separator: ", "))")
    }
    lines.append("  theme:        \(obligation.theme.rawValue)")
    if !obligation.dependsOn.isEmpty {
      lines.append("  depends on:   \(obligation.dependsOn.map(\.description).joined(separator: ", "))")
    }
    if let location = obligation.location { lines.append("  source:       \(location.file):\(location.line)") }
    lines.append("")
    lines.append(wrap(obligation.summary, indent: "  "))
    if !obligation.alternatives.isEmpty {
      lines.append("")
      lines.append("  Alternatives (any one suffices):")
      for alternative in obligation.alternatives {
        lines.append(wrap("\(alternative.id): \(alternative.description)", indent: "    "))
      }
    }
    if !obligation.elements.isEmpty {
      lines.append("")
      lines.append("  Elements:")
      for element in obligation.elements {
        let tag =
          element.alternatives.isEmpty ? "" : " [\(element.alternatives.map(\.rawValue).joined(separator: ", "))]"
        lines.append(wrap("\(element.id)\(tag): \(element.description)", indent: "    "))
      }
    }
    if !obligation.thresholds.isEmpty {
      lines.append("")
      lines.append("  Thresholds:")
      for threshold in obligation.thresholds { lines.append("    \(threshold.parameter) \(bounds(threshold))") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// An article that binds no State, with the catalogue's reason.
  public static func show(_ article: Article) -> String {
    "\(article.id)  \(article.title)\n" + wrap("Binds no State. " + article.note, indent: "  ") + "\n"
  }

  static func bounds(_ threshold: Threshold) -> String {
    [threshold.minimum.map { "at least \($0)" }, threshold.maximum.map { "at most \($0)" }].compactMap { $0 }.joined(
      separator: " and ")
  }

  /// Greedy word wrap at 100 columns, continuation lines indented two more spaces.
  static func wrap(_ text: String, indent: String, width: Int = 100) -> String {
    var lines: [String] = []
    var line = indent
    var lineStart = indent
    for word in text.split(separator: " ") {
      if line.count + word.count + 1 > width, line != lineStart {
        lines.append(line)
        lineStart = indent + "  "
        line = lineStart
      }
      line += (line == lineStart ? "" : " ") + word
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}

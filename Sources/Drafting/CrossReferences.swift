import Diagnostics
import ObligationModel

/// Rewrites `[article 3](provision:tip.definitions)` to the target's number in the bill, as plain text.
enum CrossReferences {
  static func rewrite(
    _ text: String, numbers: [ProvisionID: Int], from provision: ModelProvision, diagnostics: inout [Diagnostic]
  ) -> String {
    var result = ""
    var rest = Substring(text)
    while let match = rest.firstMatch(of: /\[([^\]]*)\]\(provision:([a-z0-9.\-]+)\)/) {
      result += rest[..<match.range.lowerBound]
      let label = String(match.output.1)
      if let target = ProvisionID(String(match.output.2)), let number = numbers[target] {
        result += renumber(label, to: number)
      } else {
        diagnostics.append(
          Diagnostic(
            .referenceOutsideBill,
            "'\(provision.id)' refers to '\(match.output.2)', which is not in this bill; add its module or edit the reference",
            at: provision.location))
        result += label
      }
      rest = rest[match.range.upperBound...]
    }
    return result + rest
  }

  /// Replaces the first number in a link's text ("article 3", "articles 3 and 4" keeps the rest).
  static func renumber(_ label: String, to number: Int) -> String {
    guard let match = label.firstMatch(of: /[0-9]+/) else { return label }
    return String(label[..<match.range.lowerBound]) + String(number) + String(label[match.range.upperBound...])
  }
}

/// Fills `{{name}}` placeholders from the committee's values.
enum Placeholders {
  static func fill(
    _ text: String, values: [String: String], uses: [PlaceholderUse], allowUnfilled: Bool, fallback: SourceLocation?,
    diagnostics: inout [Diagnostic]
  ) -> String {
    var result = ""
    var rest = Substring(text)
    var reported = Set<String>()
    while let match = rest.firstMatch(of: PlaceholderUse.pattern) {
      result += rest[..<match.range.lowerBound]
      let name = String(match.output.1)
      if let value = values[name] {
        result += value
      } else {
        result += match.output.0
        if !allowUnfilled, reported.insert(name).inserted {
          let locations = uses.filter { $0.name == name }.map(\.location)
          for location in locations.isEmpty ? [fallback] : locations {
            diagnostics.append(
              Diagnostic(
                .unfilledPlaceholder,
                "placeholder '{{\(name)}}' has no value; add '\(name): …' under 'placeholders:' in the profile, or pass --allow-placeholders",
                at: location))
          }
        }
      }
      rest = rest[match.range.upperBound...]
    }
    return result + rest
  }
}

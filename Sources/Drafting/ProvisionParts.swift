import ObligationModel

/// The pieces of a model provision's Markdown: the text every option shares, and each option's own.
public enum ProvisionParts {
  /// The provision's text before its first option heading.
  public static func commonText(_ provision: ModelProvision) -> String {
    guard let first = provision.options.first else { return provision.text }
    var kept: [Substring] = []
    for line in provision.text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("#"), line.drop(while: { $0 == "#" }).trimmingPrefix(" ") == first.title { break }
      kept.append(line)
    }
    return kept.joined(separator: "\n")
  }

  /// "Article 5. Trafficking in persons" → "Trafficking in persons".
  public static func bareTitle(_ heading: String) -> String {
    guard heading.hasPrefix("Article "), let dot = heading.firstIndex(of: ".") else { return heading }
    let number = heading[heading.index(heading.startIndex, offsetBy: 8)..<dot]
    guard !number.isEmpty, number.allSatisfy(\.isNumber) else { return heading }
    return String(heading[heading.index(after: dot)...].drop { $0 == " " })
  }

  /// "Model provisions on trafficking in persons" → "Trafficking in persons".
  public static func partTitle(_ title: String) -> String {
    for prefix in ["Model provisions on ", "Model provisions for ", "Model provisions "] where title.hasPrefix(prefix) {
      let rest = title.dropFirst(prefix.count)
      return rest.prefix(1).uppercased() + rest.dropFirst()
    }
    return title
  }
}

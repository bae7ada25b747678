/// Provision text as reports show it: the Markdown source without its annotation comments.
enum ProvisionText {
  static func plain(_ markdown: String) -> String {
    var result = ""
    var rest = Substring(markdown)
    while let open = rest.range(of: "<!--") {
      result += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].range(of: "-->") else { break }
      rest = rest[close.upperBound...]
    }
    if rest.range(of: "<!--") == nil { result += rest }
    // Lines that held only annotations leave blanks behind; keep paragraphs, drop the rest.
    let lines = result.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingTrailingSpaces }
    var kept: [Substring] = []
    for line in lines where !(line.isEmpty && (kept.last?.isEmpty ?? true)) { kept.append(line) }
    while kept.last?.isEmpty == true { kept.removeLast() }
    return kept.joined(separator: "\n")
  }
}

extension Substring {
  fileprivate var trimmingTrailingSpaces: Substring {
    var line = self
    while line.last == " " || line.last == "\t" { line.removeLast() }
    return line
  }
}

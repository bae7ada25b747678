import Diagnostics
import ObligationModel
import Yams

/// Reads front matter YAML into the document's header fields, with a diagnostic for every bad key.
struct FrontMatterReader {
  let source: SourceText
  let frontMatter: FrontMatter
  var diagnostics: [Diagnostic] = []

  private static let keys: [DocumentKind: Set<String>] = [
    .catalogue: ["kind", "title", "instrument"],
    .modelLaw: ["kind", "title", "module", "placeholders"],
    .commentary: ["kind", "title", "module"],
    .legislation: ["kind", "title", "state", "citation", "in-force"],
  ]
  private static let required: [DocumentKind: [String]] = [
    .catalogue: ["title", "instrument"],
    .modelLaw: ["title", "module"],
    .commentary: ["title", "module"],
    .legislation: ["title", "state", "citation", "in-force"],
  ]

  init(source: SourceText, frontMatter: FrontMatter) {
    self.source = source
    self.frontMatter = frontMatter
  }

  /// Fills the header of `document` from the YAML.
  mutating func read(into document: inout LegalDocument) {
    if frontMatter.isUnclosed {
      diagnostics.append(
        Diagnostic(
          .unclosedFrontMatter, "front matter opened on line 1 is never closed; add a line '---' after the last key",
          at: .startOf(source.file)))
      return
    }
    guard let yaml = frontMatter.yaml else { return }
    let root: Node?
    switch YAMLSource(source: source, firstLine: frontMatter.yamlFirstLine).compose(
      yaml, invalidCode: .invalidFrontMatter, what: "front matter")
    {
    case .success(let node): root = node
    case .failure(let diagnostic):
      diagnostics.append(diagnostic)
      return
    }
    guard let root, case .mapping(let mapping) = root else {
      let what = root == nil ? "empty" : "not a mapping of keys to values"
      diagnostics.append(
        Diagnostic(.invalidFrontMatter, "front matter is \(what); start it with 'kind: …'", at: location(of: root)))
      return
    }
    var fields: [String: Node] = [:]
    for (keyNode, value) in mapping {
      guard let key = keyNode.scalar?.string else { continue }
      fields[key] = value
    }
    guard let kindNode = fields["kind"] else {
      diagnostics.append(
        Diagnostic(
          .missingFrontMatterKey, "front matter has no 'kind'; use one of \(Self.kindList)",
          at: location(of: root)))
      return
    }
    guard let kindText = kindNode.scalar?.string, let kind = DocumentKind(rawValue: kindText) else {
      diagnostics.append(
        Diagnostic(
          .invalidFrontMatterValue,
          "unknown kind '\(kindNode.scalar?.string ?? "")'"
            + Suggestion.didYouMean(
              kindNode.scalar?.string ?? "", in: DocumentKind.allCases.map(\.rawValue),
              otherwise: "use one of \(Self.kindList)"),
          at: location(of: kindNode)))
      return
    }
    document.kind = kind
    let allowed = Self.keys[kind] ?? []
    for (keyNode, _) in mapping {
      guard let key = keyNode.scalar?.string, !allowed.contains(key) else { continue }
      diagnostics.append(
        Diagnostic(
          .unknownFrontMatterKey,
          "'\(key)' is not a front matter key of a \(kind.rawValue) document\(Suggestion.didYouMean(key, in: allowed.sorted()))",
          at: location(of: keyNode)))
    }
    for key in Self.required[kind] ?? [] where fields[key] == nil {
      diagnostics.append(
        Diagnostic(
          .missingFrontMatterKey, "a \(kind.rawValue) document needs '\(key)' in its front matter",
          at: location(of: root)))
    }
    document.title = string(fields["title"], key: "title") ?? ""
    if let node = fields["instrument"], let text = string(node, key: "instrument") {
      let instrument = Instrument(rawValue: text)
      if instrument.isKnown {
        document.instrument = instrument
      } else {
        invalid(
          node, "unknown instrument '\(text)'\(Suggestion.didYouMean(text, in: Instrument.known.map(\.rawValue)))")
      }
    }
    if let node = fields["module"], let text = string(node, key: "module") {
      let module = ModelLawModule(rawValue: text)
      document.module = module
      if !module.isKnown {
        diagnostics.append(
          Diagnostic(
            .unknownVocabulary,
            "unknown module '\(text)'\(Suggestion.didYouMean(text, in: ModelLawModule.known.map(\.rawValue)))",
            at: location(of: node)))
      }
    }
    if let node = fields["state"], let text = string(node, key: "state") {
      if text.count == 3, text.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
        document.state = text
      } else {
        invalid(node, "state '\(text)' is not an ISO 3166 alpha-3 code such as 'KEN' or 'FRA'")
      }
    }
    document.citation = string(fields["citation"], key: "citation")
    if let node = fields["in-force"], let text = string(node, key: "in-force") {
      if let inForce = InForce.parse(text) {
        document.inForce = inForce
      } else {
        invalid(node, "in-force '\(text)' is neither a date YYYY-MM-DD nor 'draft'")
      }
    }
    if let node = fields["placeholders"] { readPlaceholders(node, into: &document) }
  }

  private static let kindList = DocumentKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")

  private mutating func readPlaceholders(_ node: Node, into document: inout LegalDocument) {
    guard case .mapping(let mapping) = node else {
      invalid(node, "'placeholders' must map each placeholder name to what the committee fills in")
      return
    }
    for (keyNode, value) in mapping {
      guard let name = keyNode.scalar?.string else { continue }
      guard PlaceholderScanner.isValidName(name) else {
        diagnostics.append(
          Diagnostic(
            .malformedPlaceholder, "placeholder name '\(name)' must be lower-case kebab, e.g. 'competent-authority'",
            at: location(of: keyNode)))
        continue
      }
      let description = string(value, key: name) ?? ""
      document.placeholders.append(
        PlaceholderDeclaration(name: name, description: description, location: location(of: keyNode)))
    }
  }

  private mutating func string(_ node: Node?, key: String) -> String? {
    guard let node else { return nil }
    guard let text = node.scalar?.string else {
      invalid(node, "'\(key)' must be a single value, not a list or a mapping")
      return nil
    }
    return text
  }

  private mutating func invalid(_ node: Node, _ message: String) {
    diagnostics.append(Diagnostic(.invalidFrontMatterValue, message, at: location(of: node)))
  }

  private func location(of node: Node?) -> SourceLocation {
    YAMLSource(source: source, firstLine: frontMatter.yamlFirstLine).location(of: node)
  }
}

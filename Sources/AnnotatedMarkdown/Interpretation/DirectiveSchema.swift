import ObligationModel

/// What one directive accepts in one kind of document.
///
/// A class: every annotation's reader holds its schema, and a reference is one retain to share.
final class DirectiveSchema: Sendable {
  enum Subject { case obligationID, provisionID, elementID, parameter, label }

  let name: String
  let kinds: [DocumentKind]
  let subject: Subject?
  /// The `key=value` arguments it accepts; each handler reads and checks its own values.
  let keys: Set<String>
  /// The same keys, searched one by one: a schema has a few, and comparing short strings is
  /// quicker than hashing them.
  private let keyList: [String]
  let required: [String]
  let flags: Set<String>
  /// Structural directives name the section they open.
  let isStructural: Bool
  /// The rest of the comment is prose, not arguments.
  let takesFreeText: Bool

  init(
    _ name: String, in kinds: [DocumentKind], subject: Subject?, keys: Set<String> = [],
    required: [String] = [], flags: Set<String> = [], structural: Bool = false, freeText: Bool = false
  ) {
    self.name = name
    self.kinds = kinds
    self.subject = subject
    self.keys = keys
    self.keyList = keys.sorted()
    self.required = required
    self.flags = flags
    self.isStructural = structural
    self.takesFreeText = freeText
  }

  func accepts(_ key: String) -> Bool { keyList.contains(key) }

  static let all: [DirectiveSchema] = [
    DirectiveSchema(
      "article", in: [.catalogue], subject: .obligationID, keys: ["obligations"], structural: true),
    DirectiveSchema(
      "obligation", in: [.catalogue], subject: .obligationID,
      keys: ["class", "theme", "qualifier", "depends-on"],
      required: ["class", "theme"], flags: ["prohibition"], structural: true),
    DirectiveSchema("element", in: [.catalogue], subject: .elementID, keys: ["alternative"]),
    DirectiveSchema("alternative", in: [.catalogue], subject: .elementID),
    DirectiveSchema("threshold", in: [.catalogue], subject: .parameter, keys: ["min", "max"]),
    DirectiveSchema(
      "provision", in: [.modelLaw], subject: .provisionID,
      keys: ["implements", "adoption", "see"],
      required: ["adoption"], structural: true),
    DirectiveSchema(
      "provision", in: [.legislation], subject: .provisionID,
      keys: Set(["citation", "implements", "conflicts", "in-force"] + Parameter.known.map(\.rawValue)),
      required: ["citation"], structural: true),
    DirectiveSchema(
      "option", in: [.modelLaw], subject: .label, keys: ["family"], required: ["family"], structural: true),
    DirectiveSchema("commentary", in: [.commentary], subject: .provisionID, structural: true),
    DirectiveSchema("note", in: [.legislation], subject: nil, freeText: true),
  ]

  static let names: [String] = Array(Set(all.map(\.name))).sorted()

  /// Read as free text in every kind of document, so a misplaced `@note` is reported as
  /// misplaced rather than as broken arguments.
  static let freeTextNames = all.filter(\.takesFreeText).map(\.name)

  static func schema(_ name: String, for kind: DocumentKind) -> DirectiveSchema? {
    all.first { $0.name == name && $0.kinds.contains(kind) }
  }

  static func kinds(of name: String) -> [DocumentKind] {
    all.filter { $0.name == name }.flatMap(\.kinds).sorted { $0.rawValue < $1.rawValue }
  }
}

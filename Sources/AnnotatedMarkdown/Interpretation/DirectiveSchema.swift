import ObligationModel

/// What one directive accepts in one kind of document.
struct DirectiveSchema {
  enum Subject { case obligationID, provisionID, elementID, parameter, label }
  enum Value {
    case text, obligationIDs, obligationRefs, provisionIDs, elementIDs, quantity, inForce, obligationClass, theme,
      qualifiers, adoption, family, none
  }

  let name: String
  let kinds: Set<DocumentKind>
  let subject: Subject?
  let keys: [String: Value]
  let required: [String]
  let flags: Set<String>
  /// Structural directives name the section they open.
  let isStructural: Bool

  init(
    _ name: String, in kinds: Set<DocumentKind>, subject: Subject?, keys: [String: Value] = [:],
    required: [String] = [], flags: Set<String> = [], structural: Bool = false
  ) {
    self.name = name
    self.kinds = kinds
    self.subject = subject
    self.keys = keys
    self.required = required
    self.flags = flags
    self.isStructural = structural
  }

  static let all: [DirectiveSchema] = [
    DirectiveSchema(
      "article", in: [.catalogue], subject: .obligationID, keys: ["obligations": .none], structural: true),
    DirectiveSchema(
      "obligation", in: [.catalogue], subject: .obligationID,
      keys: ["class": .obligationClass, "theme": .theme, "qualifier": .qualifiers, "depends-on": .obligationIDs],
      required: ["class", "theme"], flags: ["prohibition"], structural: true),
    DirectiveSchema("element", in: [.catalogue], subject: .elementID, keys: ["alternative": .elementIDs]),
    DirectiveSchema("alternative", in: [.catalogue], subject: .elementID),
    DirectiveSchema("threshold", in: [.catalogue], subject: .parameter, keys: ["min": .quantity, "max": .quantity]),
    DirectiveSchema(
      "provision", in: [.modelLaw], subject: .provisionID,
      keys: ["implements": .obligationRefs, "adoption": .adoption, "see": .provisionIDs],
      required: ["adoption"], structural: true),
    DirectiveSchema(
      "provision", in: [.legislation], subject: .provisionID,
      keys: [
        "citation": .text, "implements": .obligationRefs, "conflicts": .obligationRefs, "in-force": .inForce,
        Parameter.maxPenalty.rawValue: .quantity, Parameter.recordRetention.rawValue: .quantity,
      ],
      required: ["citation"], structural: true),
    DirectiveSchema(
      "option", in: [.modelLaw], subject: .label, keys: ["family": .family], required: ["family"], structural: true),
    DirectiveSchema("commentary", in: [.commentary], subject: .provisionID, structural: true),
    DirectiveSchema("note", in: [.legislation], subject: nil),
  ]

  static let names: [String] = Array(Set(all.map(\.name))).sorted()

  static func schema(_ name: String, for kind: DocumentKind) -> DirectiveSchema? {
    all.first { $0.name == name && $0.kinds.contains(kind) }
  }

  static func kinds(of name: String) -> [DocumentKind] {
    all.filter { $0.name == name }.flatMap(\.kinds).sorted { $0.rawValue < $1.rawValue }
  }
}

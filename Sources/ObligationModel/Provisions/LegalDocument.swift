import Diagnostics

/// What Palermo read from one annotated Markdown file.
///
/// The arrays that do not apply to the document's kind stay empty.
public struct LegalDocument: Sendable {
  public var path: String
  public var kind: DocumentKind?
  public var title: String
  /// Catalogue: the instrument it lists.
  public var instrument: Instrument?
  /// Model law and commentary: the module.
  public var module: ModelLawModule?
  /// Legislation: the State, the Act's citation and its status.
  public var state: String?
  public var citation: String?
  public var inForce: InForce?

  public var articles: [Article] = []
  public var obligations: [Obligation] = []
  public var modelProvisions: [ModelProvision] = []
  public var commentaries: [Commentary] = []
  public var nationalProvisions: [NationalProvision] = []
  public var placeholders: [PlaceholderDeclaration] = []
  public var placeholderUses: [PlaceholderUse] = []
  /// `provision:` links in the text.
  public var links: [CrossReference] = []
  /// How many annotations the file holds.
  public var annotationCount = 0

  public init(path: String, kind: DocumentKind? = nil, title: String = "") {
    self.path = path
    self.kind = kind
    self.title = title
  }
}

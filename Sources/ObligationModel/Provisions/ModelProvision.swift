import Diagnostics

/// A provision of a model law, with the obligations it implements and its options.
public struct ModelProvision: Hashable, Sendable {
  public var id: ProvisionID
  public var title: String
  /// The provision's Markdown, annotations included, up to the next heading of its level.
  public var text: String
  public var implements: [ObligationRef]
  public var adoption: Adoption
  public var seeAlso: [CrossReference]
  public var options: [ProvisionOption]
  public var location: SourceLocation?

  public init(
    id: ProvisionID, title: String, text: String, implements: [ObligationRef], adoption: Adoption,
    seeAlso: [CrossReference] = [], options: [ProvisionOption] = [], location: SourceLocation? = nil
  ) {
    self.id = id
    self.title = title
    self.text = text
    self.implements = implements
    self.adoption = adoption
    self.seeAlso = seeAlso
    self.options = options
    self.location = location
  }
}

/// One of several wordings of a provision, for a legal family.
public struct ProvisionOption: Hashable, Sendable {
  public var id: String
  public var family: LegalFamily
  public var title: String
  public var text: String
  public var location: SourceLocation?

  public init(id: String, family: LegalFamily, title: String, text: String, location: SourceLocation? = nil) {
    self.id = id
    self.family = family
    self.title = title
    self.text = text
    self.location = location
  }
}

/// A reference from one provision to another, by id.
public struct CrossReference: Hashable, Sendable {
  public var target: ProvisionID
  public var location: SourceLocation?

  public init(target: ProvisionID, location: SourceLocation? = nil) {
    self.target = target
    self.location = location
  }
}

/// A `{{name}}` in model text that the drafting committee fills in.
public struct PlaceholderUse: Hashable, Sendable {
  public var name: String
  public var location: SourceLocation?

  /// `{{name}}`, the name (a letter-first label) captured; one pattern for every renderer.
  public static var pattern: Regex<(Substring, Substring)> { /\{\{([a-z][a-z0-9\-]*)\}\}/ }

  public init(name: String, location: SourceLocation? = nil) {
    self.name = name
    self.location = location
  }
}

/// A placeholder declared in a model law's front matter.
public struct PlaceholderDeclaration: Hashable, Sendable {
  public var name: String
  public var description: String
  public var location: SourceLocation?

  public init(name: String, description: String, location: SourceLocation? = nil) {
    self.name = name
    self.description = description
    self.location = location
  }
}

import Diagnostics
import ObligationModel

/// A State's draft bill: the chosen options of the model provisions, placeholders filled,
/// articles numbered consecutively, no annotations and no commentary.
public struct Bill: Sendable {
  public var title: String
  public var parts: [Part]

  public struct Part: Sendable {
    public var title: String
    public var articles: [Article]
  }

  public struct Article: Sendable {
    public var number: Int
    public var title: String
    public var provision: ProvisionID
    /// Markdown, ready to print: cross-references rewritten, placeholders filled (or left as
    /// `{{name}}` when allowed).
    public var text: String
  }
}

/// What a drafting committee chose.
public struct DraftingChoices: Sendable {
  /// Picks, for each provision with options, the option drafted for this family (or for `any`).
  public var legalFamily: LegalFamily?
  /// Explicit choices, provision id to option id; they win over the family.
  public var options: [ProvisionID: String]
  public var placeholders: [String: String]
  /// Keep unfilled placeholders (marked) instead of failing.
  public var allowPlaceholders: Bool

  public init(
    legalFamily: LegalFamily? = nil, options: [ProvisionID: String] = [:], placeholders: [String: String] = [:],
    allowPlaceholders: Bool = false
  ) {
    self.legalFamily = legalFamily
    self.options = options
    self.placeholders = placeholders
    self.allowPlaceholders = allowPlaceholders
  }
}

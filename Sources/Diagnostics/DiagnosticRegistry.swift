/// The one list of every diagnostic code Palermo can emit.
public enum DiagnosticRegistry {
  public static let all: [DiagnosticDescription] =
    (inputEntries + frontMatterEntries + annotationEntries + referenceEntries + catalogueEntries + profileEntries
    + draftingEntries
    + contentEntries
    + lintEntries).sorted { $0.code < $1.code }

  private static let byCode: [DiagnosticCode: DiagnosticDescription] = Dictionary(
    all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

  public static func entry(for code: DiagnosticCode) -> DiagnosticDescription? { byCode[code] }

  /// Accepts a code (`REF001`) or a slug (`unknown-obligation`), in any case.
  public static func lookup(_ name: String) -> DiagnosticDescription? {
    let key = name.trimmingWhitespace()
    return byCode[DiagnosticCode(rawValue: key.uppercased())] ?? all.first { $0.slug == key.lowercased() }
  }
}

extension String {
  func trimmingWhitespace() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}

/// Shared pieces of the registry's example documents.
enum Example {
  static func legislation(_ body: String) -> String {
    """
    ---
    kind: legislation
    state: ATL
    title: Penal Code (Amendment) Act 2019
    citation: Act No. 12 of 2019
    in-force: 2019-07-01
    ---

    \(body)
    """
  }

  static func modelLaw(_ body: String, placeholders: String = "") -> String {
    """
    ---
    kind: model-law
    module: trafficking
    title: Model provisions on trafficking in persons\(placeholders)
    ---

    \(body)
    """
  }

  static func catalogue(_ body: String) -> String {
    """
    ---
    kind: catalogue
    instrument: TIP
    title: Trafficking in Persons Protocol
    ---

    \(body)
    """
  }

  static let trafficking = """
    ### Section 212. Trafficking in persons
    <!-- @provision pc.212 citation="Penal Code s. 212" implements=TIP-5.1 -->

    A person who recruits, transports or harbours another person by force for the purpose of exploitation commits an offence.
    """
}

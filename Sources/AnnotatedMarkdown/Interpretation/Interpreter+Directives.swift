import Diagnostics
import ObligationModel

extension Interpreter {
  /// Checks an annotation against its schema and builds or extends the entity it describes.
  mutating func apply(
    _ annotation: Annotation, kind: DocumentKind, description: BlockDescription, atSectionStart: Bool
  ) {
    guard let schema = DirectiveSchema.schema(annotation.directive, for: kind) else {
      let kinds = DirectiveSchema.kinds(of: annotation.directive)
      if kinds.isEmpty {
        diagnostics.append(
          Diagnostic(
            .unknownDirective,
            "unknown directive '@\(annotation.directive)'"
              + Suggestion.didYouMean(
                annotation.directive, in: DirectiveSchema.names,
                otherwise: "directives are " + DirectiveSchema.names.map { "@\($0)" }.joined(separator: ", ")),
            at: annotation.directiveLocation))
      } else {
        diagnostics.append(
          Diagnostic(
            .directiveNotAllowed,
            "@\(annotation.directive) belongs in \(kinds.map { "a \($0.rawValue)" }.joined(separator: " or ")) document, not in a \(kind.rawValue) document",
            at: annotation.directiveLocation))
      }
      return
    }
    var reader = ArgumentReader(annotation, schema: schema)
    defer { diagnostics += reader.diagnostics }
    guard reader.isComplete else { return }
    if schema.isStructural {
      guard let section = sections.last else {
        reader.report(
          .misplacedAnnotation, "@\(schema.name) must sit under the heading it names; add a heading above it",
          at: annotation.location)
        return
      }
      guard atSectionStart, section.entity == nil else {
        let why =
          section.entity == nil
          ? "must come right after its heading" : "is the second structural annotation in this section"
        reader.report(
          .misplacedAnnotation,
          "@\(schema.name) \(why); put it on the line after the heading '\(section.title.prefix(60))'",
          at: annotation.location)
        return
      }
    }
    let title = sections.last?.title ?? ""
    switch (schema.name, kind) {
    case ("article", _): addArticle(&reader, title: title)
    case ("obligation", _): addObligation(&reader, title: title)
    case ("element", _), ("alternative", _), ("threshold", _): addPart(&reader, description: description.text)
    case ("provision", .modelLaw): addModelProvision(&reader, title: title)
    case ("provision", _): addNationalProvision(&reader, title: title)
    case ("option", _): addOption(&reader, title: title)
    case ("commentary", _): addCommentary(&reader, title: title)
    case ("note", _): addNote(&reader)
    default: reader.report(.internalError, "no handler for @\(schema.name)", at: annotation.location)
    }
  }

  private mutating func open(_ entity: Entity) {
    sections[sections.count - 1].entity = entity
  }

  private func subject(_ reader: ArgumentReader) -> (String, SourceLocation) {
    reader.subject ?? ("", reader.annotation.directiveLocation)
  }

  // MARK: Catalogue

  private mutating func addArticle(_ reader: inout ArgumentReader, title: String) {
    let (text, location) = subject(reader)
    guard let id = reader.obligationID(text, at: location) else { return }
    if !id.isArticle {
      reader.report(
        .malformedID, "'\(id)' names a paragraph; @article takes the article's id, e.g. '\(id.articleID)'", at: location
      )
      return
    }
    if let value = reader.text("obligations"), value != "none" {
      reader.report(
        .invalidValue, "'obligations' takes only 'none' (for an article that binds no State)",
        at: reader.location("obligations"))
    }
    if sections.dropLast().contains(where: { if case .article = $0.entity { true } else { false } }) {
      reader.report(
        .misplacedAnnotation, "@article cannot sit inside another article's section", at: reader.annotation.location)
      return
    }
    document.articles.append(
      Article(id: id, title: title, hasObligations: !reader.has("obligations"), location: reader.annotation.location))
    open(.article(document.articles.count - 1))
  }

  private mutating func addObligation(_ reader: inout ArgumentReader, title: String) {
    let (text, location) = subject(reader)
    guard let id = reader.obligationID(text, at: location),
      let obligationClass = reader.closed("class", ObligationClass.self),
      let themeText = reader.text("theme"), let themeLocation = reader.location("theme")
    else { return }
    let enclosing = sections.dropLast().last { if case .article = $0.entity { true } else { false } }
    guard case .article(let articleIndex)? = enclosing?.entity else {
      reader.report(
        .misplacedAnnotation, "@obligation must sit in the section of its @article", at: reader.annotation.location)
      return
    }
    let article = document.articles[articleIndex]
    if id.articleID != article.id {
      reader.report(
        .idOutsideArticle,
        "obligation '\(id)' sits under article '\(article.id)'; its id must start with '\(article.id).'",
        at: location)
    }
    if !article.hasObligations {
      reader.report(
        .misplacedAnnotation, "article '\(article.id)' is marked obligations=none but holds obligation '\(id)'",
        at: location)
    }
    let theme: Theme = reader.vocabulary(themeText, at: themeLocation, key: "theme")
    let qualifiers: [Qualifier] = reader.listItems("qualifier").map {
      reader.vocabulary($0.0, at: $0.1, key: "qualifier")
    }
    let dependsOn = reader.listItems("depends-on").compactMap { text, location in
      reader.obligationID(text, at: location).map { ObligationRef(obligation: $0, location: location) }
    }
    document.obligations.append(
      Obligation(
        id: id, title: title, summary: "", obligationClass: obligationClass, qualifiers: qualifiers, theme: theme,
        isProhibition: reader.flags.contains("prohibition"), dependsOn: dependsOn, location: reader.annotation.location)
    )
    open(.obligation(document.obligations.count - 1))
  }

  /// Elements, alternatives and thresholds of the obligation whose section holds them.
  private mutating func addPart(_ reader: inout ArgumentReader, description: String) {
    guard case .obligation(let index)? = innermostEntity else {
      reader.report(
        .misplacedAnnotation, "@\(reader.schema.name) must sit in the section of an @obligation",
        at: reader.annotation.location)
      return
    }
    let (text, location) = subject(reader)
    switch reader.schema.name {
    case "threshold":
      let parameter: Parameter = reader.vocabulary(text, at: location, key: "parameter")
      let minimum = reader.quantity("min")
      let maximum = reader.quantity("max")
      guard minimum != nil || maximum != nil else {
        if !reader.has("min"), !reader.has("max") {
          reader.report(
            .missingArgument, "@threshold needs 'min=…' or 'max=…', e.g. 'min=4y'",
            at: reader.annotation.directiveLocation)
        }
        return
      }
      document.obligations[index].thresholds.append(
        Threshold(
          parameter: parameter, minimum: minimum, maximum: maximum, description: description, location: location))
    case "alternative":
      guard let id = reader.elementID(text, at: location) else { return }
      if let first = document.obligations[index].alternatives.first(where: { $0.id == id }) {
        duplicate("alternative '\(id)'", at: location, first: first.location, reader: &reader)
        return
      }
      document.obligations[index].alternatives.append(Alternative(id: id, description: description, location: location))
    default:
      guard let id = reader.elementID(text, at: location) else { return }
      if let first = document.obligations[index].element(id) {
        duplicate("element '\(id)'", at: location, first: first.location, reader: &reader)
        return
      }
      let alternatives = reader.elementIDs("alternative")
      document.obligations[index].elements.append(
        Element(id: id, description: description, alternatives: alternatives, location: location))
    }
  }

  private func duplicate(
    _ what: String, at location: SourceLocation, first: SourceLocation?, reader: inout ArgumentReader
  ) {
    reader.report(
      Diagnostic(
        .duplicateID, "\(what) is declared twice in this obligation", at: location,
        notes: [.init("first declared here", at: first)]))
  }

  // MARK: Model law and commentary

  private mutating func addModelProvision(_ reader: inout ArgumentReader, title: String) {
    let (text, location) = subject(reader)
    guard let id = reader.provisionID(text, at: location), let adoption = reader.closed("adoption", Adoption.self)
    else { return }
    document.modelProvisions.append(
      ModelProvision(
        id: id, title: title, text: "", implements: reader.obligationRefs("implements"), adoption: adoption,
        seeAlso: reader.provisionIDs("see"), location: reader.annotation.location))
    open(.modelProvision(document.modelProvisions.count - 1))
  }

  private mutating func addOption(_ reader: inout ArgumentReader, title: String) {
    guard sections.count >= 2,
      case .modelProvision(let index)? = sections.dropLast().last(where: { $0.entity != nil })?.entity
    else {
      reader.report(
        .misplacedAnnotation, "@option must sit in a subsection of a @provision", at: reader.annotation.location)
      return
    }
    let (id, location) = subject(reader)
    guard let familyText = reader.text("family"), let familyLocation = reader.location("family") else { return }
    let family: LegalFamily = reader.vocabulary(familyText, at: familyLocation, key: "legal family")
    if let first = document.modelProvisions[index].options.first(where: { $0.id == id }) {
      duplicate("option '\(id)'", at: location, first: first.location, reader: &reader)
      return
    }
    document.modelProvisions[index].options.append(
      ProvisionOption(id: id, family: family, title: title, text: "", location: reader.annotation.location))
    open(.option(provision: index, option: document.modelProvisions[index].options.count - 1))
  }

  private mutating func addCommentary(_ reader: inout ArgumentReader, title: String) {
    let (text, location) = subject(reader)
    guard let id = reader.provisionID(text, at: location) else { return }
    document.commentaries.append(
      Commentary(provision: id, title: title, text: "", location: reader.annotation.location))
    open(.commentary(document.commentaries.count - 1))
  }

  // MARK: Legislation

  private mutating func addNationalProvision(_ reader: inout ArgumentReader, title: String) {
    let (text, location) = subject(reader)
    guard let id = reader.provisionID(text, at: location), let citation = reader.text("citation") else { return }
    var parameters: [Parameter: Quantity] = [:]
    for parameter in Parameter.known {
      if let value = reader.quantity(parameter.rawValue) { parameters[parameter] = value }
    }
    document.nationalProvisions.append(
      NationalProvision(
        id: id, citation: citation, title: title, text: "", implements: reader.obligationRefs("implements"),
        conflicts: reader.obligationRefs("conflicts"), inForce: reader.inForce("in-force"), parameters: parameters,
        location: reader.annotation.location))
    open(.nationalProvision(document.nationalProvisions.count - 1))
  }

  private mutating func addNote(_ reader: inout ArgumentReader) {
    guard case .nationalProvision(let index)? = innermostEntity else {
      reader.report(
        .misplacedAnnotation, "@note must sit in the section of a @provision", at: reader.annotation.location)
      return
    }
    let note = reader.annotation.freeText
    guard !note.isEmpty else {
      reader.report(
        .missingArgument, "@note needs the note's text after '@note'", at: reader.annotation.directiveLocation)
      return
    }
    document.nationalProvisions[index].notes.append(note)
  }

  // MARK: Section text

  mutating func setText(_ text: String, of entity: Entity) {
    switch entity {
    case .article, .obligation: break
    case .modelProvision(let i): document.modelProvisions[i].text = text
    case .option(let p, let o): document.modelProvisions[p].options[o].text = text
    case .commentary(let i): document.commentaries[i].text = text
    case .nationalProvision(let i): document.nationalProvisions[i].text = text
    }
  }

  /// The first paragraph of an obligation's own section is its summary; of an article's, its note.
  mutating func offerSummary(_ paragraph: Int) {
    // Only catalogue sections keep it; legislation paragraphs are not flattened for nothing.
    switch sections.last?.entity {
    case .obligation(let index)? where document.obligations[index].summary.isEmpty:
      document.obligations[index].summary = tree.plainText(of: paragraph).trimmingSpaces
    case .article(let index)? where document.articles[index].note.isEmpty:
      document.articles[index].note = tree.plainText(of: paragraph).trimmingSpaces
    default:
      break
    }
  }
}

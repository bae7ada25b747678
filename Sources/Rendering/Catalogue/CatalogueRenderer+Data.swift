import ObligationModel

extension CatalogueRenderer {
  public static let jsonSchemaVersion = 1

  struct Output: Encodable {
    var schemaVersion: Int
    var counts: [String: Int]
    var obligations: [Entry]
  }

  struct Entry: Encodable {
    var id: String
    var instrument: String
    var article: Int
    var articleTitle: String
    var paragraph: [String]
    var eId: String
    var title: String
    var `class`: String
    var qualifier: [String]
    var theme: String
    var prohibition: Bool
    var dependsOn: [String]
    var summary: String
    var elements: [ElementEntry]
    var alternatives: [AlternativeEntry]
    var thresholds: [ThresholdEntry]
    var source: String?
  }

  struct ElementEntry: Encodable {
    var id: String
    var description: String
    var alternatives: [String]
  }

  struct AlternativeEntry: Encodable {
    var id: String
    var description: String
  }

  struct ThresholdEntry: Encodable {
    var parameter: String
    var min: String?
    var max: String?
  }

  /// Every selected obligation with its full record, versioned by `schemaVersion`.
  public static func json(_ obligations: [Obligation], catalogue: Catalogue) -> String {
    var counts = ["total": obligations.count]
    for cls in ObligationClass.allCases { counts[cls.rawValue] = obligations.count { $0.obligationClass == cls } }
    let entries = obligations.map { obligation in
      Entry(
        id: obligation.id.description, instrument: obligation.id.instrument.rawValue, article: obligation.id.article,
        articleTitle: catalogue.article(obligation.id)?.title ?? "", paragraph: obligation.id.path,
        eId: obligation.id.eId,
        title: obligation.title, class: obligation.obligationClass.rawValue,
        qualifier: obligation.qualifiers.map(\.rawValue),
        theme: obligation.theme.rawValue, prohibition: obligation.isProhibition,
        dependsOn: obligation.dependsOn.map(\.description), summary: obligation.summary,
        elements: obligation.elements.map {
          ElementEntry(id: $0.id.rawValue, description: $0.description, alternatives: $0.alternatives.map(\.rawValue))
        },
        alternatives: obligation.alternatives.map { AlternativeEntry(id: $0.id.rawValue, description: $0.description) },
        thresholds: obligation.thresholds.map {
          ThresholdEntry(parameter: $0.parameter.rawValue, min: $0.minimum?.description, max: $0.maximum?.description)
        },
        source: obligation.location.map { "\($0.file):\($0.line)" })
    }
    return JSONDiagnosticRenderer.encode(Output(schemaVersion: jsonSchemaVersion, counts: counts, obligations: entries))
  }

  /// One row per obligation, RFC 4180 quoting, lists joined with `; `.
  public static func csv(_ obligations: [Obligation], catalogue: Catalogue) -> String {
    let header = [
      "id", "instrument", "article", "article_title", "title", "class", "qualifier", "theme", "prohibition",
      "depends_on", "elements", "alternatives", "thresholds", "summary",
    ]
    var rows = [header]
    for obligation in obligations {
      rows.append([
        obligation.id.description, obligation.id.instrument.rawValue, String(obligation.id.article),
        catalogue.article(obligation.id)?.title ?? "", obligation.title, obligation.obligationClass.rawValue,
        obligation.qualifiers.map(\.rawValue).joined(separator: "; "), obligation.theme.rawValue,
        obligation.isProhibition ? "yes" : "no", obligation.dependsOn.map(\.description).joined(separator: "; "),
        obligation.elements.map(\.id.rawValue).joined(separator: "; "),
        obligation.alternatives.map(\.id.rawValue).joined(separator: "; "),
        obligation.thresholds.map { "\($0.parameter) \(bounds($0))" }.joined(separator: "; "), obligation.summary,
      ])
    }
    return CSVField.table(rows)
  }
}

/// RFC 4180 text for the catalogue and matrix tables, quoted by ``CSVWriter``, which the gap
/// report's CSV uses too, so every CSV the tool writes follows one rule.
enum CSVField {
  static func quote(_ field: String) -> String {
    var csv = CSVWriter(reservingCapacity: field.utf8.count + 8)
    csv.field(field)
    return csv.string
  }

  /// Rows of fields with CRLF line ends, every row ended.
  static func table(_ rows: [[String]]) -> String {
    var csv = CSVWriter(reservingCapacity: rows.count * 256)
    for row in rows {
      for field in row { csv.field(field) }
      csv.endRow()
    }
    return csv.string
  }
}

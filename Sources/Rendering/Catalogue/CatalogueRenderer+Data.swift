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

/// RFC 4180 fields: quoted when they hold a comma, quote or line break; quotes doubled.
/// A leading `=`, `+`, `-` or `@` gets an apostrophe so spreadsheets never run it as a formula.
enum CSVField {
  static func quote(_ field: String) -> String {
    var output: [UInt8] = []
    append(field, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// Rows of fields with CRLF line ends, every row ended, written as bytes.
  static func table(_ rows: [[String]]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(rows.count * 256)
    for row in rows {
      for index in row.indices {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        append(row[index], to: &output)
      }
      output += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// ``quote(_:)`` straight into `output`. Separators are looked for byte by byte, so a CRLF counts.
  static func append(_ field: String, to output: inout [UInt8]) {
    var field = field
    field.withUTF8 { utf8 in
      let isSpecial = { (byte: UInt8) in
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
          || byte == UInt8(ascii: "\r")
      }
      let quoted = utf8.contains(where: isSpecial)
      if quoted { output.append(UInt8(ascii: "\"")) }
      if let first = utf8.first, "=+-@".utf8.contains(first) { output.append(UInt8(ascii: "'")) }
      guard quoted else {
        output += utf8
        return
      }
      for byte in utf8 {
        if byte == UInt8(ascii: "\"") { output.append(byte) }
        output.append(byte)
      }
      output.append(UInt8(ascii: "\""))
    }
  }
}

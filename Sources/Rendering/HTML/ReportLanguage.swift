import MappingEngine
import ObligationModel

/// A language of the report's interface. Adding one (Arabic, Chinese, Russian) means adding a
/// case and its table in `ReportStrings`; the renderer reads only keys and `direction`.
public enum ReportLanguage: String, CaseIterable, Sendable {
  case en, fr, es

  /// `rtl` for right-to-left scripts; the renderer sets `dir` from it.
  public var direction: String {
    switch self {
    case .en, .fr, .es: "ltr"
    }
  }

  var table: [ReportKey: String] {
    switch self {
    case .en: ReportStrings.english
    case .fr: ReportStrings.french
    case .es: ReportStrings.spanish
    }
  }

  /// Whether this language's table has its own text for `key` (a test keeps every table complete).
  public func hasTranslation(_ key: ReportKey) -> Bool { table[key] != nil }

  /// The string for a key; `{name}` placeholders are filled from `values`.
  func text(_ key: ReportKey, _ values: [String: String] = [:]) -> String {
    let template = table[key] ?? ReportStrings.english[key] ?? key.rawValue
    // One pass over the template: inserted values are never scanned again, so document text
    // that contains "{name}" stays as it is. The braces are found by byte: they are ASCII, and
    // no template puts a combining mark after one.
    var result = ""
    var rest = Substring(template)
    while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")),
      let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}"))
    {
      let name = String(rest[rest.index(after: open)..<close])
      result += rest[..<open]
      result += values[name] ?? String(rest[open...close])
      rest = rest[rest.index(after: close)...]
    }
    return result.isEmpty ? String(rest) : result + rest
  }

  func status(_ status: CoverageStatus) -> String {
    switch status {
    case .implemented: text(.statusImplemented)
    case .partial: text(.statusPartial)
    case .missing: text(.statusMissing)
    case .conflicting: text(.statusConflicting)
    case .notApplicable: text(.statusNotApplicable)
    case .notAssessed: text(.statusNotAssessed)
    }
  }

  func obligationClass(_ value: ObligationClass) -> String {
    switch value {
    case .mandatory: text(.classMandatory)
    case .consider: text(.classConsider)
    case .optional: text(.classOptional)
    }
  }

  func instrument(_ instrument: Instrument) -> String {
    switch instrument {
    case .untoc: text(.instrumentUNTOC)
    case .tip: text(.instrumentTIP)
    case .som: text(.instrumentSOM)
    case .fp: text(.instrumentFP)
    default: instrument.rawValue
    }
  }

  func theme(_ theme: Theme) -> String {
    ReportKey(rawValue: "theme." + theme.rawValue).map { text($0) } ?? theme.rawValue
  }

  func family(_ family: LegalFamily) -> String {
    ReportKey(rawValue: "family." + family.rawValue).map { text($0) } ?? family.rawValue
  }
}

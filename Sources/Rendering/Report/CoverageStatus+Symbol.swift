import ObligationModel

extension CoverageStatus {
  /// A shape for each status, so that no report relies on colour alone.
  var symbol: String {
    switch self {
    case .implemented: "✔"
    case .partial: "◐"
    case .missing: "✘"
    case .conflicting: "⚠"
    case .notApplicable: "–"
    case .notAssessed: "?"
    }
  }
}

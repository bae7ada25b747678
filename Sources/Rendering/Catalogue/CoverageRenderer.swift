import MappingEngine
import ObligationModel

/// The model law's coverage of the catalogue, per instrument and class, as `palermo coverage` prints it.
public enum CoverageRenderer {
  public static func text(_ assessment: Assessment) -> String {
    var lines = ["instrument  class       implemented  partial  missing  total"]
    for instrument in Instrument.known {
      for obligationClass in ObligationClass.allCases {
        let verdicts = assessment.verdicts.filter {
          $0.obligation.id.instrument == instrument && $0.obligation.obligationClass == obligationClass
        }
        guard !verdicts.isEmpty else { continue }
        let count = { (status: CoverageStatus) in String(verdicts.count { $0.status == status }) }
        lines.append(
          instrument.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            + obligationClass.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
            + count(.implemented).leftPadded(11) + count(.partial).leftPadded(9) + count(.missing).leftPadded(9)
            + String(verdicts.count).leftPadded(7))
      }
    }
    let mandatory = assessment.verdicts.filter { $0.obligation.obligationClass == .mandatory }
    let done = mandatory.count { $0.status == .implemented }
    lines.append("")
    lines.append("mandatory obligations implemented by the model law: \(done) of \(mandatory.count)")
    for verdict in mandatory where verdict.status != .implemented {
      let missing = verdict.missingElements.map(\.rawValue).joined(separator: ", ")
      lines.append(
        "  \(verdict.obligation.id) \(verdict.status.rawValue)" + (missing.isEmpty ? "" : ": missing \(missing)"))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension String {
  fileprivate func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}

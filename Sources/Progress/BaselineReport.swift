import Foundation

/// The parts of a `report.json` (schemaVersion 1) that progress is measured on. Reading only
/// these keeps old baselines readable when later versions add fields.
public struct BaselineReport: Decodable, Sendable {
  public var schemaVersion: Int
  public var state: State
  public var findings: [Finding]

  public struct State: Decodable, Sendable {
    public var name: String
    public var code: String
  }

  public struct Finding: Decodable, Sendable {
    public var obligation: String
    public var title: String
    public var `class`: String
    public var status: String
    public var evidence: [Evidence]
  }

  public struct Evidence: Decodable, Sendable, Hashable {
    public var citation: String
    public var text: String
  }

  public enum Failure: Error, CustomStringConvertible {
    case unreadable(String, String)
    case unsupportedVersion(String, Int)

    public var description: String {
      switch self {
      case .unreadable(let path, let why): "'\(path)' is not a Palermo report.json: \(why)"
      case .unsupportedVersion(let path, let version):
        "'\(path)' has schemaVersion \(version); this Palermo reads version 1"
      }
    }
  }

  /// Decodes a report; `path` only names it in errors.
  public static func decode(_ data: Data, path: String) throws -> BaselineReport {
    let report: BaselineReport
    do {
      report = try JSONDecoder().decode(BaselineReport.self, from: data)
    } catch {
      throw Failure.unreadable(path, "\(error)")
    }
    guard report.schemaVersion == 1 else { throw Failure.unsupportedVersion(path, report.schemaVersion) }
    return report
  }
}

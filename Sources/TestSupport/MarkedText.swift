import Diagnostics

/// Text with emoji markers (1️⃣, 2️⃣, …) where findings are expected. The markers are removed
/// and their positions remembered, so a fixture shows where each diagnostic must point.
public struct MarkedText {
  public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]

  /// The text without markers.
  public let text: String
  /// Each marker's line and Unicode-scalar column in `text`.
  public let positions: [String: (line: Int, column: Int)]

  public init(_ marked: String) {
    var text = ""
    var positions: [String: (line: Int, column: Int)] = [:]
    var line = 1
    var column = 1
    var rest = Substring(marked)
    outer: while let character = rest.first {
      for marker in Self.markers where rest.hasPrefix(marker) {
        positions[marker] = (line, column)
        rest = rest.dropFirst(marker.count)
        continue outer
      }
      text.append(character)
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += character.unicodeScalars.count
      }
      rest = rest.dropFirst()
    }
    self.text = text
    self.positions = positions
  }
}

/// One expected finding in a marked fixture.
public struct FindingSpec: Sendable {
  public var marker: String
  public var code: DiagnosticCode
  /// A fragment the message must contain.
  public var message: String

  public init(_ marker: String, _ code: DiagnosticCode, _ message: String = "") {
    self.marker = marker
    self.code = code
    self.message = message
  }
}

/// Compares diagnostics with expectations; returns the failures as readable lines (empty when all match).
public func findingMismatches(_ diagnostics: [Diagnostic], in marked: MarkedText, expected: [FindingSpec]) -> [String] {
  var remaining = diagnostics
  var failures: [String] = []
  for spec in expected {
    guard let position = marked.positions[spec.marker] else {
      failures.append("marker \(spec.marker) is not in the fixture")
      continue
    }
    let match = remaining.firstIndex {
      $0.code == spec.code && $0.location?.line == position.line && $0.location?.column == position.column
        && (spec.message.isEmpty || $0.message.contains(spec.message))
    }
    if let match {
      remaining.remove(at: match)
    } else {
      let near = diagnostics.filter { $0.code == spec.code }.map { "\($0.location?.description ?? "-") \($0.message)" }
      failures.append(
        "expected \(spec.code) at \(spec.marker) (\(position.line):\(position.column)) containing '\(spec.message)'; found \(near.isEmpty ? "none with that code" : near.joined(separator: "; "))"
      )
    }
  }
  for diagnostic in remaining {
    failures.append(
      "unexpected \(diagnostic.code) at \(diagnostic.location?.description ?? "-"): \(diagnostic.message)")
  }
  return failures
}

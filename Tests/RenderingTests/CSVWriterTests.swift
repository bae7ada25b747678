import ObligationModel
import Testing

@testable import Rendering

/// `CSVWriter` writes the gap report's rows; it must quote exactly as `CSVField` does.
@Suite struct CSVWriterTests {
  static let fields = [
    "", "plain", "a,b", "say \"hi\"", "line\nbreak", "cr\rlf\r\n", "=1+2", "+x", "-y", "@z", "'q", "é,中", "\"",
    "=\"a,b\"",
  ]

  @Test func quotesEveryFieldAsCSVFieldDoes() {
    var csv = CSVWriter(reservingCapacity: 16)
    for field in Self.fields { csv.field(field) }
    csv.endRow()
    for field in Self.fields { csv.field { $0.append(field) } }
    csv.endRow()
    #expect(csv.string == CSVField.table([Self.fields, Self.fields]))
  }

  @Test func joinsPiecesBeforeQuoting() throws {
    let id = try #require(ObligationID("UNTOC-5.1.a"))
    var csv = CSVWriter(reservingCapacity: 16)
    csv.field { $0.append(["-a", "b,c", "d"], separator: "; ") { $1.append($0) } }
    csv.field { $0.append(id) }
    csv.field { $0.append([String](), separator: "; ") { $1.append($0) } }
    csv.endRow()
    #expect(csv.string == CSVField.table([["-a; b,c; d", id.description, ""]]))
  }
}

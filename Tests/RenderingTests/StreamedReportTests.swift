import Foundation
import MappingEngine
import Testing

@testable import Rendering

/// A report handed over in pieces as it is made is the report rendered whole, whatever the size
/// of the pieces: the smallest buffer drains many times, and passes a longer text through whole.
@Suite struct StreamedReportTests {
  static func pieces(_ render: ((UnsafeRawBufferPointer) -> Void) -> Void) -> (bytes: [UInt8], count: Int) {
    var bytes: [UInt8] = []
    var count = 0
    render { piece in
      bytes += piece
      count += 1
    }
    return (bytes, count)
  }

  @Test(arguments: [64, 1000, ByteBuffer.pieceSize])
  func streamedReportsAreTheWholeReports(pieceSize: Int) {
    let assessment = ReportRendererTests.assessment
    for language in ReportLanguage.allCases {
      let html = Self.pieces {
        AssessmentHTMLRenderer.render(
          assessment, language: language, toolVersion: "0.0.0-test", pieceSize: pieceSize, into: $0)
      }
      let whole = AssessmentHTMLRenderer.renderBytes(assessment, language: language, toolVersion: "0.0.0-test")
      #expect(html.bytes == whole.bytes)
      #expect(pieceSize > 64 || html.count > 20, "a small buffer drains many times")
    }
    let json = Self.pieces {
      AssessmentJSONRenderer.render(assessment, toolVersion: "0.0.0-test", pieceSize: pieceSize, into: $0)
    }
    #expect(json.bytes == AssessmentJSONRenderer.renderBytes(assessment, toolVersion: "0.0.0-test").bytes)
    let csv = Self.pieces { AssessmentCSVRenderer.render(assessment, pieceSize: pieceSize, into: $0) }
    #expect(csv.bytes == AssessmentCSVRenderer.renderBytes(assessment).bytes)
  }

  @Test func aDrainingBufferPassesAPieceLargerThanItselfThrough() {
    var pieces: [[UInt8]] = []
    var buffer = ByteBuffer(capacity: 64) { pieces.append(Array($0)) }
    buffer.append(String(repeating: "a", count: 60))
    buffer.append(String(repeating: "b", count: 200))
    buffer.append("c")
    buffer.flush()
    buffer.flush()
    #expect(pieces.map(\.count) == [60, 200, 1])
    let expected = String(repeating: "a", count: 60) + String(repeating: "b", count: 200) + "c"
    #expect(Array(pieces.joined()) == Array(expected.utf8))
  }
}

import Diagnostics

/// Makes text safe to index by line: drops a byte-order mark and turns CRLF and lone CR
/// line endings into LF, which keeps every line and column where an editor shows it.
enum SourceNormalizer {
  /// The file's bytes, normalized; most files need nothing, and are only searched once.
  static func normalizedBytes(_ text: String) -> [UInt8] {
    var text = text
    let bytes = text.withUTF8 { buffer -> [UInt8]? in
      let needsWork =
        buffer.starts(with: [0xEF, 0xBB, 0xBF]) || SourceText.offset(of: UInt8(ascii: "\r"), in: buffer, from: 0) != nil
      return needsWork ? nil : Array(buffer)
    }
    return bytes ?? normalize(text).utf8Bytes
  }

  static func normalize(_ text: String) -> String {
    var text = text
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let hasCR = text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "\r")) }
    guard hasCR ?? text.utf8.contains(UInt8(ascii: "\r")) else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var previousCR = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: "\r") {
        bytes.append(UInt8(ascii: "\n"))
        previousCR = true
        continue
      }
      if byte == UInt8(ascii: "\n"), previousCR {
        previousCR = false
        continue
      }
      previousCR = false
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

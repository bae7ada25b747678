import Diagnostics
import ObligationModel

/// Finds `{{name}}` placeholders in model text.
enum PlaceholderScanner {
  struct Found {
    var offset: Int
    var name: String?
    var problem: String
  }

  static func isValidName(_ name: String) -> Bool { Label.isValid(name[...], letterFirst: true) }

  private static let open = Array("{{".utf8)
  private static let close = Array("}}".utf8)

  /// The placeholders in `text`; most text has no `{` at all, and is searched without a copy.
  static func scan(_ text: String) -> [Found] {
    var text = text
    let hasBrace = text.withUTF8 { SourceText.offset(of: open[0], in: $0, from: 0) != nil }
    return hasBrace ? scan(text.utf8Bytes) : []
  }

  private static func scan(_ bytes: [UInt8]) -> [Found] {
    var result: [Found] = []
    var index = 0
    while let start = CommentScanner.find(open, in: bytes, from: index) {
      guard let end = CommentScanner.find(close, in: bytes, from: start + 2) else {
        result.append(
          Found(offset: start, name: nil, problem: "'{{' opens a placeholder that is never closed with '}}'"))
        break
      }
      let name = String(decoding: bytes[(start + 2)..<end], as: UTF8.self)
      if isValidName(name) {
        result.append(Found(offset: start, name: name, problem: ""))
      } else {
        result.append(
          Found(
            offset: start, name: nil,
            problem: "placeholder '{{\(name)}}' must be a lower-case kebab name such as '{{competent-authority}}'"))
      }
      index = end + 2
    }
    return result
  }
}

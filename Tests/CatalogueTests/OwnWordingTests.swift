import Foundation
import TestSupport
import Testing

/// Legal content is the project's own wording: no run of ten words in the catalogue, the model
/// laws, the commentaries or the example States matches the treaty texts. Front matter and
/// headings are left out: they carry official titles, which are cited, not copied.
@Suite struct OwnWordingTests {
  static let treatyFolder = Repository.path("../shared/reference/treaties")
  static let runLength = 10

  static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "\u{B6}" }.map(String.init)
  }

  /// The prose of a Markdown file: no front matter, no headings, no HTML comments; a run never
  /// crosses a heading or a blank line.
  static func prose(_ text: String) -> String {
    var body = Substring(text)
    if body.hasPrefix("---\n"), let end = body.dropFirst(4).range(of: "\n---\n") { body = body[end.upperBound...] }
    var result = ""
    var inComment = false
    for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) {
        result += "\n\u{B6}\n"
        continue
      }
      var rest = line[...]
      while !rest.isEmpty {
        if inComment {
          guard let close = rest.range(of: "-->") else { rest = ""; break }
          rest = rest[close.upperBound...]
          inComment = false
        } else if let open = rest.range(of: "<!--") {
          result += rest[..<open.lowerBound]
          rest = rest[open.upperBound...]
          inComment = true
        } else {
          result += rest
          rest = ""
        }
      }
      result += "\n"
    }
    return result
  }

  @Test(
    .enabled(
      if: FileManager.default.fileExists(atPath: treatyFolder),
      "needs the treaty texts in ../shared/reference/treaties beside the clone, as on the team's machines and CI"))
  func noRunOfTenWordsMatchesTheTreaties() throws {
    var treaty = Set<String>()
    for file in try FileManager.default.contentsOfDirectory(atPath: Self.treatyFolder) {
      let words = Self.words(
        String(decoding: FileManager.default.contents(atPath: Self.treatyFolder + "/" + file) ?? Data(), as: UTF8.self))
      for start in 0..<max(words.count - Self.runLength + 1, 0) {
        treaty.insert(words[start..<(start + Self.runLength)].joined(separator: " "))
      }
    }
    var copied: [String] = []
    for folder in ["ModelLaws", "Commentaries", "Examples"] {
      let root = Repository.path(folder)
      let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter {
        $0.hasSuffix(".md")
      }.sorted()
      for file in files {
        let text = String(decoding: FileManager.default.contents(atPath: root + "/" + file) ?? Data(), as: UTF8.self)
        let words = Self.words(Self.prose(text))
        for start in 0..<max(words.count - Self.runLength + 1, 0) {
          let run = words[start..<(start + Self.runLength)].joined(separator: " ")
          if treaty.contains(run) {
            copied.append("\(folder)/\(file): …\(run)…")
            break
          }
        }
      }
    }
    #expect(copied.isEmpty, "\(copied.joined(separator: "\n"))")
  }
}

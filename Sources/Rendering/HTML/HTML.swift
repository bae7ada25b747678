import CommonMarkTree
import Foundation
import ObligationModel

/// A small HTML tree whose text and attribute values are always escaped.
///
/// Only `.raw` writes markup as is, and it takes a `StaticString`, so it can hold our own
/// constant CSS and script but never text that came from a document.
public indirect enum HTML: Sendable {
  case element(String, [(String, String)], [HTML])
  case text(String)
  case raw(StaticString)
  /// Markdown rendered by cmark in safe mode (raw HTML never passes), with `provision:` links
  /// turned into in-page anchors and `{{placeholders}}` marked.
  case markdown(String)
  case fragment([HTML])

  public static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [HTML] = []) -> HTML {
    .element(name, attributes, children)
  }

  public static func el(_ name: String, _ attributes: [(String, String)] = [], text: String) -> HTML {
    .element(name, attributes, [.text(text)])
  }

  /// A whole page; `attributes` go on `<html>` (its language). Every Palermo page shares its `<head>`: UTF-8, a viewport, a
  /// Content-Security-Policy that forbids every external load, the generator, the title and the
  /// page's own constant CSS.
  static func page(
    attributes: [(String, String)], title: String, policy: String, toolVersion: String, styles: [StaticString],
    body: [HTML]
  ) -> HTML {
    .fragment([
      .raw("<!DOCTYPE html>\n"),
      .el(
        "html", attributes,
        [
          .el(
            "head", [],
            [
              .el("meta", [("charset", "utf-8")]),
              .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
              .el("meta", [("http-equiv", "Content-Security-Policy"), ("content", policy)]),
              .el("meta", [("name", "generator"), ("content", "Palermo \(toolVersion)")]),
              .el("title", text: title),
              .el("style", [], styles.map(HTML.raw)),
            ]),
          .el("body", [], body),
        ]),
    ])
  }

  static func renderMarkdown(_ text: String) -> String {
    var html = CMarkHTML.render(text).replacingOccurrences(of: "href=\"provision:", with: "href=\"#")
    html = html.replacing(PlaceholderUse.pattern) { "<mark class=\"placeholder\">{{\($0.output.1)}}</mark>" }
    return html
  }

  private static let voidElements: Set<String> = ["meta", "br", "hr", "input", "link", "img"]

  /// The serialized markup, built with an explicit stack so deep trees cannot overflow.
  public func render() -> String {
    var output = ""
    var stack: [(HTML, closing: String?)] = [(self, nil)]
    while let (node, closing) = stack.popLast() {
      if let closing {
        output += closing
        continue
      }
      switch node {
      case .text(let text): output += Self.escape(text)
      case .raw(let markup): output += markup.description
      case .markdown(let text): output += Self.renderMarkdown(text)
      case .fragment(let children): stack += children.reversed().map { ($0, nil) }
      case .element(let name, let attributes, let children):
        output += "<" + name
        for (key, value) in attributes { output += " \(key)=\"\(Self.escape(value))\"" }
        output += ">"
        guard !Self.voidElements.contains(name) else { continue }
        stack.append((node, "</\(name)>"))
        stack += children.reversed().map { ($0, nil) }
      }
    }
    return output
  }

  /// Escapes `& < > " '`; bidirectional controls, which could disguise text, become visible
  /// `[U+202E]` marks, and other control characters are dropped.
  static func escape(_ text: String) -> String {
    // Most text needs no escaping: check the bytes first and return it as it is.
    let needsWork = text.utf8.contains { byte in
      byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
        || byte == UInt8(ascii: "'") || (byte < 0x20 && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\t"))
        || byte == 0xE2 || byte == 0xD8  // lead bytes of the bidirectional controls (U+061C, U+200E…U+2069)
    }
    guard needsWork else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case _ where scalar.properties.isBidiControl:
        result += "[U+\(String(scalar.value, radix: 16, uppercase: true))]"
      default:
        if scalar.value < 0x20, scalar != "\n", scalar != "\t" { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

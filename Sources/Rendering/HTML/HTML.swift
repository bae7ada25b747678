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

  /// A whole page; `attributes` go on `<html>` (its language).
  static func page(
    attributes: [(String, String)], title: String, policy: String, toolVersion: String, styles: [StaticString],
    body: [HTML]
  ) -> HTML {
    .fragment([
      .raw(doctype),
      .el(
        "html", attributes,
        [head(title: title, policy: policy, toolVersion: toolVersion, styles: styles), .el("body", [], body)]),
    ])
  }

  static let doctype: StaticString = "<!DOCTYPE html>\n"

  /// The `<head>` every Palermo page shares: UTF-8, a viewport, a Content-Security-Policy that
  /// forbids every external load, the generator, the title and the page's own constant CSS.
  static func head(title: String, policy: String, toolVersion: String, styles: [StaticString]) -> HTML {
    .el(
      "head", [],
      [
        .el("meta", [("charset", "utf-8")]),
        .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
        .el("meta", [("http-equiv", "Content-Security-Policy"), ("content", policy)]),
        .el("meta", [("name", "generator"), ("content", "Palermo \(toolVersion)")]),
        .el("title", text: title),
        .el("style", [], styles.map(HTML.raw)),
      ])
  }

  static func renderMarkdown(_ text: String) -> String {
    var html = CMarkHTML.render(text).replacingOccurrences(of: "href=\"provision:", with: "href=\"#")
    html = html.replacing(PlaceholderUse.pattern) { "<mark class=\"placeholder\">{{\($0.output.1)}}</mark>" }
    return html
  }

  /// Elements written without content or closing tag.
  static func isVoid(_ name: String) -> Bool {
    switch name {
    case "meta", "br", "hr", "input", "link", "img": true
    default: false
    }
  }

  /// The serialized markup.
  public func render() -> String {
    var writer = HTMLWriter()
    writer.write(self)
    return writer.string
  }

  /// The serialized markup as UTF-8 bytes, built with an explicit stack so deep trees cannot
  /// overflow.
  public func renderBytes() -> [UInt8] {
    var writer = HTMLWriter()
    writer.write(self)
    return writer.bytes
  }

  /// Escapes `& < > " '`; bidirectional controls, which could disguise text, become visible
  /// `[U+202E]` marks, and other control characters are dropped (see ``HTMLWriter/text(_:)``).
  static func escape(_ text: String) -> String {
    var writer = HTMLWriter(reservingCapacity: text.utf8.count)
    writer.text(text)
    return writer.string
  }
}

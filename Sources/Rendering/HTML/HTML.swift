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
    var output: [UInt8] = []
    var stack: [(HTML, closing: String?)] = [(self, nil)]
    while let (node, closing) = stack.popLast() {
      if let closing {
        output += closing.utf8
        continue
      }
      switch node {
      case .text(let text): Self.appendEscaped(text, to: &output)
      case .raw(let markup): markup.withUTF8Buffer { output += $0 }
      case .markdown(let text): output += Self.renderMarkdown(text).utf8
      case .fragment(let children): stack += children.reversed().map { ($0, nil) }
      case .element(let name, let attributes, let children):
        output.append(UInt8(ascii: "<"))
        output += name.utf8
        for (key, value) in attributes {
          output.append(UInt8(ascii: " "))
          output += key.utf8
          output += "=\"".utf8
          Self.appendEscaped(value, to: &output)
          output.append(UInt8(ascii: "\""))
        }
        output.append(UInt8(ascii: ">"))
        guard !Self.voidElements.contains(name) else { continue }
        stack.append((node, "</\(name)>"))
        stack += children.reversed().map { ($0, nil) }
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Escapes `& < > " '`; bidirectional controls, which could disguise text, become visible
  /// `[U+202E]` marks, and other control characters are dropped.
  static func escape(_ text: String) -> String {
    var output: [UInt8] = []
    appendEscaped(text, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// ``escape(_:)`` straight into `output`: runs of plain bytes are copied whole, since most
  /// text needs no escaping at all.
  static func appendEscaped(_ text: String, to output: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      var plainFrom = 0
      var index = 0
      func replace(width: Int, with replacement: some Sequence<UInt8>) {
        output += UnsafeBufferPointer(rebasing: bytes[plainFrom..<index])
        output += replacement
        index += width
        plainFrom = index
      }
      while index < bytes.count {
        let byte = bytes[index]
        // Letters and most text lie above '>', where only the bidi lead bytes need a look.
        if byte > UInt8(ascii: ">"), byte != 0xD8, byte != 0xE2 {
          index += 1
          continue
        }
        switch byte {
        case UInt8(ascii: "&"): replace(width: 1, with: "&amp;".utf8)
        case UInt8(ascii: "<"): replace(width: 1, with: "&lt;".utf8)
        case UInt8(ascii: ">"): replace(width: 1, with: "&gt;".utf8)
        case UInt8(ascii: "\""): replace(width: 1, with: "&quot;".utf8)
        case UInt8(ascii: "'"): replace(width: 1, with: "&#39;".utf8)
        case UInt8(ascii: "\n"), UInt8(ascii: "\t"): index += 1
        case 0..<0x20: replace(width: 1, with: EmptyCollection())
        case 0xD8, 0xE2:
          if let (scalar, width) = bidiControl(in: bytes, at: index) {
            replace(width: width, with: "[U+\(String(scalar, radix: 16, uppercase: true))]".utf8)
          } else {
            index += 1
          }
        default: index += 1
        }
      }
      output += UnsafeBufferPointer(rebasing: bytes[plainFrom...])
    }
  }

  /// The Bidi_Control scalar (U+061C, U+200E, U+200F, U+202A…U+202E, U+2066…U+2069) whose
  /// UTF-8 starts at `index`, with its width in bytes.
  private static func bidiControl(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
    if bytes[index] == 0xD8, index + 1 < bytes.count, bytes[index + 1] == 0x9C { return (0x61C, 2) }
    guard bytes[index] == 0xE2, index + 2 < bytes.count else { return nil }
    let scalar = 0x2000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
    switch scalar {
    case 0x200E...0x200F, 0x202A...0x202E, 0x2066...0x2069: return (scalar, 3)
    default: return nil
    }
  }
}

import CCmark
import Foundation

/// Markdown to HTML with cmark's own renderer, in its safe mode: raw HTML is never passed
/// through and `javascript:`/`data:` links are dropped.
public enum CMarkHTML {
  public static func render(_ markdown: String) -> String {
    var text = markdown
    let rendered: UnsafeMutablePointer<CChar>? = text.withUTF8 { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        cmark_markdown_to_html(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT)
      }
    }
    guard let rendered else { return "" }
    defer { free(rendered) }
    return String(cString: rendered)
  }
}

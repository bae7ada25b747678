import CommonMarkTree
import ObligationModel

/// Markdown turned into WordprocessingML paragraphs (`<w:p>` elements), with every piece of
/// document text escaped. Raw HTML in the Markdown is dropped, as in the HTML outputs.
struct WordParagraphs {
  private(set) var xml = ""

  /// A paragraph of plain text in a style.
  mutating func paragraph(_ text: String, style: String? = nil, numbered: Int? = nil) {
    xml += "<w:p>" + properties(style: style, numbered: numbered) + run(text) + "</w:p>"
  }

  /// A paragraph whose text is anchored to a comment.
  mutating func commentedParagraph(_ text: String, style: String, comment id: Int) {
    xml += "<w:p>" + properties(style: style, numbered: nil)
    xml += "<w:commentRangeStart w:id=\"\(id)\"/>" + run(text) + "<w:commentRangeEnd w:id=\"\(id)\"/>"
    xml += "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"\(id)\"/></w:r></w:p>"
  }

  /// Every block of a Markdown text as paragraphs.
  mutating func markdown(_ text: String) {
    let document = CMarkConverter.parse(text)
    guard !document.nodes.isEmpty else { return }
    for block in document.children(of: 0) { self.block(block, in: document, prefix: "", style: nil) }
  }

  private mutating func block(_ index: Int, in document: MarkdownDocument, prefix: String, style: String?) {
    switch document.nodes[index].kind {
    case .paragraph:
      xml +=
        "<w:p>" + properties(style: style, numbered: nil) + (prefix.isEmpty ? "" : run(prefix))
        + inlines(index, in: document) + "</w:p>"
    case .heading:
      xml += "<w:p>" + properties(style: "Heading4", numbered: nil) + inlines(index, in: document) + "</w:p>"
    case .codeBlock(_, let literal):
      for line in literal.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
        xml += "<w:p>" + properties(style: "Code", numbered: nil) + run(String(line)) + "</w:p>"
      }
    case .blockQuote:
      for child in document.children(of: index) { block(child, in: document, prefix: prefix, style: "Quote") }
    case .list(let ordered, let start, _):
      for (offset, item) in document.children(of: index).enumerated() {
        let marker = ordered ? "\(start + offset). " : "• "
        for (position, child) in document.children(of: item).enumerated() {
          block(child, in: document, prefix: position == 0 ? marker : "", style: "ListParagraph")
        }
      }
    default:
      break  // HTML blocks and thematic breaks have no place in a bill.
    }
  }

  /// The runs of a block's inline content, with emphasis, strong and code kept as run formatting.
  private func inlines(_ index: Int, in document: MarkdownDocument) -> String {
    var output = ""
    var open: [(end: Int, format: RunFormat)] = []
    for child in (index + 1)..<document.nodes[index].subtreeEnd {
      while let last = open.last, child >= last.end { open.removeLast() }
      let node = document.nodes[child]
      var format = RunFormat()
      for item in open { format.merge(item.format) }
      switch node.kind {
      case .text(let text): output += run(text, format: format)
      case .code(let text):
        format.code = true
        output += run(text, format: format)
      case .softBreak: output += run(" ", format: format)
      case .lineBreak: output += "<w:r><w:br/></w:r>"
      case .emphasis: open.append((node.subtreeEnd, RunFormat(italic: true)))
      case .strong: open.append((node.subtreeEnd, RunFormat(bold: true)))
      default: break  // Links keep their text (a child); inline HTML is dropped.
      }
    }
    return output
  }

  private func properties(style: String?, numbered: Int?) -> String {
    guard style != nil || numbered != nil else { return "" }
    var xml = "<w:pPr>"
    if let style { xml += "<w:pStyle w:val=\"\(style)\"/>" }
    if let numbered { xml += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"\(numbered)\"/></w:numPr>" }
    return xml + "</w:pPr>"
  }

  /// Runs for a text; `{{placeholders}}` get their own highlighted run.
  func run(_ text: String, format: RunFormat = RunFormat()) -> String {
    var output = ""
    var rest = Substring(text)
    var highlighted = format
    highlighted.highlight = true
    while let match = rest.firstMatch(of: PlaceholderUse.pattern) {
      output += plainRun(String(rest[..<match.range.lowerBound]), format: format)
      output += plainRun(String(match.output.0), format: highlighted)
      rest = rest[match.range.upperBound...]
    }
    return output + plainRun(String(rest), format: format)
  }

  private func plainRun(_ text: String, format: RunFormat) -> String {
    guard !text.isEmpty else { return "" }
    return "<w:r>\(format.xml)<w:t xml:space=\"preserve\">\(HTML.escape(text))</w:t></w:r>"
  }
}

/// Run formatting, written in the order the WordprocessingML schema requires (Word rejects others).
struct RunFormat {
  var bold = false
  var italic = false
  var code = false
  var highlight = false

  mutating func merge(_ other: RunFormat) {
    bold = bold || other.bold
    italic = italic || other.italic
    code = code || other.code
    highlight = highlight || other.highlight
  }

  var xml: String {
    guard bold || italic || code || highlight else { return "" }
    var xml = "<w:rPr>"
    if code { xml += "<w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\" w:cs=\"Consolas\"/>" }
    if bold { xml += "<w:b/>" }
    if italic { xml += "<w:i/>" }
    if highlight { xml += "<w:highlight w:val=\"yellow\"/>" }
    return xml + "</w:rPr>"
  }
}

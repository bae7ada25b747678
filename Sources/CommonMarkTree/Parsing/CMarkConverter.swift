import CCmark
import Diagnostics

/// Parses CommonMark with libcmark and converts the result into a ``MarkdownDocument``.
///
/// This is the only code in Palermo that sees a `cmark_*` pointer. Every C object is freed
/// before `parse` returns, all at once with the arena it was allocated in.
public enum CMarkConverter {
  /// Parses `text`. `lineOffset` is added to every line number, so that positions stay true
  /// to the file when front matter was split off before parsing.
  public static func parse(_ text: String, lineOffset: Int = 0) -> MarkdownDocument {
    parse(SourceText(file: "", text: text), bodyOffset: 0, bodyLine: 1, lineOffset: lineOffset)
  }

  /// Parses the part of a file's text from byte `bodyOffset` on, which starts after
  /// `lineOffset` lines of the file (its front matter): positions are the file's.
  public static func parse(_ source: SourceText, bodyOffset: Int, lineOffset: Int) -> MarkdownDocument {
    parse(source, bodyOffset: bodyOffset, bodyLine: lineOffset + 1, lineOffset: lineOffset)
  }

  /// `bodyLine` is the line of `source` on which the parsed text starts.
  private static func parse(_ source: SourceText, bodyOffset: Int, bodyLine: Int, lineOffset: Int)
    -> MarkdownDocument
  {
    // The tree and its iterator live in the thread's arena, freed at once when the nodes are read.
    defer { ccmark_arena_release() }
    let root: OpaquePointer? = source.bytes.withUnsafeBufferPointer { buffer in
      let body = UnsafeBufferPointer(rebasing: buffer[min(max(bodyOffset, 0), buffer.count)...])
      return body.withMemoryRebound(to: CChar.self) { chars in
        ccmark_parse_in_arena(chars.baseAddress, chars.count, CMARK_OPT_SOURCEPOS)
      }
    }
    guard let root, let iterator = cmark_iter_new(root) else { return MarkdownDocument(nodes: []) }

    var builder = Builder(source: source, sourceLineOffset: bodyLine - 1, lineOffset: lineOffset)
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      if event == CMARK_EVENT_ENTER {
        builder.enter(node)
      } else if event == CMARK_EVENT_EXIT {
        builder.exit()
      }
    }
    return MarkdownDocument(nodes: builder.nodes)
  }
}

/// Builds the pre-order node array with an explicit stack of open containers.
private struct Builder {
  let source: SourceText
  /// Added to cmark's lines to find them in `source`.
  let sourceLineOffset: Int
  /// Added to cmark's lines in the positions the tree reports.
  let lineOffset: Int
  var nodes: [MarkdownNode] = []
  var open: [Int] = []

  init(source: SourceText, sourceLineOffset: Int, lineOffset: Int) {
    self.source = source
    self.sourceLineOffset = sourceLineOffset
    self.lineOffset = lineOffset
    // Dense text (lists, short lines) has a node every few dozen bytes; growing costs copies.
    nodes.reserveCapacity(source.bytes.count / 32)
  }

  mutating func enter(_ node: OpaquePointer) {
    let kind = Self.kind(of: node)
    let index = nodes.count
    let range = range(of: node, kind: kind)
    let isLeaf = Self.isLeaf(kind)
    // Moved, not copied: a copy would retain and release the node's text.
    nodes.append(MarkdownNode(kind: consume kind, range: range, depth: open.count, subtreeEnd: index + 1))
    if !isLeaf { open.append(index) }
  }

  mutating func exit() {
    guard let index = open.popLast() else { return }
    nodes[index].subtreeEnd = nodes.count
  }

  /// Leaf nodes get only an enter event from `cmark_iter`.
  static func isLeaf(_ kind: MarkdownNode.Kind) -> Bool {
    switch kind {
    case .htmlBlock, .thematicBreak, .codeBlock, .text, .softBreak, .lineBreak, .code, .htmlInline: true
    default: false
    }
  }

  static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }

  static func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
    let literal = { string(cmark_node_get_literal(node)) }
    switch cmark_node_get_type(node) {
    case CMARK_NODE_DOCUMENT: return .document
    case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
    case CMARK_NODE_LIST:
      return .list(
        ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
        start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0)
    case CMARK_NODE_ITEM: return .item
    case CMARK_NODE_CODE_BLOCK: return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal())
    case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal())
    case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
    case CMARK_NODE_PARAGRAPH: return .paragraph
    case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
    case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
    case CMARK_NODE_TEXT: return .text(literal())
    case CMARK_NODE_SOFTBREAK: return .softBreak
    case CMARK_NODE_LINEBREAK: return .lineBreak
    case CMARK_NODE_CODE: return .code(literal())
    case CMARK_NODE_HTML_INLINE: return .htmlInline(literal())
    case CMARK_NODE_CUSTOM_INLINE: return .customInline
    case CMARK_NODE_EMPH: return .emphasis
    case CMARK_NODE_STRONG: return .strong
    case CMARK_NODE_LINK:
      return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
    case CMARK_NODE_IMAGE:
      return .image(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
    default: return .customInline
    }
  }

  /// cmark's position, made trustworthy: unknown (0) and inverted ranges become `nil`, code
  /// spans widen to their backticks, HTML blocks end where their literal ends, and the end
  /// becomes exclusive.
  func range(of node: OpaquePointer, kind: MarkdownNode.Kind) -> SourceRange? {
    let startLine = Int(cmark_node_get_start_line(node))
    var startColumn = Int(cmark_node_get_start_column(node))
    var endLine = Int(cmark_node_get_end_line(node))
    var endColumn = Int(cmark_node_get_end_column(node))
    guard startLine > 0, startColumn > 0 else { return nil }
    switch kind {
    case .htmlBlock(let literal):
      // cmark 0.30 reports only the first line of an HTML block, sometimes inverted.
      let lines = max(Self.lineFeeds(in: literal), 1)
      endLine = startLine + lines - 1
      endColumn = source.lineBytes(endLine + sourceLineOffset).count
    case .code:
      let ticks = backticks(before: SourcePosition(line: startLine, utf8Column: startColumn))
      startColumn -= ticks
      endColumn += ticks
    default:
      break
    }
    if endColumn == 0, endLine > startLine {
      // A setext heading reports its end as column 0 of the line after its underline.
      endLine -= 1
      endColumn = source.lineBytes(endLine + sourceLineOffset).count
    }
    guard endLine > 0 else { return nil }
    let start = SourcePosition(line: startLine + lineOffset, utf8Column: startColumn)
    let end = SourcePosition(line: endLine + lineOffset, utf8Column: endColumn + 1)
    return start <= end ? start..<end : nil
  }

  /// How many lines an HTML block's literal ends, counted on its bytes.
  static func lineFeeds(in text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes in bytes.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 } }
  }

  /// Backticks just before a position of the body (the front matter ends in a line feed).
  func backticks(before position: SourcePosition) -> Int {
    let line = position.line + sourceLineOffset
    var offset = source.offset(of: SourcePosition(line: line, utf8Column: position.utf8Column)) - 1
    var count = 0
    while offset >= 0, source.bytes[offset] == UInt8(ascii: "`") {
      count += 1
      offset -= 1
    }
    return count
  }
}

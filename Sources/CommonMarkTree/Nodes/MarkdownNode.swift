import Diagnostics

/// One node of a parsed document, stored in pre-order in ``MarkdownDocument/nodes``.
///
/// Children are not stored inside the node: the subtree of the node at index `i` is
/// `nodes[i + 1 ..< nodes[i].subtreeEnd]`. A flat array keeps deep documents (ten thousand
/// nested block quotes) free of recursion when built, walked and freed.
public struct MarkdownNode: Hashable, Sendable {
  public var kind: Kind
  /// `nil` where cmark tracks no position (soft breaks) or reports an impossible one.
  public var range: SourceRange?
  /// 0 for the document, 1 for its top-level blocks, and so on.
  public var depth: Int
  /// The index one past this node's last descendant.
  public var subtreeEnd: Int

  public init(kind: Kind, range: SourceRange?, depth: Int, subtreeEnd: Int) {
    self.kind = kind
    self.range = range
    self.depth = depth
    self.subtreeEnd = subtreeEnd
  }

  /// The CommonMark node types, with the data each carries.
  public enum Kind: Hashable, Sendable {
    case document
    case blockQuote
    case list(ordered: Bool, start: Int, tight: Bool)
    case item
    case codeBlock(info: String, literal: String)
    case htmlBlock(String)
    case customBlock
    case paragraph
    case heading(level: Int)
    case thematicBreak
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case htmlInline(String)
    case customInline
    case emphasis
    case strong
    case link(destination: String, title: String)
    case image(destination: String, title: String)

    /// The node's name in CommonMark's XML vocabulary, used by tree dumps.
    public var name: String {
      switch self {
      case .document: "document"
      case .blockQuote: "block_quote"
      case .list: "list"
      case .item: "item"
      case .codeBlock: "code_block"
      case .htmlBlock: "html_block"
      case .customBlock: "custom_block"
      case .paragraph: "paragraph"
      case .heading: "heading"
      case .thematicBreak: "thematic_break"
      case .text: "text"
      case .softBreak: "softbreak"
      case .lineBreak: "linebreak"
      case .code: "code"
      case .htmlInline: "html_inline"
      case .customInline: "custom_inline"
      case .emphasis: "emph"
      case .strong: "strong"
      case .link: "link"
      case .image: "image"
      }
    }

    /// The literal text of leaf nodes that have one.
    public var literal: String? {
      switch self {
      case .text(let s), .code(let s), .htmlInline(let s), .htmlBlock(let s): s
      case .codeBlock(_, let s): s
      default: nil
      }
    }
  }
}

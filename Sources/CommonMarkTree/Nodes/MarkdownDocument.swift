/// A parsed Markdown document: an immutable, `Sendable` tree with source ranges.
public struct MarkdownDocument: Hashable, Sendable {
  /// Every node in pre-order; `nodes[0]` is the document node.
  public let nodes: [MarkdownNode]

  public init(nodes: [MarkdownNode]) {
    self.nodes = nodes
  }

  /// The indices of the direct children of the node at `index`, in order.
  public func children(of index: Int) -> [Int] {
    var result: [Int] = []
    var child = index + 1
    let end = nodes[index].subtreeEnd
    while child < end {
      result.append(child)
      child = nodes[child].subtreeEnd
    }
    return result
  }

  /// The concatenated text of a node's inline content, as a reader sees it: code spans keep
  /// their content, breaks become spaces, HTML is left out.
  public func plainText(of index: Int) -> String {
    var result = ""
    for node in nodes[index..<nodes[index].subtreeEnd] {
      switch node.kind {
      case .text(let s), .code(let s): result += s
      case .softBreak, .lineBreak: result += " "
      default: break
      }
    }
    return result
  }
}

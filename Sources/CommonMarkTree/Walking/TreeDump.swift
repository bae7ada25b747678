/// A readable dump of a document's tree with ranges, for golden tests and `palermo dump-tree`.
extension MarkdownDocument {
  public func dump() -> String {
    var lines: [String] = []
    for node in nodes {
      var line = String(repeating: "  ", count: node.depth) + node.kind.name
      if let range = node.range {
        line +=
          " \(range.lowerBound.line):\(range.lowerBound.utf8Column)-\(range.upperBound.line):\(range.upperBound.utf8Column)"
      }
      switch node.kind {
      case .heading(let level): line += " level=\(level)"
      case .list(let ordered, let start, let tight):
        line += ordered ? " ordered start=\(start)" : " bullet"
        line += tight ? " tight" : " loose"
      case .codeBlock(let info, _) where !info.isEmpty: line += " info=\(quoted(info))"
      case .link(let destination, _), .image(let destination, _): line += " url=\(quoted(destination))"
      default: break
      }
      if let literal = node.kind.literal { line += " \(quoted(literal))" }
      lines.append(line)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

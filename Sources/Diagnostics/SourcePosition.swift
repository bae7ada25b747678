/// A point in a file as cmark reports it: a 1-based line and a 1-based UTF-8 byte column.
///
/// Tree nodes carry these because they are cheap; ``SourceText`` turns one into a
/// ``SourceLocation`` with a display column when a diagnostic needs it.
public struct SourcePosition: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var line: Int
  public var utf8Column: Int

  public init(line: Int, utf8Column: Int) {
    self.line = line
    self.utf8Column = utf8Column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.utf8Column) < (rhs.line, rhs.utf8Column)
  }

  public var description: String { "\(line):\(utf8Column)" }
}

/// A half-open range of positions: cmark's inclusive end plus one column.
public typealias SourceRange = Range<SourcePosition>

/// Where a diagnostic points: a file, a line, and two columns.
///
/// `column` counts Unicode scalars (what an editor shows for Arabic or Chinese text);
/// `utf8Column` counts bytes (what cmark reports). Both are 1-based.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var utf8Column: Int

  public init(file: String, line: Int, column: Int, utf8Column: Int) {
    self.file = file
    self.line = line
    self.column = column
    self.utf8Column = utf8Column
  }

  /// A location at the start of a file, for findings about the file as a whole.
  public static func startOf(_ file: String) -> SourceLocation {
    SourceLocation(file: file, line: 1, column: 1, utf8Column: 1)
  }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.utf8Column) < (rhs.file, rhs.line, rhs.utf8Column)
  }

  public var description: String { "\(file):\(line):\(column)" }
}

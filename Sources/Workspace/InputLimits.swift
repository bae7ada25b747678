import AnnotatedMarkdown

/// Limits on what one run reads.
public struct InputLimits: Sendable {
  public static let defaultMaxFileSize = 64 * 1024 * 1024

  /// The largest file read, in bytes.
  public var maxFileSize: Int
  public var parse: ParseLimits

  public init(maxFileSize: Int = defaultMaxFileSize, parse: ParseLimits = ParseLimits()) {
    self.maxFileSize = maxFileSize
    self.parse = parse
  }
}

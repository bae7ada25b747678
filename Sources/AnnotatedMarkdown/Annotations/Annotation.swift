import Diagnostics

/// One `<!-- @directive … -->` comment, parsed but not yet interpreted.
struct Annotation {
  var directive: String
  var arguments: [Argument]
  /// Everything after the directive name, for directives that take free text (`@note`);
  /// empty for the others, whose text is read as arguments.
  var freeText = ""
  /// Where the comment's `<!--` starts.
  var location: SourceLocation
  var directiveLocation: SourceLocation

  struct Argument {
    /// `nil` for a positional value.
    var key: String?
    /// `nil` for a bare flag such as `prohibition`.
    var value: String?
    var location: SourceLocation
    var valueLocation: SourceLocation
    /// The value was written in quotes (its text starts one column after `valueLocation`).
    var isQuoted = false
  }
}

/// A `lint-disable-next-line` comment.
struct SuppressionComment {
  var codes: [(code: String, location: SourceLocation)]
  var location: SourceLocation
  /// The line whose findings it silences.
  var targetLine: Int
}

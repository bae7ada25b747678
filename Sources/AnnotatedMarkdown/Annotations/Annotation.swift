import Diagnostics

/// One `<!-- @directive … -->` comment, parsed but not yet interpreted.
///
/// Positions are byte offsets in the comment's literal: most are only ever needed for a
/// diagnostic, so they become file locations only when asked for.
struct Annotation {
  var directive: String
  var arguments: [Argument]
  /// Everything after the directive name, for directives that take free text (`@note`);
  /// empty for the others, whose text is read as arguments.
  var freeText = ""
  /// The literal the offsets below point into.
  let map: LiteralMap
  /// Where the comment's `<!--` starts.
  var start: Int
  /// Where the directive's `@` is.
  var directiveStart: Int

  struct Argument {
    /// `nil` for a positional value.
    var key: String?
    /// `nil` for a bare flag such as `prohibition`.
    var value: String?
    var start: Int
    var valueStart: Int
    /// The value was written in quotes (its text starts one column after `valueStart`).
    var isQuoted = false
  }

  /// Where the comment's `<!--` starts.
  var location: SourceLocation { map.location(at: start) }
  var directiveLocation: SourceLocation { map.location(at: directiveStart) }
  func location(at offset: Int) -> SourceLocation { map.location(at: offset) }
}

/// A `lint-disable-next-line` comment.
struct SuppressionComment {
  var codes: [(code: String, location: SourceLocation)]
  var location: SourceLocation
  /// The line whose findings it silences.
  var targetLine: Int
}

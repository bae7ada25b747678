/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
  /// The candidate closest to `text`, if it is close enough to be a likely typo.
  public static func nearest(to text: String, in candidates: [String]) -> String? {
    let target = Array(text.lowercased().unicodeScalars)
    let limit = max(2, target.count / 3)
    var best: (distance: Int, candidate: String)?
    for candidate in candidates where candidate != text {
      let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars), limit: limit)
      if distance <= limit, distance < (best?.distance ?? Int.max) { best = (distance, candidate) }
    }
    return best?.candidate
  }

  /// `"; did you mean 'X'?"`, or `"; " + otherwise` (or nothing) when no candidate is close.
  public static func didYouMean(_ text: String, in candidates: [String], otherwise: String? = nil) -> String {
    if let match = nearest(to: text, in: candidates) { return "; did you mean '\(match)'?" }
    return otherwise.map { "; " + $0 } ?? ""
  }

  /// Levenshtein distance, giving up (returning `limit + 1`) once every path exceeds `limit`.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...max(b.count, 1) where !b.isEmpty {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return limit + 1 }
      swap(&previous, &current)
    }
    return a.isEmpty ? b.count : previous[b.count]
  }
}

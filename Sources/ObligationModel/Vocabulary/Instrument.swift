/// One of the four instruments. Unknown codes still round-trip, so a typo can be reported.
public struct Instrument: Vocabulary {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let untoc = Instrument(rawValue: "UNTOC")
  public static let tip = Instrument(rawValue: "TIP")
  public static let som = Instrument(rawValue: "SOM")
  public static let fp = Instrument(rawValue: "FP")

  public static let known: [Instrument] = [.untoc, .tip, .som, .fp]

  /// How many articles the instrument has, so a catalogue can be checked for completeness.
  public var articleCount: Int? {
    switch self {
    case .untoc: 41
    case .tip: 20
    case .som: 25
    case .fp: 21
    default: nil
    }
  }

  /// The Convention first, then the Protocols in the order of their annexes.
  public static func < (lhs: Instrument, rhs: Instrument) -> Bool {
    let order = { (i: Instrument) in known.firstIndex(of: i) ?? known.count }
    return (order(lhs), lhs.rawValue) < (order(rhs), rhs.rawValue)
  }
}

/// One of the four instruments. Unknown codes still round-trip, so a typo can be reported.
public struct Instrument: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let untoc = Instrument(rawValue: "UNTOC")
  public static let tip = Instrument(rawValue: "TIP")
  public static let som = Instrument(rawValue: "SOM")
  public static let fp = Instrument(rawValue: "FP")

  public static let known: [Instrument] = [.untoc, .tip, .som, .fp]

  public var isKnown: Bool { Self.known.contains(self) }

  public var title: String {
    switch self {
    case .untoc: "United Nations Convention against Transnational Organized Crime"
    case .tip: "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children"
    case .som: "Protocol against the Smuggling of Migrants by Land, Sea and Air"
    case .fp:
      "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition"
    default: rawValue
    }
  }

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

  public var description: String { rawValue }

  /// The Convention first, then the Protocols in the order of their annexes.
  public static func < (lhs: Instrument, rhs: Instrument) -> Bool {
    let order = { (i: Instrument) in known.firstIndex(of: i) ?? known.count }
    return (order(lhs), lhs.rawValue) < (order(rhs), rhs.rawValue)
  }
}

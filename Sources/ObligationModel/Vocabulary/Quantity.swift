/// A duration such as a penalty or a retention period: `4y`, `18m`, `30d`, `life`.
public struct Quantity: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public enum Unit: String, Sendable, Codable { case years = "y", months = "m", days = "d" }

  public let value: Int
  public let unit: Unit
  /// Life imprisonment: longer than any number of years.
  public let isLife: Bool

  public init(_ value: Int, _ unit: Unit) {
    self.value = value
    self.unit = unit
    self.isLife = false
  }

  public static let life = Quantity(life: ())
  private init(life: Void) {
    value = 0
    unit = .years
    isLife = true
  }

  /// `quantity = 1*digit [ "y" | "m" | "d" ] | "life"`; a bare number means years.
  public static func parse(_ text: String) -> Quantity? {
    if text == "life" { return .life }
    var digits = Substring(text)
    var unit = Unit.years
    if let last = digits.last, let suffix = Unit(rawValue: String(last)) {
      unit = suffix
      digits = digits.dropLast()
    }
    guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else {
      return nil
    }
    return Quantity(value, unit)
  }

  /// Days, for comparison: a year is 365 days, a month 30.
  public var days: Int {
    if isLife { return Int.max }
    switch unit {
    case .years: return value * 365
    case .months: return value * 30
    case .days: return value
    }
  }

  public var description: String { isLife ? "life" : "\(value)\(unit.rawValue)" }

  public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.days < rhs.days }
}

/// A growing run of bytes that the report writers fill.
///
/// The bytes live in a buffer of its own rather than an array: a report makes a few hundred
/// thousand small appends, and an array checks its uniqueness and capacity on every one.
struct ByteBuffer: ~Copyable {
  /// Where a draining buffer's bytes go each time it fills.
  typealias Drain = (UnsafeRawBufferPointer) -> Void

  /// How much a draining buffer holds: small enough to stay in the processor's cache, large
  /// enough that each write to the file carries plenty (64 KB pieces cost more system time).
  static let pieceSize = 256 * 1024

  private var start: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int
  private let drain: Drain?

  init(reservingCapacity capacity: Int = 0) {
    self.capacity = max(capacity, 64)
    start = .allocate(capacity: self.capacity)
    drain = nil
  }

  /// A buffer that hands its bytes to `drain` whenever `capacity` of them are written, instead of
  /// growing: for output written to a file as it is made. `flush()` hands over the rest.
  init(capacity: Int = pieceSize, drainingInto drain: @escaping Drain) {
    self.capacity = max(capacity, 64)
    start = .allocate(capacity: self.capacity)
    self.drain = drain
  }

  deinit { start.deallocate() }

  /// The bytes written so far.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

  /// The bytes written so far, as a string.
  var string: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

  /// The bytes written so far, read in place.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    try body(UnsafeBufferPointer(start: start, count: count))
  }

  /// Forgets the bytes but keeps the room, for a scratch buffer used over and over.
  mutating func removeAll() { count = 0 }

  /// Hands the bytes written since the last drain to a draining buffer's drain.
  mutating func flush() {
    guard let drain, count > 0 else { return }
    drain(UnsafeRawBufferPointer(start: start, count: count))
    count = 0
  }

  // The appends are inlined: a report makes hundreds of thousands, most of a few bytes, and a
  // call for each cost more than the copy. Only a piece that does not fit leaves the fast path.

  @inline(__always)
  mutating func append(_ constant: StaticString) {
    // A literal's bytes lie in the binary; only a one-scalar constant may be held as a scalar.
    guard constant.hasPointerRepresentation else { return constant.withUTF8Buffer { append($0) } }
    append(UnsafeBufferPointer(start: constant.utf8Start, count: constant.utf8CodeUnitCount))
  }

  mutating func append(_ string: String) {
    string.withUTF8Bytes { append($0) }
  }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: count + 1) }
    start[count] = byte
    count += 1
  }

  @inline(__always)
  mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
    let end = count + source.count
    guard end <= capacity, let base = source.baseAddress else { return appendOverflowing(source) }
    (start + count).initialize(from: base, count: source.count)
    count = end
  }

  /// `source` when it does not fit in the room left (or is empty).
  @inline(never)
  private mutating func appendOverflowing(_ source: UnsafeBufferPointer<UInt8>) {
    guard let base = source.baseAddress else { return }
    // A piece larger than a draining buffer (a long provision, the style sheet) goes through whole.
    if let drain, source.count > capacity {
      flush()
      drain(UnsafeRawBufferPointer(source))
      return
    }
    grow(toHold: count + source.count)
    (start + count).initialize(from: base, count: source.count)
    count += source.count
  }

  /// `count` copies of `byte`, for indentation.
  mutating func append(_ byte: UInt8, repeated times: Int) {
    guard times > 0 else { return }
    if count + times > capacity { grow(toHold: count + times) }
    (start + count).initialize(repeating: byte, count: times)
    count += times
  }

  /// The digits of `value` as `String(value)` spells them, without making that string.
  mutating func append(decimal value: Int) {
    if value < 0 { append(UInt8(ascii: "-")) }
    var rest = value.magnitude
    // 20 digits hold any `UInt64`; they are found last first, so written from the end.
    if count + 20 > capacity { grow(toHold: count + 20) }
    var digits = 0
    repeat {
      digits += 1
      rest /= 10
    } while rest > 0
    rest = value.magnitude
    for offset in stride(from: digits - 1, through: 0, by: -1) {
      start[count + offset] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
      rest /= 10
    }
    count += digits
  }

  /// Moves the bytes to a buffer at least twice as large; a draining buffer drains instead (and
  /// grows only if a single piece could not fit after that).
  private mutating func grow(toHold needed: Int) {
    var needed = needed
    if drain != nil {
      needed -= count
      flush()
      guard needed > capacity else { return }
    }
    let larger = max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.moveInitialize(from: start, count: count)
    start.deallocate()
    start = moved
    capacity = larger
  }
}

extension String {
  /// The string's UTF-8 read in place: `withUTF8` needs a mutable copy, which costs a retain
  /// and a release on every one of a report's many thousand strings.
  func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = self
    return copy.withUTF8(body)
  }
}

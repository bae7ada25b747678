/// A growing run of bytes that the report writers fill.
///
/// The bytes live in a buffer of its own rather than an array: a report makes a few hundred
/// thousand small appends, and an array checks its uniqueness and capacity on every one.
struct ByteBuffer: ~Copyable {
  private var start: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int

  init(reservingCapacity capacity: Int = 0) {
    self.capacity = max(capacity, 64)
    start = .allocate(capacity: self.capacity)
  }

  deinit { start.deallocate() }

  /// The bytes written so far.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

  /// The bytes written so far, as a string.
  var string: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

  mutating func append(_ constant: StaticString) {
    constant.withUTF8Buffer { append($0) }
  }

  mutating func append(_ string: String) {
    var string = string
    string.withUTF8 { append($0) }
  }

  mutating func append(_ byte: UInt8) {
    if count == capacity { grow(toHold: count + 1) }
    start[count] = byte
    count += 1
  }

  mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
    guard let base = source.baseAddress else { return }
    if count + source.count > capacity { grow(toHold: count + source.count) }
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

  /// Moves the bytes to a buffer at least twice as large.
  private mutating func grow(toHold needed: Int) {
    let larger = max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
    moved.moveInitialize(from: start, count: count)
    start.deallocate()
    start = moved
    capacity = larger
  }
}

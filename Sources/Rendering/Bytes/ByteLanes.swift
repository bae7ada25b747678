/// Sixteen bytes tested at once, for the writers' scans for bytes that need escaping.
///
/// Each test is lane-wise wrapping arithmetic (it compiles to SSE2 on x86-64; the comparison
/// operators such as `.<` do not) and marks a matching lane by its high bit. Lanes never carry
/// into each other, so every mark is exact.
extension SIMD16<UInt8> {
  /// The sixteen bytes at `offset`, which must leave sixteen bytes to read.
  @inline(__always)
  static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Self {
    UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: Self.self)
  }

  /// Marks the lanes below `limit`, which is at most 0x80.
  @inline(__always)
  func marksBelow(_ limit: UInt8) -> Self { (self &- Self(repeating: limit)) & ~self }

  /// Marks the lanes equal to `byte`.
  @inline(__always)
  func marks(_ byte: UInt8) -> Self { (self ^ Self(repeating: byte)).marksBelow(1) }

  /// Whether any lane is marked.
  @inline(__always)
  var hasMark: Bool {
    let halves = unsafeBitCast(self & Self(repeating: 0x80), to: SIMD2<UInt64>.self)
    return halves[0] | halves[1] != 0
  }
}

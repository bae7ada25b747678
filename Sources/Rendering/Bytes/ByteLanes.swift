/// Sixteen bytes tested at once, for the writers' scans for bytes that need escaping.
///
/// The lane-wise comparisons compile to a few SSE2 instructions on x86-64 (`pcmpeqb`, `pminub`),
/// but the standard `any(_:)` on their mask is a generic call that is not inlined; ``hasMatch``
/// stands in for it.
extension SIMD16<UInt8> {
  /// The sixteen bytes at `offset`, which must leave sixteen bytes to read.
  @inline(__always)
  static func load(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Self {
    UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: Self.self)
  }

  /// The lanes equal to `byte`.
  @inline(__always)
  func matching(_ byte: UInt8) -> SIMDMask<MaskStorage> { self .== Self(repeating: byte) }

  /// The lanes below `limit`.
  @inline(__always)
  func below(_ limit: UInt8) -> SIMDMask<MaskStorage> { self .< Self(repeating: limit) }
}

extension SIMDMask<SIMD16<Int8>> {
  /// Whether any lane is set.
  @inline(__always)
  var hasMatch: Bool {
    let halves = unsafeBitCast(SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: self), to: SIMD2<UInt64>.self)
    return halves[0] | halves[1] != 0
  }
}

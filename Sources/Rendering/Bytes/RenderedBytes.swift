import Foundation

/// A rendered output's UTF-8, kept in the buffer it was written into: a State's reports run to
/// megabytes, and copying each into an array before writing it cost a batch more than writing it.
public final class RenderedBytes: ContiguousBytes, @unchecked Sendable {
  // Filled before it is handed over and never changed after, so sharing it is safe.
  private let buffer: ByteBuffer

  init(_ buffer: consuming ByteBuffer) { self.buffer = buffer }

  /// A copy, for callers that keep the bytes as a value.
  public var bytes: [UInt8] { buffer.bytes }

  public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
    try buffer.withBytes { try body(UnsafeRawBufferPointer($0)) }
  }
}

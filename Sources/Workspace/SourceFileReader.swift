import Diagnostics
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads a file as UTF-8 text, refusing what is not a Markdown text with a diagnostic.
public enum SourceFileReader {
  public static func read(_ path: String, limits: InputLimits) -> Result<String, Diagnostic> {
    let start = SourceLocation.startOf(path)
    let bytes: [UInt8]
    switch contents(of: path, limit: limits.maxFileSize) {
    case .bytes(let read):
      bytes = read
    case .tooLarge(let size):
      return .failure(
        Diagnostic(
          .fileTooLarge,
          "file is \(megabytes(size)) MB, over the limit of \(megabytes(limits.maxFileSize)) MB; raise it with --max-file-size",
          at: start))
    case .unreadable:
      return .failure(
        Diagnostic(.unreadableFile, "cannot read '\(path)'; check that it exists and is readable", at: nil))
    }
    // The standard library validates fast, in the buffer that was read; only a file that fails is
    // looked at again, to say where it breaks.
    let text = bytes.withUnsafeBufferPointer { bytes -> String? in
      let head = UnsafeBufferPointer(rebasing: bytes.prefix(8192))
      return SourceText.offset(of: 0, in: head, from: 0) == nil ? String(validating: bytes, as: UTF8.self) : nil
    }
    if let text { return .success(text) }
    if let nul = bytes.prefix(8192).firstIndex(of: 0) {
      let source = SourceText(file: path, text: String(decoding: bytes[..<nul], as: UTF8.self))
      return .failure(
        Diagnostic(
          .binaryFile,
          "this is a binary file (it contains NUL bytes), not Markdown; convert it to UTF-8 Markdown first",
          at: source.location(of: source.position(ofOffset: nul))))
    }
    if let bad = firstInvalidUTF8(bytes) {
      let source = SourceText(file: path, text: String(decoding: bytes[..<bad], as: UTF8.self))
      let hex = String(bytes[bad], radix: 16, uppercase: true)
      return .failure(
        Diagnostic(
          .invalidUTF8,
          "this file is not valid UTF-8 (byte 0x\(hex)); convert it, e.g. with 'iconv -f WINDOWS-1252 -t UTF-8'",
          at: source.location(of: source.position(ofOffset: bad))))
    }
    return .success(String(decoding: bytes, as: UTF8.self))
  }

  private enum Contents {
    case bytes([UInt8])
    case tooLarge(Int)
    case unreadable
  }

  /// The file's bytes, read straight into one array: Foundation's file calls cost more than the
  /// reading itself for the many small files of a batch.
  private static func contents(of path: String, limit: Int) -> Contents {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return .unreadable }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { return .unreadable }
    let size = Int(status.st_size)
    if size > limit { return .tooLarge(size) }
    // One byte more than the size, so that one read also sees the end of a regular file.
    var filled: Int?
    var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
      filled = fill(UnsafeMutableRawBufferPointer(buffer), from: descriptor)
      initialized = filled ?? 0
    }
    guard filled != nil else { return .unreadable }
    // A pipe, or a file that grew since `fstat`: read on, but never far past the limit.
    var chunk = [UInt8](repeating: 0, count: bytes.count == size + 1 ? 65_536 : 0)
    while !chunk.isEmpty, bytes.count <= limit {
      guard let count = chunk.withUnsafeMutableBytes({ fill($0, from: descriptor) }) else { return .unreadable }
      bytes += chunk[..<count]
      if count < chunk.count { break }
    }
    return bytes.count > limit ? .tooLarge(bytes.count) : .bytes(bytes)
  }

  /// Reads until `buffer` is full or the file ends; the number of bytes read, or nil on an error.
  private static func fill(_ buffer: UnsafeMutableRawBufferPointer, from descriptor: Int32) -> Int? {
    guard let base = buffer.baseAddress else { return 0 }
    var filled = 0
    while filled < buffer.count {
      let count = Glibc.read(descriptor, base + filled, buffer.count - filled)
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else { return nil }
      if count == 0 { break }
      filled += count
    }
    return filled
  }

  /// The offset of the first byte that is not part of a valid UTF-8 sequence.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .emptyInput: return nil
      case .error(let length): _ = length; return offset
      }
    }
  }

  private static func megabytes(_ bytes: Int) -> String {
    let value = Double(bytes) / 1_048_576
    return value < 10 ? String(format: "%.1f", value) : String(Int(value.rounded()))
  }
}

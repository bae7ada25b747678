import Diagnostics
import Foundation

/// Reads a file as UTF-8 text, refusing what is not a Markdown text with a diagnostic.
public enum SourceFileReader {
  public static func read(_ path: String, limits: InputLimits) -> Result<String, Diagnostic> {
    let start = SourceLocation.startOf(path)
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = (attributes?[.size] as? NSNumber)?.intValue, size > limits.maxFileSize {
      return .failure(
        Diagnostic(
          .fileTooLarge,
          "file is \(megabytes(size)) MB, over the limit of \(megabytes(limits.maxFileSize)) MB; raise it with --max-file-size",
          at: start))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(
        Diagnostic(.unreadableFile, "cannot read '\(path)'; check that it exists and is readable", at: nil))
    }
    if data.count > limits.maxFileSize {
      return .failure(
        Diagnostic(
          .fileTooLarge, "file is over the limit of \(megabytes(limits.maxFileSize)) MB; raise it with --max-file-size",
          at: start))
    }
    // The standard library validates fast, in the buffer that was read; only a file that fails is
    // looked at again, to say where it breaks.
    let text = data.withUnsafeBytes { raw in
      raw.withMemoryRebound(to: UInt8.self) { bytes -> String? in
        let head = UnsafeBufferPointer(rebasing: bytes.prefix(8192))
        return SourceText.offset(of: 0, in: head, from: 0) == nil ? String(validating: bytes, as: UTF8.self) : nil
      }
    }
    if let text { return .success(text) }
    let bytes = [UInt8](data)
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

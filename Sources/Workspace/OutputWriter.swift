import Foundation

/// Writes outputs so that a reader never sees half a file: to a temporary file, then renamed.
public enum OutputWriter {
  public static func write(_ text: String, to path: String) throws {
    try write(Data(text.utf8), to: path)
  }

  public static func write(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url, options: .atomic)
  }
}

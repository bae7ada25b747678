import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Places for the files a test writes, all inside one folder per test process that is removed
/// when the process exits: a test run leaves nothing behind in the system's temporary directory.
public enum Scratch {
  private static let root: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "palermo-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: Scratch.root) }
    return url
  }()

  /// A fresh path named after `name`; nothing is created there.
  public static func url(_ name: String) -> URL {
    root.appendingPathComponent("\(name)-\(UUID().uuidString)")
  }
}

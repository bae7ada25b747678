import Foundation

#if canImport(Glibc)
  import CSystem
  import Glibc
#endif

/// Writes outputs so that a reader never sees half a file: the bytes go to a temporary file in
/// the destination folder, which is then renamed into place; on any failure the temporary file is
/// removed and the old file, if any, is left as it was.
public enum OutputWriter {
  public enum Failure: Error, CustomStringConvertible {
    case protectedPath(String)
    case cannotWrite(String, reason: String)

    public var description: String {
      switch self {
      case .protectedPath(let path):
        "refusing to write '\(path)': it is a source file or inside ModelLaws/ or Commentaries/; choose another path or pass --force"
      case .cannotWrite(let path, let reason):
        "cannot write '\(path)': \(reason); check that the folder is writable and the disk has room"
      }
    }
  }

  public static func write(_ text: String, to path: String, root: String = ".", force: Bool = false) throws {
    try write(Data(text.utf8), to: path, root: root, force: force)
  }

  /// `writeTemporary` writes the bytes to the temporary file; tests replace it to simulate a
  /// failing disk.
  public static func write<Bytes: ContiguousBytes>(
    _ data: Bytes, to path: String, root: String = ".", force: Bool = false,
    writeTemporary: (Bytes, URL) throws -> Void = { try writeUnsynced($0, to: $1) }
  ) throws {
    try replace(path, root: root, force: force) { try writeTemporary(data, $0) }
  }

  /// Writes what `produce` hands to its `write` function, piece by piece as it is made, so that a
  /// report of many megabytes is never held whole in memory.
  public static func write(
    to path: String, root: String = ".", force: Bool = false,
    _ produce: (_ write: (UnsafeRawBufferPointer) -> Void) throws -> Void
  ) throws {
    try replace(path, root: root, force: force) { try streamUnsynced(to: $0, produce) }
  }

  /// Fills a temporary file beside `path` with `fill` and moves it into place; on any failure the
  /// temporary file is removed.
  private static func replace(_ path: String, root: String, force: Bool, fill: (URL) throws -> Void) throws {
    if !force, isProtected(path, root: root) { throw Failure.protectedPath(path) }
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).palermo-\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try fill(temporary)
      try moveIntoPlace(temporary.path, url.path)
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    }
  }

  /// Renames `temporary` to `path`. An existing report is swapped out and then removed rather
  /// than renamed over: ext4 flushes a file renamed over another to disk at once, which made
  /// re-analysing a large State wait 20-30 ms on its own reports.
  private static func moveIntoPlace(_ temporary: String, _ path: String) throws {
    #if canImport(Glibc)
      var status = stat()
      if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
        csystem_rename_exchange(temporary, path) == 0
      {
        unlink(temporary)  // now the old report
        return
      }
    #endif
    if rename(temporary, path) != 0 {
      throw Failure.cannotWrite(path, reason: String(cString: strerror(errno)))
    }
  }

  /// Writes without `fsync`: reports can always be made again, and forcing hundreds of megabytes
  /// to disk would cost a batch more than all of its analysis. The rename still keeps readers from
  /// ever seeing half a file.
  public static func writeUnsynced(_ data: some ContiguousBytes, to url: URL) throws {
    try streamUnsynced(to: url) { write in data.withUnsafeBytes(write) }
  }

  /// Creates the file at `url` and appends every piece `produce` writes; the first failure is
  /// thrown once `produce` is done, and nothing is written after it.
  static func streamUnsynced(to url: URL, _ produce: (_ write: (UnsafeRawBufferPointer) -> Void) throws -> Void) throws
  {
    let failure = { Failure.cannotWrite(url.path, reason: String(cString: strerror(errno))) }
    let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw failure() }
    var firstFailure: Failure?
    do {
      try produce { piece in
        guard firstFailure == nil, let start = piece.baseAddress else { return }
        var offset = 0
        while offset < piece.count {
          let written = Glibc.write(descriptor, start + offset, piece.count - offset)
          if written < 0, errno == EINTR { continue }
          guard written > 0 else {
            firstFailure = failure()
            return
          }
          offset += written
        }
      }
    } catch {
      close(descriptor)
      throw error
    }
    // Some file systems report a failed write only when the file is closed.
    let closed = close(descriptor) == 0
    if let firstFailure { throw firstFailure }
    guard closed else { throw failure() }
  }

  /// Whether writing to `path` could destroy source material: anything under the project's
  /// ModelLaws/ or Commentaries/, or an existing Markdown, YAML or Swift file.
  public static func isProtected(_ path: String, root: String = ".") -> Bool {
    let target = URL(fileURLWithPath: path).standardizedFileURL.path
    let project = URL(fileURLWithPath: root).standardizedFileURL.path
    for folder in ["ModelLaws", "Commentaries"] where target.hasPrefix(project + "/" + folder + "/") { return true }
    let sourceExtensions: Set<String> = ["md", "yaml", "yml", "swift"]
    return FileManager.default.fileExists(atPath: path)
      && sourceExtensions.contains(URL(fileURLWithPath: path).pathExtension)
  }
}

import Diagnostics
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the Markdown files under the paths a user names.
public enum MarkdownFinder {
  /// Files in the order given; a folder contributes its `.md` files sorted by path. Hidden
  /// files and folders (`.build`, `.git`) and `node_modules` are skipped, and so are links to
  /// folders, which could lead back up the tree.
  public static func files(in paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
    var files: [String] = []
    var diagnostics: [Diagnostic] = []
    var seen = Set<String>()
    for given in paths {
      // One spelling per file, so that `./A.md` and `A.md` are never two documents.
      var path = given
      while path.hasPrefix("./") { path.removeFirst(2) }
      if path.isEmpty { path = "." }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        diagnostics.append(Diagnostic(.unreadableFile, "no such file or folder '\(path)'", at: nil))
        continue
      }
      let found = isDirectory.boolValue ? markdownFiles(under: path) : [path]
      if found.isEmpty {
        diagnostics.append(Diagnostic(.noMarkdownFiles, "folder '\(path)' holds no Markdown (.md) files", at: nil))
      }
      for file in found where seen.insert(file).inserted { files.append(file) }
    }
    return (files, diagnostics)
  }

  private static func markdownFiles(under folder: String) -> [String] {
    let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    var result: [String] = []
    collect(in: base, prefix: base == "." ? "" : base + "/", into: &result)
    return result.sorted()
  }

  /// Walks a folder with `readdir`: FileManager's enumerator cost about 0.8 million instructions
  /// for a State's folder of ten files, more than reading them.
  private static func collect(in folder: String, prefix: String, into result: inout [String]) {
    guard let directory = opendir(folder) else { return }
    defer { closedir(directory) }
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
      if name.hasPrefix(".") || name == "node_modules" { continue }
      let path = prefix + name
      switch kind(of: entry.pointee.d_type, at: path) {
      case .folder: collect(in: path, prefix: path + "/", into: &result)
      case .other where name.hasSuffix(".md"): result.append(path)
      case .other: break
      }
    }
  }

  private enum Kind { case folder, other }

  /// A folder only when it is one itself, not a link to one; `lstat` answers where the file
  /// system does not say in the entry.
  private static func kind(of type: UInt8, at path: String) -> Kind {
    if Int(type) == Int(DT_DIR) { return .folder }
    guard Int(type) == Int(DT_UNKNOWN) else { return .other }
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR ? .folder : .other
  }
}

import Diagnostics
import Foundation

/// Finds the Markdown files under the paths a user names.
public enum MarkdownFinder {
  /// Files in the order given; a folder contributes its `.md` files sorted by path. Hidden
  /// files and folders (`.build`, `.git`) and `node_modules` are skipped.
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
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
    var result: [String] = []
    while let relative = enumerator.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      if name.hasPrefix(".") || name == "node_modules" {
        enumerator.skipDescendants()
        continue
      }
      if relative.hasSuffix(".md") { result.append(base == "." ? relative : base + "/" + relative) }
    }
    return result.sorted()
  }
}

import Foundation

/// Paths in the repository, found from the calling test file so tests run from any folder.
public enum Repository {
  /// The package root: the folder above `Tests/`.
  public static func root(filePath: String = #filePath) -> String {
    var url = URL(fileURLWithPath: filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
    }
    return FileManager.default.currentDirectoryPath
  }

  public static func path(_ relative: String, filePath: String = #filePath) -> String {
    root(filePath: filePath) + "/" + relative
  }

  public static func read(_ relative: String, filePath: String = #filePath) -> String {
    let data = FileManager.default.contents(atPath: path(relative, filePath: filePath)) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}

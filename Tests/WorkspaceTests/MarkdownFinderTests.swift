import Foundation
import TestSupport
import Testing
import Workspace

@Suite struct MarkdownFinderTests {
  /// A folder tree written for one test; each path ending in `/` is a folder.
  static func tree(_ paths: [String]) throws -> String {
    let root = Scratch.url("finder").path
    for path in paths {
      let full = root + "/" + path
      if path.hasSuffix("/") {
        try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
      } else {
        try FileManager.default.createDirectory(
          atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("# x\n".utf8).write(to: URL(fileURLWithPath: full))
      }
    }
    return root
  }

  @Test func nestedFilesAreFoundAndSortedByPath() throws {
    let root = try Self.tree(["b.md", "a/z.md", "a/b/c.md", "a/notes.txt", "a.md"])
    let found = MarkdownFinder.files(in: [root])
    #expect(found.files == ["a.md", "a/b/c.md", "a/z.md", "b.md"].map { root + "/" + $0 })
    #expect(found.diagnostics.isEmpty)
  }

  @Test func hiddenEntriesAndNodeModulesAreSkipped() throws {
    let root = try Self.tree([".git/x.md", ".draft.md", "node_modules/pkg/readme.md", "act.md", "sub/.hidden/y.md"])
    #expect(MarkdownFinder.files(in: [root]).files == [root + "/act.md"])
  }

  /// A folder whose name ends in `.md` is walked, not read as a file.
  @Test func folderNamedLikeMarkdownIsWalked() throws {
    let root = try Self.tree(["notes.md/inside.md"])
    #expect(MarkdownFinder.files(in: [root]).files == [root + "/notes.md/inside.md"])
  }

  /// A link to a file counts as the file; a link to a folder is not followed, so a link back
  /// up the tree cannot make the walk endless.
  @Test func linksToFilesCountAndLinksToFoldersAreNotFollowed() throws {
    let root = try Self.tree(["real/act.md", "other/"])
    #expect(symlink(root + "/real/act.md", root + "/other/linked.md") == 0)
    #expect(symlink(root, root + "/other/loop") == 0)
    let found = MarkdownFinder.files(in: [root + "/other"])
    #expect(found.files == [root + "/other/linked.md"])
  }
}

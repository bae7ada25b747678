import Diagnostics
import Foundation
import TestSupport
import Testing
import Workspace

@Suite struct SourceFileReaderTests {
  static func temporary(_ name: String, _ bytes: [UInt8]) throws -> String {
    let folder = Scratch.url("tests")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  static func failure(_ path: String, limits: InputLimits = InputLimits()) -> Diagnostic? {
    if case .failure(let diagnostic) = SourceFileReader.read(path, limits: limits) { return diagnostic }
    return nil
  }

  @Test func binaryFileIsRefused() throws {
    let path = try Self.temporary("scan.md", [0x25, 0x50, 0x44, 0x46, 0x0A, 0x00, 0x01, 0x02])
    let diagnostic = try #require(Self.failure(path))
    #expect(diagnostic.code == .binaryFile)
    #expect(diagnostic.location?.line == 2)
  }

  @Test func invalidUTF8PointsAtTheFirstBadByte() throws {
    // "Código" in Windows-1252: ó is the lone byte 0xF3.
    let path = try Self.temporary("cp1252.md", Array("# Penal\n\nC".utf8) + [0xF3] + Array("digo\n".utf8))
    let diagnostic = try #require(Self.failure(path))
    #expect(diagnostic.code == .invalidUTF8)
    #expect((diagnostic.location?.line, diagnostic.location?.column) == (3, 2))
    #expect(diagnostic.message.contains("0xF3"))
  }

  /// Wherever the one non-ASCII byte falls (in a word of eight or in the bytes after the last
  /// word), it is found.
  @Test(arguments: [0, 7, 8, 23, 24, 26])
  func aLoneHighByteAnywhereIsInvalid(at offset: Int) throws {
    var bytes = Array(String(repeating: "a", count: 27).utf8)
    bytes[offset] = 0xE9
    let path = try Self.temporary("latin1-\(offset).md", bytes)
    #expect(Self.failure(path)?.code == .invalidUTF8)
  }

  @Test func fileOverTheLimitNamesTheOption() throws {
    let path = try Self.temporary("big.md", [UInt8](repeating: 0x61, count: 3 * 1_048_576))
    let diagnostic = try #require(Self.failure(path, limits: InputLimits(maxFileSize: 2 * 1_048_576)))
    #expect(diagnostic.code == .fileTooLarge)
    #expect(diagnostic.message.contains("--max-file-size"))
  }

  @Test func missingFileIsReported() throws {
    let diagnostic = try #require(Self.failure("/nonexistent/palermo.md"))
    #expect(diagnostic.code == .unreadableFile)
  }

  @Test func validUTF8WithMultibyteTextIsRead() throws {
    let path = try Self.temporary("ok.md", Array("# المادة 5\n刑法\n".utf8))
    #expect(try SourceFileReader.read(path, limits: InputLimits()).get() == "# المادة 5\n刑法\n")
  }

  @Test func finderSortsFilesAndReportsEmptyFolders() throws {
    let file = try Self.temporary("b.md", Array("x".utf8))
    let folder = (file as NSString).deletingLastPathComponent
    try Data("y".utf8).write(to: URL(fileURLWithPath: folder + "/a.md"))
    try Data("z".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
    try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
    let found = MarkdownFinder.files(in: [folder, folder + "/empty", folder + "/missing"])
    #expect(found.files == [folder + "/a.md", folder + "/b.md"])
    #expect(found.diagnostics.map(\.code) == [.noMarkdownFiles, .unreadableFile])
  }
}

@Suite struct SourceFileReaderStreamTests {
  @Test func folderIsUnreadable() throws {
    let folder = (try SourceFileReaderTests.temporary("a.md", Array("x".utf8)) as NSString).deletingLastPathComponent
    let diagnostic = try #require(SourceFileReaderTests.failure(folder))
    #expect(diagnostic.code == .unreadableFile)
  }

  /// A pipe has no size up front, so it is read in pieces, and still stopped at the limit.
  @Test(arguments: [100_000, 3_000_000])
  func pipeIsReadToItsEndOrToTheLimit(bytes: Int) throws {
    let file = try SourceFileReaderTests.temporary("x.md", [])
    let pipe = file + ".pipe.md"
    #expect(mkfifo(pipe, 0o600) == 0)
    let text = String(repeating: "Article 5. ", count: bytes / 11)
    // The reader stops at the limit and closes its end: the writer must get an error, not SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    let writer = Thread {
      // Opening blocks until the reader opens the other end; a reader that stops early is fine.
      if let handle = FileHandle(forWritingAtPath: pipe) { try? handle.write(contentsOf: Data(text.utf8)) }
    }
    writer.start()
    let limits = InputLimits(maxFileSize: 2 * 1_048_576)
    switch SourceFileReader.read(pipe, limits: limits) {
    case .success(let read): #expect(bytes < limits.maxFileSize && read == text)
    case .failure(let diagnostic): #expect(bytes > limits.maxFileSize && diagnostic.code == .fileTooLarge)
    }
  }
}

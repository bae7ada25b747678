import Foundation
import TestSupport
import Testing
import Workspace

@Suite struct OutputWriterTests {
  static func folder() throws -> String {
    let url = Scratch.url("write")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  struct DiskFull: Error {}

  @Test func aFailingWriteLeavesTheOldFileAndNoTemporaryFile() throws {
    let folder = try Self.folder()
    let target = folder + "/report.html"
    try OutputWriter.write("old report", to: target)
    #expect(throws: DiskFull.self) {
      try OutputWriter.write(Data("new rep".utf8), to: target) { data, url in
        try data.prefix(3).write(to: url)  // half the bytes reach the disk, then it is full
        throw DiskFull()
      }
    }
    #expect(String(decoding: FileManager.default.contents(atPath: target) ?? Data(), as: UTF8.self) == "old report")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.html"])
  }

  @Test func aSuccessfulWriteReplacesTheFileWhole() throws {
    let folder = try Self.folder()
    try OutputWriter.write("first", to: folder + "/a/b/out.json")
    try OutputWriter.write("second", to: folder + "/a/b/out.json")
    #expect(FileManager.default.contents(atPath: folder + "/a/b/out.json") == Data("second".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/a/b") == ["out.json"])
  }

  @Test func aReplacedReportStaysWholeUnderItsOtherNames() throws {
    let folder = try Self.folder()
    try OutputWriter.write("old report", to: folder + "/report.html")
    try FileManager.default.linkItem(atPath: folder + "/report.html", toPath: folder + "/kept.html")
    try OutputWriter.write("new report", to: folder + "/report.html")
    #expect(FileManager.default.contents(atPath: folder + "/report.html") == Data("new report".utf8))
    #expect(FileManager.default.contents(atPath: folder + "/kept.html") == Data("old report".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["kept.html", "report.html"])
  }

  @Test func aLinkInTheWayIsReplacedAndWhatItPointsToIsLeftAlone() throws {
    let folder = try Self.folder()
    try OutputWriter.write("elsewhere", to: folder + "/elsewhere.html")
    try FileManager.default.createSymbolicLink(atPath: folder + "/report.html", withDestinationPath: "elsewhere.html")
    try OutputWriter.write("new report", to: folder + "/report.html")
    let type = try FileManager.default.attributesOfItem(atPath: folder + "/report.html")[.type] as? FileAttributeType
    #expect(type == .typeRegular)
    #expect(FileManager.default.contents(atPath: folder + "/report.html") == Data("new report".utf8))
    #expect(FileManager.default.contents(atPath: folder + "/elsewhere.html") == Data("elsewhere".utf8))
  }

  @Test func aReportWrittenInPiecesIsWholeAndAloneInItsFolder() throws {
    let folder = try Self.folder()
    try OutputWriter.write("old", to: folder + "/report.json")
    try OutputWriter.write(to: folder + "/report.json") { write in
      for piece in ["{", "\"a\": 1", "}\n"] { Data(piece.utf8).withUnsafeBytes(write) }
    }
    #expect(FileManager.default.contents(atPath: folder + "/report.json") == Data("{\"a\": 1}\n".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.json"])
  }

  @Test func aReportThatFailsHalfWayLeavesTheOldOne() throws {
    let folder = try Self.folder()
    try OutputWriter.write("old report", to: folder + "/report.html")
    #expect(throws: DiskFull.self) {
      try OutputWriter.write(to: folder + "/report.html") { write in
        Data("<html>".utf8).withUnsafeBytes(write)
        throw DiskFull()
      }
    }
    #expect(FileManager.default.contents(atPath: folder + "/report.html") == Data("old report".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.html"])
  }

  @Test func aFullDiskIsReportedWithItsReason() throws {
    let error = try #require(throws: OutputWriter.Failure.self) {
      try OutputWriter.writeUnsynced(Data("report".utf8), to: URL(fileURLWithPath: "/dev/full"))
    }
    #expect("\(error)".contains("cannot write '/dev/full': No space left on device"))
  }

  @Test func aTargetThatIsAFolderIsReportedAndNoTemporaryFileStays() throws {
    let folder = try Self.folder()
    try FileManager.default.createDirectory(atPath: folder + "/report.html", withIntermediateDirectories: true)
    let error = try #require(throws: OutputWriter.Failure.self) {
      try OutputWriter.write("x", to: folder + "/report.html")
    }
    #expect("\(error)".hasPrefix("cannot write '\(folder)/report.html'"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["report.html"])
  }

  @Test func sourcesAreRefusedUnlessForced() throws {
    let root = try Self.folder()
    try FileManager.default.createDirectory(atPath: root + "/ModelLaws/Trafficking", withIntermediateDirectories: true)
    try Data("# Act".utf8).write(to: URL(fileURLWithPath: root + "/act.md"))
    #expect(throws: OutputWriter.Failure.self) {
      try OutputWriter.write("x", to: root + "/ModelLaws/Trafficking/out.html", root: root)
    }
    #expect(throws: OutputWriter.Failure.self) { try OutputWriter.write("x", to: root + "/act.md", root: root) }
    #expect(FileManager.default.contents(atPath: root + "/act.md") == Data("# Act".utf8))
    try OutputWriter.write("x", to: root + "/act.md", root: root, force: true)
    #expect(FileManager.default.contents(atPath: root + "/act.md") == Data("x".utf8))
    #expect(!OutputWriter.isProtected(root + "/Reports/ModelLaws/trafficking.html", root: root))
  }
}

import Foundation
import TestSupport
import Testing
import ZIPFoundation

/// Word output, checked the way a committee would meet it: LibreOffice opens each DOCX and turns it
/// into a PDF, and the PDF's text must show every article title in order.
@Suite struct WordOutputTests {
  static let soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  static let tools = soffice != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

  /// The PDF text of a DOCX, through LibreOffice in headless mode with a private profile.
  static func pdfText(of docx: String) throws -> String {
    let folder = (docx as NSString).deletingLastPathComponent
    let profile = "file://" + folder + "/lo-profile"
    _ = try Subprocess.run(
      soffice ?? "",
      ["-env:UserInstallation=\(profile)", "--headless", "--convert-to", "pdf", "--outdir", folder, docx], in: folder)
    let pdf = (docx as NSString).deletingPathExtension + ".pdf"
    return try Subprocess.run("/usr/bin/pdftotext", [pdf, "-"], in: folder).stdout.replacingOccurrences(
      of: "\u{0C}", with: "")
  }

  static func part(_ name: String, of docx: String) throws -> String {
    let archive = try Archive(url: URL(fileURLWithPath: docx), accessMode: .read)
    guard let entry = archive[name] else { return "" }
    var data = Data()
    _ = try archive.extract(entry) { data.append($0) }
    return String(decoding: data, as: UTF8.self)
  }

  static func folder() throws -> String {
    let url = Scratch.url("docx")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
  }

  @Test(
    .enabled(
      if: tools, "needs LibreOffice (libreoffice-writer-nogui) and pdftotext (poppler-utils); make test installs both"))
  func draftBillOpensInLibreOfficeWithEveryArticleInOrder() throws {
    let folder = try Self.folder()
    let docx = folder + "/bill.docx"
    let markdown = try PalermoRun.run(
      [
        "render", "trafficking", "--clean", "--format", "md", "--profile", "Examples/Lagonia/state.yaml",
        "--allow-placeholders",
        "--option", "tip.border.carrier-sanctions=1",
      ])
    let word = try PalermoRun.run(
      [
        "render", "trafficking", "--clean", "--format", "docx", "--profile", "Examples/Lagonia/state.yaml",
        "--allow-placeholders",
        "--option", "tip.border.carrier-sanctions=1", "--output", docx,
      ])
    #expect(word.status == 0, "\(word.stderr)")
    let titles = markdown.stdout.split(separator: "\n").filter { $0.hasPrefix("### Article ") }.map {
      String($0.dropFirst(4))
    }
    #expect(titles.count == 41)
    let text = try Self.pdfText(of: docx)
    var position = text.startIndex
    for title in titles {
      let found = text.range(of: title, range: position..<text.endIndex)
      #expect(found != nil, "'\(title)' is missing or out of order in the PDF")
      if let found { position = found.upperBound }
    }
    #expect(try Self.part("word/numbering.xml", of: docx).contains("Article %1."))
  }

  @Test(
    .enabled(
      if: tools, "needs LibreOffice (libreoffice-writer-nogui) and pdftotext (poppler-utils); make test installs both"))
  func commentedTextCarriesOneWordCommentPerProvision() throws {
    let folder = try Self.folder()
    let docx = folder + "/commentary.docx"
    let run = try PalermoRun.run(["render", "firearms", "--commentary", "--format", "docx", "--output", docx])
    #expect(run.status == 0, "\(run.stderr)")
    let document = try Self.part("word/document.xml", of: docx)
    let comments = try Self.part("word/comments.xml", of: docx)
    let provisions = try PalermoRun.run(["render", "firearms", "--commentary", "--format", "md"]).stdout
      .split(separator: "\n").filter { $0.hasPrefix("## Article ") }
    #expect(comments.components(separatedBy: "<w:comment ").count - 1 == provisions.count)
    #expect(document.components(separatedBy: "<w:commentReference ").count - 1 == provisions.count)
    let text = try Self.pdfText(of: docx)
    #expect(text.contains("Model law: firearms"))
    #expect(!text.contains("@provision"))
  }

  @Test func wordOutputIsByteIdenticalRunToRun() throws {
    let folder = try Self.folder()
    for name in ["a", "b"] {
      _ = try PalermoRun.run([
        "render", "smuggling", "--commentary", "--format", "docx", "--output", "\(folder)/\(name).docx",
      ])
    }
    let first = FileManager.default.contents(atPath: "\(folder)/a.docx")
    #expect(first != nil && first == FileManager.default.contents(atPath: "\(folder)/b.docx"))
  }

  @Test func docxNeedsAnOutputFile() throws {
    #expect(try PalermoRun.run(["render", "--commentary", "--format", "docx"]).status == 64)
  }
}

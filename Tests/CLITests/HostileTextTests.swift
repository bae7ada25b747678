import Foundation
import TestSupport
import Testing

/// Cross-site-scripting payloads in every place a document or profile can put text. Each HTML
/// output is loaded in a real headless browser (Debian's chromium): no payload may run, and the
/// page may load nothing from outside.
@Suite struct HostileTextTests {
  static let browser = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Each payload marks the page if it ever runs.
  static let payloads = [
    "<script>document.documentElement.setAttribute('data-pwned','script')</script>",
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
    "<svg onload=\"document.documentElement.setAttribute('data-pwned','svg')\"></svg>",
    "[click](javascript:document.documentElement.setAttribute('data-pwned','link'))",
    "![x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<a href=\"javascript:alert(1)\">x</a> &lt;script&gt; &#60;script&#62; <b><i>broken",
    "\u{202E}txt.exe \u{2066}isolate\u{2069} \u{061C}",
    "<iframe src=\"https://example.invalid/\"></iframe><link rel=stylesheet href=\"https://example.invalid/x.css\">",
  ]
  static let payload = payloads.joined(separator: " ")
  static let yamlPayload = payload.replacingOccurrences(of: "\"", with: "\\\"")

  static func write(_ text: String, to path: String) throws {
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// A temporary project: the real catalogue, a hostile model law and commentary, a hostile State.
  static func project() throws -> String {
    let root = Scratch.url("hostile")
      .path
    try FileManager.default.createDirectory(atPath: root + "/ModelLaws", withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Repository.path("ModelLaws/Obligations"), toPath: root + "/ModelLaws/Obligations")
    try write(
      "---\nkind: model-law\nmodule: trafficking\ntitle: \"Model \(yamlPayload)\"\n---\n\n## Article 1. Offence \(payload)\n"
        + "<!-- @provision tip.offence implements=TIP-5.1 adoption=required -->\n\n\(payload)\n",
      to: root + "/ModelLaws/Trafficking/Offences.md")
    try write(
      "---\nkind: commentary\nmodule: trafficking\ntitle: C\n---\n\n## On it\n<!-- @commentary tip.offence -->\n\n\(payload)\n",
      to: root + "/Commentaries/Trafficking/Offences.md")
    try write(
      """
      name: "Hostile \(yamlPayload)"
      code: HST
      legal-family: common-law
      instruments:
        UNTOC: {status: party}
        TIP: {status: party}
        SOM: {status: party}
        FP: {status: party}
      reservations:
        - kind: declaration
          provision: UNTOC-18
          effect: qualifies
          text: "\(yamlPayload)"
      assistance-needs:
        - article: UNTOC-10
          need: "\(yamlPayload)"
      placeholders:
        name-of-act: "\(yamlPayload)"

      """, to: root + "/States/Hostile/state.yaml")
    try write(
      "---\nkind: legislation\nstate: HST\ntitle: \"Act \(yamlPayload)\"\ncitation: \"Cit \(yamlPayload)\"\nin-force: 2020-01-01\n---\n\n"
        + "### Section 1 \(payload)\n<!-- @provision s.1 citation=\"s. 1 &lt;script&gt;alert(1)&lt;/script&gt; javascript:x\" implements=TIP-5.1[act] -->\n"
        + "<!-- @note \(payload) -->\n\n\(payload)\n",
      to: root + "/States/Hostile/legislation/act.md")
    return root
  }

  /// The DOM after the page ran, as chromium serializes it.
  static func dom(_ file: String) throws -> String {
    let profile = (file as NSString).deletingLastPathComponent + "/chromium-profile"
    return try Subprocess.run(
      browser ?? "",
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile)", "--virtual-time-budget=2000",
        "--dump-dom", "file://" + file,
      ]
    ).stdout
  }

  /// Checks on the markup itself (text may mention "onerror=", tags and attributes may not) and on
  /// the DOM after the page ran.
  static func checkInert(_ html: String, dom: String, name: String) {
    // A payload that ran sets an attribute on <html>; as text it only appears escaped in the body.
    let ran = dom.firstMatch(of: /<html[^>]*data-pwned/) != nil
    #expect(!ran, "a payload ran in \(name)")
    #expect(!dom.isEmpty, "chromium rendered nothing for \(name)")
    for tag in ["img", "svg", "iframe", "link", "object", "embed"] {
      let found = html.contains("<\(tag) ") || html.contains("<\(tag)>")
      #expect(!found, "\(name) has a <\(tag)> element")
    }
    let handler = html.firstMatch(of: /<[a-zA-Z][^>]*\son[a-z]+=/) != nil
    #expect(!handler, "\(name) has an event handler attribute")
    let unsafeLink = html.firstMatch(of: /(href|src)="(javascript|data|https?|vbscript):/) != nil
    #expect(!unsafeLink, "\(name) has an unsafe or external link")
    let scripts = html.components(separatedBy: "<script").count - 1
    #expect(scripts <= 1, "\(name) has \(scripts) scripts")
    #expect(!html.contains("\u{202E}"), "\(name) keeps a direction override")
    #expect(html.contains("Content-Security-Policy"), "\(name) sets no Content-Security-Policy")
  }

  @Test(.enabled(if: browser != nil, "needs Debian's chromium; make test installs it"))
  func hostileTextIsInertInEveryHTMLOutput() throws {
    let root = try Self.project()
    let outputs: [(String, [String])] = [
      ("report", ["analyze", "States/Hostile", "--output", "out", "--format", "html"]),
      ("commentary", ["render", "trafficking", "--commentary", "--output", "out/commentary.html"]),
      (
        "bill",
        ["render", "trafficking", "--clean", "--profile", "States/Hostile/state.yaml", "--output", "out/bill.html"]
      ),
    ]
    for (name, arguments) in outputs {
      let run = try PalermoRun.run(arguments + ["--root", "."], in: root)
      #expect(run.status == 0, "\(name): \(run.stderr)")
    }
    for (name, file) in [
      ("report", "out/Hostile/report.html"), ("commentary", "out/commentary.html"), ("bill", "out/bill.html"),
    ] {
      let path = root + "/" + file
      let html = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
      #expect(html.contains("Hostile") || html.contains("Model") || html.contains("Offence"), "\(name) is empty")
      let dom = try Self.dom(path)
      Self.checkInert(html, dom: dom, name: name)
      if name == "report" {
        // The policy admits the report's own script by its hash: the script shows the filters.
        let form = dom.firstMatch(of: /<form id="filters"[^>]*>/).map { String($0.output) } ?? ""
        #expect(!form.isEmpty && !form.contains("hidden"), "the report's script did not run: \(form)")
      }
    }
  }
}

/// Pathological Markdown through the whole pipeline: parse, lint, analyze and every report.
@Suite struct PathologicalPipelineTests {
  @Test(arguments: [
    ("quotes", String(repeating: ">", count: 30_000) + " deep\n"),
    ("brackets", String(repeating: "[", count: 100_000) + "a\n"),
    ("emphasis", String(repeating: "*a_", count: 50_000) + "\n"),
    ("lists", (0..<3_000).map { String(repeating: "  ", count: $0 % 300) + "- item" }.joined(separator: "\n")),
  ])
  func pathologicalActIsAnalyzedAndReported(_ name: String, _ body: String) throws {
    let base = Scratch.url("patho").path
    let state = base + "/Pathland"
    try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
    try Data(
      "name: Pathland\ncode: PTH\nlegal-family: mixed\ninstruments:\n  UNTOC: {status: party}\n  TIP: {status: party}\n  SOM: {status: party}\n  FP: {status: party}\n"
        .utf8
    ).write(to: URL(fileURLWithPath: state + "/state.yaml"))
    let act =
      "---\nkind: legislation\nstate: PTH\ntitle: Act\ncitation: Act 1\nin-force: 2020-01-01\n---\n\n### Section 1\n<!-- @provision s.1 citation=\"s. 1\" implements=TIP-5.1[act] -->\n\n"
      + body
    try Data(act.utf8).write(to: URL(fileURLWithPath: state + "/act.md"))
    let run = try PalermoRun.run(["analyze", state, "--output", base + "/out"])
    #expect(run.status == 0, "\(name): \(run.stderr.prefix(300))")
    #expect(FileManager.default.fileExists(atPath: base + "/out/Pathland/report.html"))
  }
}

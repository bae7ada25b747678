import AnnotatedMarkdown
import Foundation
import FuzzSupport
import LintRules
import MappingEngine
import ObligationModel
import Rendering
import Workspace

/// The project's catalogue and model law, loaded once (PALERMO_ROOT, default: the current folder).
let context = ProjectLoader.context(
  root: ProcessInfo.processInfo.environment["PALERMO_ROOT"] ?? ".", catalogue: nil, limits: InputLimits())
let profile = StateProfile(
  name: "Fuzzland", code: "FZZ", legalFamily: .mixed,
  instruments: [.untoc: .init(.party), .tip: .init(.party), .som: .init(.party), .fp: .init(.signatory)])

/// One document as a State's legislation, through lint, the engine and every report renderer.
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let body = text(data, size)
  let text =
    "---\nkind: legislation\nstate: FZZ\ntitle: Fuzz Act\ncitation: Act 1\nin-force: 2020-01-01\n---\n\n" + body
  let parsed = DocumentParser.parse(text, path: "fuzz.md")
  let corpus = Corpus(linted: [parsed], context: context)
  _ = Linter.lint(corpus)
  let input = AnalysisInput(
    catalogue: corpus.catalogue, profile: profile, legislation: [parsed.document],
    modelLaws: context.map(\.document).filter { $0.kind == .modelLaw })
  let assessment = GapAnalysis.analyze(input)
  _ = AssessmentHTMLRenderer.render(assessment, toolVersion: "fuzz")
  _ = AssessmentJSONRenderer.render(assessment, toolVersion: "fuzz")
  _ = AssessmentCSVRenderer.render(assessment)
  return 0
}

@_cdecl("FuzzPipeline_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv) { fuzz($0, $1) }
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { fuzz(data, size) }

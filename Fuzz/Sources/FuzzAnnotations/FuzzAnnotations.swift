import AnnotatedMarkdown
import FuzzSupport

/// Any bytes through the front matter split, cmark and the annotation interpreter.
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  _ = DocumentParser.parse(text(data, size), path: "fuzz.md")
  return 0
}

@_cdecl("FuzzAnnotations_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv) { fuzz($0, $1) }
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { fuzz(data, size) }

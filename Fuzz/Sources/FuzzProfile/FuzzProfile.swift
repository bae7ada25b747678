import FuzzSupport
import Workspace

/// Any bytes through the State profile loader (Yams and the field checks).
func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  _ = StateProfileParser.parse(text(data, size), path: "state.yaml")
  return 0
}

@_cdecl("FuzzProfile_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc, argv) { fuzz($0, $1) }
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { fuzz(data, size) }

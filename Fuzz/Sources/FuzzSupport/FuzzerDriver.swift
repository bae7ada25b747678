// SwiftPM names an executable's entry point `<Target>_main` and points `main` at it; each target's
// entry hands over to libFuzzer's driver, so `swift build -sanitize=fuzzer` gives a fuzzer binary.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// Runs libFuzzer with `body` as the test, passing the command line through (corpus folders,
/// `-max_total_time`, …).
public func runFuzzer(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
  _ body: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt {
  var count = argc
  var arguments = argv
  return runDriver(&count, &arguments, body)
}

/// The bytes as text, invalid UTF-8 replaced, as a file read by Palermo would never be (the reader
/// refuses it) but as the parsers must survive anyway.
public func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
  String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}

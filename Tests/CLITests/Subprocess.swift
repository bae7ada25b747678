import Foundation
import TestSupport

/// A child process run to the end: its exit status and what it wrote.
struct Subprocess {
  var status: Int32
  var stdout: String
  var stderr: String

  /// Standard error goes to a file, not a pipe: a chatty child (chromium, LibreOffice) could fill
  /// a second pipe while the test waits on the first, and both would hang.
  static func run(_ executable: String, _ arguments: [String], in directory: String? = nil) throws -> Subprocess {
    let errorFile = Scratch.url("stderr")
    try Data().write(to: errorFile)
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let errorHandle = try FileHandle(forWritingTo: errorFile)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let out = Pipe()
    process.standardOutput = out
    process.standardError = errorHandle
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try errorHandle.close()
    return Subprocess(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
  }
}

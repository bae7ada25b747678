import ArgumentParser
import Diagnostics
import Foundation
import Rendering
import Workspace

/// Options shared by every command that reads Markdown files.
struct InputOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Skip files larger than this many megabytes, with an error.", valueName: "MB"))
  var maxFileSize: Int = InputLimits.defaultMaxFileSize / 1_048_576

  @Option(help: ArgumentHelp("Stop reading annotations in a file after this many, with an error.", valueName: "N"))
  var maxAnnotations: Int = 100_000

  func validate() throws {
    guard maxFileSize > 0, maxFileSize <= 1_048_576 else {
      throw ValidationError("--max-file-size must be between 1 and 1048576 (megabytes)")
    }
    guard maxAnnotations > 0 else { throw ValidationError("--max-annotations must be at least 1") }
  }

  var limits: InputLimits {
    InputLimits(maxFileSize: maxFileSize * 1_048_576, parse: .init(maxAnnotations: maxAnnotations))
  }
}

/// Standard output and error; summaries go to error so they never mix with machine output.
enum Standard {
  static func output(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func error(_ text: String, terminator: String = "\n") {
    FileHandle.standardError.write(Data((text + terminator).utf8))
  }

  /// Diagnostics in the compiler-style lines every command prints.
  static func error(_ diagnostics: [Diagnostic]) {
    error(TextDiagnosticRenderer.render(diagnostics), terminator: "")
  }
}

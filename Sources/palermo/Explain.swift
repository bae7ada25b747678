import ArgumentParser
import Diagnostics
import Rendering

extension Palermo {
  struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Explain a diagnostic code, with an example that triggers it and its fix.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown }

    @Argument(help: "A code such as REF001, or its name such as unknown-obligation.")
    var code: String?

    @Flag(help: "Explain every code.")
    var all = false

    @Option(name: .shortAndLong, help: "text for the terminal; markdown for docs/diagnostics.md (with --all).")
    var format: Format = .text

    func validate() throws {
      if all == (code != nil) { throw ValidationError("give one code, or --all") }
      if let code, DiagnosticRegistry.lookup(code) == nil {
        let known = DiagnosticRegistry.all.flatMap { [$0.code.rawValue, $0.slug] }
        throw ValidationError(
          "unknown code '\(code)'"
            + Suggestion.didYouMean(code, in: known, otherwise: "'palermo explain --all' lists them"))
      }
    }

    func run() throws {
      if all {
        Standard.output(
          format == .markdown
            ? DiagnosticExplanation.reference()
            : DiagnosticRegistry.all.map(DiagnosticExplanation.text).joined(separator: "\n"))
      } else if let code, let entry = DiagnosticRegistry.lookup(code) {
        Standard.output(DiagnosticExplanation.text(entry))
      }
    }
  }
}

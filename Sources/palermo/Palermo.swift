import ArgumentParser

@main
struct Palermo: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "palermo",
    abstract: "Model laws, obligation catalogue and gap analysis for the Palermo Convention and its Protocols.",
    discussion: """
      Exit codes: 0 clean (or findings below the failing level), 1 findings at the failing level
      (errors, or warnings too with --strict), 64 usage error.
      """,
    version: version,
    subcommands: [
      Analyze.self, Compare.self, MatrixCommand.self, Render.self, Lint.self, Catalog.self, Coverage.self, Explain.self,
      DumpTree.self,
    ]
  )

  static func main() {
    MemoryTuning.reuseFreedBlocks()
    main(nil)
  }
}

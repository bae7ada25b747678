import AnnotatedMarkdown
import ArgumentParser
import Workspace

extension Palermo {
  struct DumpTree: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "dump-tree", abstract: "Print the CommonMark tree of a file with source ranges (for debugging tags)."
    )

    @Argument(help: "A Markdown file.")
    var file: String

    @OptionGroup var input: InputOptions

    func run() throws {
      switch SourceFileReader.read(file, limits: input.limits) {
      case .success(let text):
        Standard.output(DocumentParser.tree(of: text).dump())
      case .failure(let diagnostic):
        Standard.error([diagnostic])
        throw ExitCode(1)
      }
    }
  }
}

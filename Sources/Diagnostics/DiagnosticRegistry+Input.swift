extension DiagnosticCode {
  public static let unreadableFile: DiagnosticCode = "IO001"
  public static let binaryFile: DiagnosticCode = "IO002"
  public static let invalidUTF8: DiagnosticCode = "IO003"
  public static let fileTooLarge: DiagnosticCode = "IO004"
  public static let noMarkdownFiles: DiagnosticCode = "IO005"
  public static let internalError: DiagnosticCode = "INT001"
}

extension DiagnosticRegistry {
  static let inputEntries: [DiagnosticDescription] = [
    DiagnosticDescription(
      .unreadableFile, slug: "unreadable-file", severity: .error,
      summary: "a file or folder named on the command line cannot be read",
      rationale: "A missing or unreadable input would otherwise shrink the corpus without anyone noticing.",
      bad: "palermo lint ModelLaws/Trafficking/Offences.md   # the file does not exist",
      good: "palermo lint ModelLaws/Trafficking/Offence.md",
      examples: .prose),
    DiagnosticDescription(
      .binaryFile, slug: "binary-file", severity: .error,
      summary: "a file contains NUL bytes, so it is not a Markdown text",
      rationale:
        "Word or PDF files dropped into a corpus folder must be converted to Markdown first; reading them as text would produce nonsense findings.",
      bad: "Examples/Atlantis/legislation/penal-code.docx renamed to penal-code.md",
      good: "the same Act saved as UTF-8 Markdown",
      examples: .prose),
    DiagnosticDescription(
      .invalidUTF8, slug: "invalid-utf8", severity: .error,
      summary: "a file is not valid UTF-8; the diagnostic points at the first bad byte",
      rationale:
        "Legislation copied from old systems is often in Latin-1 or Windows-1252. Guessing the encoding could silently corrupt names and citations, so Palermo asks for a conversion (for example `iconv -f WINDOWS-1252 -t UTF-8`).",
      bad: "a file saved as Windows-1252, where 'Código' is the byte 0xF3 alone",
      good: "the same file converted to UTF-8",
      examples: .prose),
    DiagnosticDescription(
      .fileTooLarge, slug: "file-too-large", severity: .error,
      summary: "a file is larger than the limit set by --max-file-size (64 MB by default)",
      rationale:
        "A runaway file (a log, a concatenated dump) should not take down a CI run; raise the limit when a real Act is that large.",
      bad: "a 100 MB file with the default limit",
      good: "palermo lint --max-file-size 200 big-code.md",
      examples: .prose),
    DiagnosticDescription(
      .noMarkdownFiles, slug: "no-markdown-files", severity: .warning,
      summary: "a folder named on the command line holds no Markdown files",
      rationale: "Linting an empty or misspelt folder passes trivially; the warning shows that nothing was checked.",
      bad: "palermo lint Examples/Atlantis/legislaton",
      good: "palermo lint Examples/Atlantis/legislation",
      examples: .prose),
    DiagnosticDescription(
      .internalError, slug: "internal-error", severity: .error,
      summary: "Palermo met a state it did not expect; please report it with the input file",
      rationale: "An impossible state is reported instead of crashing, so one bad file never stops the rest of a run.",
      bad: "(no document triggers this on purpose)",
      good: "(none)",
      examples: .prose),
  ]
}

import CommonMarkTree
import Diagnostics
import ObligationModel

/// Walks a document's top-level blocks, tracks heading sections, and hands every annotation,
/// placeholder and cross-reference to the directive handlers.
struct Interpreter {
  let source: SourceText
  let tree: MarkdownDocument
  let limits: ParseLimits
  var document: LegalDocument
  var diagnostics: [Diagnostic] = []
  var suppressions: [Suppression] = []
  var firstAnnotation: SourceLocation?
  var sections: [Section] = []
  /// The open containers of the block being scanned, kept to reuse their storage.
  private var containers: [Int] = []

  /// A heading's section while it is open.
  struct Section {
    var level: Int
    /// The heading's last line.
    var headingLine: Int
    var title: String
    /// The ordinal, among the document's top-level blocks, of the heading or of the last
    /// block after it that held only ordinary comments: the next block still starts the section.
    var leadingOrdinal: Int
    var entity: Entity?
  }

  /// The structural entity a section opened, by index into the document's arrays.
  enum Entity {
    case article(Int)
    case obligation(Int)
    case modelProvision(Int)
    case option(provision: Int, option: Int)
    case commentary(Int)
    case nationalProvision(Int)
  }

  init(source: SourceText, tree: MarkdownDocument, document: LegalDocument, limits: ParseLimits) {
    self.source = source
    self.tree = tree
    self.document = document
    self.limits = limits
  }

  mutating func interpret() {
    guard !tree.nodes.isEmpty else { return }
    // Walked from sibling to sibling: a list of the top-level blocks would be one more allocation per file.
    var next = 1
    var ordinal = -1
    while next < tree.nodes[0].subtreeEnd {
      let block = next
      next = tree.nodes[block].subtreeEnd
      ordinal += 1
      let kind = tree.nodes[block].kind
      if case .heading(let level) = kind {
        let line = tree.nodes[block].range?.lowerBound.line ?? 1
        closeSections(level: level, endLine: line - 1)
        let lastLine = headingLastLine(startingAt: line)
        sections.append(
          Section(
            level: level, headingLine: lastLine, title: tree.plainText(of: block).trimmingSpaces,
            leadingOrdinal: ordinal))
        scan(block, atSectionStart: true)
        continue
      }
      let atSectionStart = sections.last?.leadingOrdinal == ordinal - 1
      let annotationsBefore = document.annotationCount
      scan(block, atSectionStart: atSectionStart)
      if atSectionStart, case .htmlBlock = kind, document.annotationCount == annotationsBefore {
        sections[sections.count - 1].leadingOrdinal = ordinal
      }
      if case .paragraph = kind { offerSummary(block) }
    }
    closeSections(level: 1, endLine: source.lineCount)
  }

  // MARK: Sections

  /// The last line of a heading: its own line for `#` headings, the underline for setext ones
  /// (cmark's range for a setext heading can run into the next block, so the source decides).
  private func headingLastLine(startingAt line: Int) -> Int {
    guard !isATXHeading(line) else { return line }
    var next = line + 1
    while next <= source.lineCount {
      let text = source.line(next).drop(while: { $0 == " " })
      var trimmed = text
      while trimmed.last == " " || trimmed.last == "\t" { trimmed.removeLast() }
      if let first = trimmed.first, first == "=" || first == "-", trimmed.allSatisfy({ $0 == first }) { return next }
      next += 1
    }
    return line
  }

  /// Whether a line starts with `#` after spaces. Where ASCII surrounds the `#`, every byte is a
  /// character of its own and the bytes decide; otherwise the characters do.
  private func isATXHeading(_ line: Int) -> Bool {
    let range = source.lineBytes(line)
    let first = source.bytes[range].firstIndex { $0 != UInt8(ascii: " ") } ?? range.upperBound
    let after = first + 1 < range.upperBound ? source.bytes[first + 1] : 0
    if first < range.upperBound, source.bytes[first] < 0x80, after < 0x80 {
      return source.bytes[first] == UInt8(ascii: "#")
    }
    return source.line(line).drop(while: { $0 == " " }).hasPrefix("#")
  }

  /// Closes every open section whose level is `level` or deeper; their text ends at `endLine`.
  private mutating func closeSections(level: Int, endLine: Int) {
    while let section = sections.last, section.level >= level {
      sections.removeLast()
      guard let entity = section.entity else { continue }
      // The source is normalized to LF line endings, so its lines can be cut out in one piece.
      setText(source.lines(section.headingLine + 1, through: endLine), of: entity)
    }
  }

  /// The innermost open section that opened an entity.
  var innermostEntity: Entity? { sections.last { $0.entity != nil }?.entity }

  // MARK: Scanning a block

  private mutating func scan(_ block: Int, atSectionStart: Bool) {
    containers.removeAll(keepingCapacity: true)
    for index in block..<tree.nodes[block].subtreeEnd {
      while let last = containers.last, index >= tree.nodes[last].subtreeEnd { containers.removeLast() }
      // The node's parts are read in place: copying a node copies its text.
      let range = tree.nodes[index].range
      switch tree.nodes[index].kind {
      case .htmlBlock(let literal):
        let item = containers.last.flatMap { tree.nodes[$0].kind == .item ? $0 : nil }
        handleHTML(
          literal, at: range, isInline: false, describedBy: nil,
          continuedIn: item.map { wrappedParagraphs(after: index, in: $0) } ?? [], atSectionStart: atSectionStart)
      case .htmlInline(let literal):
        let owner = containers.last { tree.nodes[$0].kind == .paragraph || isHeading(tree.nodes[$0].kind) }
        handleHTML(
          literal, at: range, isInline: true, describedBy: owner, continuedIn: [], atSectionStart: atSectionStart)
      case .code(let literal):
        warnIfAnnotationInCode(literal, at: range, isBlock: false)
      case .codeBlock(_, let literal):
        warnIfAnnotationInCode(literal, at: range, isBlock: true)
      case .text(let literal):
        checkText(literal, at: range)
      case .link(let destination, _):
        recordLink(destination, at: range)
      default:
        break
      }
      if tree.nodes[index].subtreeEnd > index + 1 { containers.append(index) }
    }
  }

  /// A list item that opens with an annotation is an HTML block that ends with its first line;
  /// the paragraphs after it in the same item are the rest of what the item says.
  private func wrappedParagraphs(after block: Int, in item: Int) -> [Int] {
    tree.children(of: item).filter { $0 > block && tree.nodes[$0].kind == .paragraph }
  }

  private func isHeading(_ kind: MarkdownNode.Kind) -> Bool {
    if case .heading = kind { return true }
    return false
  }

  private mutating func handleHTML(
    _ literal: String, at range: SourceRange?, isInline: Bool, describedBy owner: Int?, continuedIn paragraphs: [Int],
    atSectionStart: Bool
  ) {
    guard let start = range?.lowerBound, literal.utf8.contains(UInt8(ascii: "<")) else { return }
    let map = LiteralMap(literal: literal, start: start, isInline: isInline, source: source)
    let comments = CommentScanner.comments(in: map.bytes)
    let description = BlockDescription(
      tree: tree, owner: owner, bytes: map.bytes, comments: comments, continuedIn: paragraphs)
    for comment in comments {
      let body = map.bytes[comment.body]
      if !CommentScanner.isAnnotation(body) {
        recordSuppression(comment, map: map)
        continue
      }
      guard comment.isClosed else {
        diagnostics.append(
          Diagnostic(
            .unclosedAnnotation,
            "this annotation is never closed; end it with '-->' (everything after it is hidden from readers)",
            at: map.location(at: comment.start)))
        continue
      }
      document.annotationCount += 1
      if document.annotationCount > limits.maxAnnotations {
        if document.annotationCount == limits.maxAnnotations + 1 {
          diagnostics.append(
            Diagnostic(
              .tooManyAnnotations,
              "this file has more than \(limits.maxAnnotations) annotations; the rest are not read (raise the limit with --max-annotations)",
              at: map.location(at: comment.start)))
        }
        continue
      }
      var parser = AnnotationParser(comment: comment, map: map)
      let annotation = parser.parse(commentStart: comment.start)
      diagnostics += parser.diagnostics
      if firstAnnotation == nil { firstAnnotation = map.location(at: comment.start) }
      guard let annotation, let kind = document.kind else { continue }
      apply(annotation, kind: kind, description: description, atSectionStart: atSectionStart)
    }
  }

  /// The text of an HTML block around its comments, then of the paragraphs that continue it,
  /// white space collapsed: a list item that starts with an annotation
  /// (`- <!-- @element act --> The act.`) is an HTML block to CommonMark.
  static func textOutsideComments(_ bytes: [UInt8], comments: [ScannedComment], then paragraphs: [String]) -> String {
    var collapsed = CollapsedText(capacity: bytes.count)
    bytes.withUnsafeBufferPointer { buffer in
      var index = 0
      for comment in comments {
        collapsed.append(UnsafeBufferPointer(rebasing: buffer[index..<comment.start]))
        index = min(comment.body.upperBound + 3, buffer.count)
      }
      collapsed.append(UnsafeBufferPointer(rebasing: buffer[index...]))
    }
    for paragraph in paragraphs {
      collapsed.appendSpace()
      collapsed.append(paragraph)
    }
    return collapsed.text
  }

  /// What an element, alternative or threshold describes: worked out at most once per block,
  /// and only if one asks, so a block of many annotations stays linear.
  final class BlockDescription {
    private let tree: MarkdownDocument
    /// The paragraph or heading an inline annotation sits in; it alone describes.
    private let owner: Int?
    private let bytes: [UInt8]
    private let comments: [ScannedComment]
    private let paragraphs: [Int]

    lazy var text =
      owner.map { tree.plainText(of: $0).trimmingSpaces }
      ?? Interpreter.textOutsideComments(bytes, comments: comments, then: paragraphs.map(tree.plainText))

    init(tree: MarkdownDocument, owner: Int?, bytes: [UInt8], comments: [ScannedComment], continuedIn paragraphs: [Int])
    {
      self.tree = tree
      self.owner = owner
      self.bytes = bytes
      self.comments = comments
      self.paragraphs = paragraphs
    }
  }

  private static let suppressionMarker = Array("lint-disable-next-line".utf8)

  private mutating func recordSuppression(_ comment: ScannedComment, map: LiteralMap) {
    // Most comments are prose: look for the marker before splitting anything into words.
    guard let marker = CommentScanner.find(Self.suppressionMarker, in: map.bytes, from: comment.body.lowerBound),
      marker + Self.suppressionMarker.count <= comment.body.upperBound
    else { return }
    let words = String(decoding: map.bytes[comment.body], as: UTF8.self).split(whereSeparator: \.isWhitespace)
    guard comment.isClosed, words.first == "lint-disable-next-line" else { return }
    var codes = Set<DiagnosticCode>()
    let location = map.location(at: comment.start)
    for word in words.dropFirst() {
      let code = DiagnosticCode(rawValue: String(word))
      if code.entry == nil {
        diagnostics.append(
          Diagnostic(
            .unknownSuppressedCode,
            "'\(word)' is not a diagnostic code"
              + Suggestion.didYouMean(String(word), in: DiagnosticRegistry.all.map(\.code.rawValue)),
            at: location))
      } else {
        codes.insert(code)
      }
    }
    guard !codes.isEmpty else { return }
    let endLine = map.line(at: comment.body.upperBound)
    suppressions.append(Suppression(codes: codes, file: source.file, line: endLine + 1, location: location))
  }

  private mutating func warnIfAnnotationInCode(_ literal: String, at range: SourceRange?, isBlock: Bool) {
    guard let range, let offset = CommentScanner.looksLikeAnnotation(literal) else { return }
    var position = range.lowerBound
    if isBlock {
      // The literal starts on the line after the opening fence (or on the first line if indented).
      // A fence may sit behind a container prefix ("> ```", "- ```"); indented code has no fence.
      let fenced = source.line(position.line).contains("```") || source.line(position.line).contains("~~~")
      let line =
        position.line + (fenced ? 1 : 0) + literal.utf8.prefix(offset).filter { $0 == UInt8(ascii: "\n") }.count
      position = SourcePosition(line: line, utf8Column: 1)
    }
    diagnostics.append(
      Diagnostic(
        .annotationInCode,
        "this looks like an annotation but sits in code, so it is not read; move it out of the code if it is meant as a tag",
        at: source.location(of: position)))
  }

  private mutating func checkText(_ literal: String, at range: SourceRange?) {
    guard let start = range?.lowerBound else { return }
    if let offset = CommentScanner.looksLikeAnnotation(literal) {
      diagnostics.append(
        Diagnostic(
          .unclosedAnnotation, "this annotation is never closed; end it with '-->'",
          at: source.location(of: SourcePosition(line: start.line, utf8Column: start.utf8Column + offset))))
    }
    guard document.kind == .modelLaw else { return }
    for found in PlaceholderScanner.scan(literal) {
      let location = source.location(of: SourcePosition(line: start.line, utf8Column: start.utf8Column + found.offset))
      if let name = found.name {
        document.placeholderUses.append(PlaceholderUse(name: name, location: location))
      } else {
        diagnostics.append(Diagnostic(.malformedPlaceholder, found.problem, at: location))
      }
    }
  }

  private mutating func recordLink(_ destination: String, at range: SourceRange?) {
    let scheme = "provision:"
    guard destination.hasPrefix(scheme), let start = range?.lowerBound else { return }
    let location = source.location(of: start)
    // The scheme matched as characters, so its last byte ends one: the id starts right after it.
    switch ProvisionID.parse(String(Substring(destination.utf8.dropFirst(scheme.utf8.count)))) {
    case .success(let id): document.links.append(CrossReference(target: id, location: location))
    case .failure(let error): diagnostics.append(Diagnostic(.malformedID, error.message, at: location))
    }
  }
}

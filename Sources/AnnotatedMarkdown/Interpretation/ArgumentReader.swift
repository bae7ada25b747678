import Diagnostics
import ObligationModel

/// Checks an annotation's arguments against its schema and reads typed values from it.
///
/// Every problem becomes a diagnostic; a value that cannot be read is returned as `nil`.
struct ArgumentReader {
  let annotation: Annotation
  let schema: DirectiveSchema
  /// The subject's text and the offset of its argument.
  private var subjectArgument: (text: String, start: Int)?
  private(set) var flags: Set<String> = []
  private(set) var diagnostics: [Diagnostic] = []
  /// `false` when a required part is missing, so no entity should be built.
  private(set) var isComplete = true

  /// A `key=value` argument, read in place in the annotation.
  private struct Value {
    var text: String
    var start: Int
    var quoted: Bool
  }

  init(_ annotation: Annotation, schema: DirectiveSchema) {
    self.annotation = annotation
    self.schema = schema
    var positional: [Annotation.Argument] = []
    for (index, argument) in annotation.arguments.enumerated() {
      guard let key = argument.key else {
        // Most directives take no flags: their words are not hashed for nothing.
        if let word = argument.value, !schema.flags.isEmpty, schema.flags.contains(word),
          subjectArgument != nil || schema.subject == nil
        {
          flags.insert(word)
        } else if subjectArgument == nil, schema.subject != nil, let value = argument.value {
          subjectArgument = (value, argument.start)
        } else {
          positional.append(argument)
        }
        continue
      }
      guard schema.accepts(key) else {
        let known = schema.keys.sorted() + schema.flags.sorted()
        report(
          .unknownKey,
          "@\(schema.name) has no key '\(key)'" + Suggestion.didYouMean(key, in: known, otherwise: Self.list(known)),
          at: annotation.location(at: argument.start))
        continue
      }
      if annotation.arguments[..<index].contains(where: { $0.key == key }) {
        report(
          .duplicateKey, "key '\(key)' appears twice in this @\(schema.name); give one value or a list",
          at: annotation.location(at: argument.start))
      }
    }
    for argument in positional {
      let word = argument.value ?? ""
      let hint = schema.flags.isEmpty ? "give values as key=value" : "flags here: \(Self.list(schema.flags.sorted()))"
      report(
        .unknownKey, "unexpected '\(word)' in @\(schema.name); \(hint)", at: annotation.location(at: argument.start))
    }
    if schema.subject != nil, subjectArgument == nil {
      report(
        .missingArgument, "@\(schema.name) needs an id right after the directive, e.g. \(Self.example(schema))",
        at: annotation.directiveLocation)
      isComplete = false
    }
    for key in schema.required where !has(key) {
      report(.missingArgument, "@\(schema.name) needs '\(key)=…'", at: annotation.directiveLocation)
      isComplete = false
    }
  }

  /// The subject and where it is.
  var subject: (text: String, location: SourceLocation)? {
    subjectArgument.map { ($0.text, annotation.location(at: $0.start)) }
  }

  private static func list(_ words: [String]) -> String {
    words.isEmpty ? "it takes no keys" : "use " + words.map { "'\($0)'" }.joined(separator: ", ")
  }

  private static func example(_ schema: DirectiveSchema) -> String {
    switch schema.subject {
    case .obligationID: "'@\(schema.name) TIP-5.1'"
    case .provisionID: "'@\(schema.name) tip.offence'"
    case .elementID: "'@\(schema.name) means'"
    case .parameter: "'@\(schema.name) max-penalty'"
    case .label, nil: "'@\(schema.name) 1'"
    }
  }

  mutating func report(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?) {
    diagnostics.append(Diagnostic(code, message, at: location))
  }

  mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

  /// The first value given for a key. Handlers ask only for keys of their schema, so the
  /// arguments reported above as unknown are never found, and a repeated key keeps its first value.
  private func value(_ key: String) -> Value? {
    assert(schema.accepts(key), "@\(schema.name) has no key '\(key)'")
    guard let argument = annotation.arguments.first(where: { $0.key == key }) else { return nil }
    return Value(text: argument.value ?? "", start: argument.valueStart, quoted: argument.isQuoted)
  }

  func has(_ key: String) -> Bool { value(key) != nil }
  func text(_ key: String) -> String? { value(key)?.text }
  func location(_ key: String) -> SourceLocation? { value(key).map { annotation.location(at: $0.start) } }

  // MARK: Typed values

  /// An id read with its grammar's parser; a malformed one is reported and gives `nil`.
  mutating func identifier<ID>(
    _ parse: (String) -> Result<ID, IdentifierError>, _ text: String, at location: SourceLocation
  ) -> ID? {
    switch parse(text) {
    case .success(let id): return id
    case .failure(let error):
      report(.malformedID, error.message, at: location)
      return nil
    }
  }

  mutating func obligationID(_ text: String, at location: SourceLocation) -> ObligationID? {
    identifier(ObligationID.parse, text, at: location)
  }

  mutating func provisionID(_ text: String, at location: SourceLocation) -> ProvisionID? {
    identifier(ProvisionID.parse, text, at: location)
  }

  mutating func elementID(_ text: String, at location: SourceLocation) -> ElementID? {
    identifier(ElementID.parse, text, at: location)
  }

  /// Splits a list value at commas outside brackets (`TIP-5.1[act,means],TIP-5.2.a`), with
  /// each item's offset in scalars and bytes from the start of the value.
  static func items(_ text: String) -> [(item: String, scalars: Int, bytes: Int)] {
    asciiItems(text) ?? scalarItems(text)
  }

  /// ``items(_:)`` read scalar by scalar, for any text.
  static func scalarItems(_ text: String) -> [(item: String, scalars: Int, bytes: Int)] {
    var items: [(String, Int, Int)] = []
    var current = ""
    var start = (scalars: 0, bytes: 0)
    var position = (scalars: 0, bytes: 0)
    var depth = 0
    for scalar in text.unicodeScalars {
      position.scalars += 1
      position.bytes += UTF8.width(scalar)
      switch scalar {
      case "[": depth += 1
      case "]": depth -= 1
      case "," where depth == 0:
        items.append(Self.trimmed(current, start))
        current = ""
        start = position
        continue
      default: break
      }
      current.unicodeScalars.append(scalar)
    }
    items.append(Self.trimmed(current, start))
    return items
  }

  private static func trimmed(_ item: String, _ start: (scalars: Int, bytes: Int)) -> (String, Int, Int) {
    let leading = item.unicodeScalars.prefix { $0 == " " }.count
    return (item.trimmingSpaces, start.scalars + leading, start.bytes + leading)
  }

  /// ``items(_:)`` for the usual one-line ASCII value, split by its bytes: each byte is then a
  /// scalar and a character of its own, so offsets and trimming come out the same.
  private static func asciiItems(_ text: String) -> [(item: String, scalars: Int, bytes: Int)]? {
    var text = text
    return text.withUTF8 { bytes in
      asciiItemRanges(bytes)?.map { (String(decoding: bytes[$0.item], as: UTF8.self), $0.offset, $0.offset) }
    }
  }

  /// The trimmed byte range of each item of a one-line ASCII list, with the offset of its text
  /// before trimming all but spaces (as ``scalarItems(_:)`` counts it); `nil` for other text.
  private static func asciiItemRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [(item: Range<Int>, offset: Int)]? {
    guard ASCII.isOneLine(bytes) else { return nil }
    var items: [(item: Range<Int>, offset: Int)] = []
    func append(_ item: Slice<UnsafeBufferPointer<UInt8>>) {
      let trimmed = ASCII.trimmingSpaces(item)
      items.append((trimmed.startIndex..<trimmed.endIndex, item.startIndex + item.prefix { $0 == 0x20 }.count))
    }
    var start = 0
    var depth = 0
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "]"): depth -= 1
      case UInt8(ascii: ",") where depth == 0:
        append(bytes[start..<index])
        start = index + 1
      default: break
      }
    }
    append(bytes[start...])
    return items
  }

  /// The items of a list value, each with its own location when the value sits on one line.
  mutating func listItems(_ key: String) -> [(String, SourceLocation)] {
    guard let value = value(key) else { return [] }
    let items = Self.items(value.text)
    let isOneLine = !value.text.containsLineFeed
    let shift = value.quoted ? 1 : 0
    let location = annotation.location(at: value.start)
    var located: [(String, SourceLocation)] = []
    located.reserveCapacity(items.count)
    for entry in items where !entry.item.isEmpty {
      var itemLocation = location
      if isOneLine {
        itemLocation.column += entry.scalars + shift
        itemLocation.utf8Column += entry.bytes + shift
      }
      located.append((entry.item, itemLocation))
    }
    if located.count < items.count {
      report(
        .malformedAnnotation, "the list in '\(key)' has an empty item; separate items with single commas",
        at: location)
    }
    return located
  }

  mutating func obligationRefs(_ key: String) -> [ObligationRef] {
    guard let value = value(key) else { return [] }
    var text = value.text
    // Every provision implements something: a one-line ASCII list is read in place, its items
    // and their parts cut out of its bytes, without strings for whole items.
    let refs = text.withUTF8 { bytes in
      Self.asciiItemRanges(bytes).map { asciiObligationRefs(bytes, items: $0, key: key, value: value) }
    }
    if let refs { return refs }
    return listItems(key).compactMap { item, location in
      guard let parts = Self.bracketParts(item) else {
        report(.malformedAnnotation, "'\(item)' opens '[' without closing it at the end", at: location)
        return nil
      }
      guard let obligation = obligationID(parts.id, at: location) else { return nil }
      let elements = parts.elements?.compactMap { elementID($0, at: location) }
      return ObligationRef(obligation: obligation, elements: elements, location: location)
    }
  }

  /// ``obligationRefs(_:)`` of a one-line ASCII value, its items found by ``asciiItemRanges(_:)``:
  /// the same references and diagnostics as ``listItems(_:)`` and ``bracketParts(_:)`` give.
  private mutating func asciiObligationRefs(
    _ bytes: UnsafeBufferPointer<UInt8>, items: [(item: Range<Int>, offset: Int)], key: String, value: Value
  ) -> [ObligationRef] {
    let location = annotation.location(at: value.start)
    if items.contains(where: { $0.item.isEmpty }) {
      report(
        .malformedAnnotation, "the list in '\(key)' has an empty item; separate items with single commas",
        at: location)
    }
    let shift = value.quoted ? 1 : 0
    var refs: [ObligationRef] = []
    refs.reserveCapacity(items.count)
    for (range, offset) in items where !range.isEmpty {
      var itemLocation = location
      itemLocation.column += offset + shift
      itemLocation.utf8Column += offset + shift
      let item = bytes[range]
      guard let open = item.firstIndex(of: UInt8(ascii: "[")) else {
        if let obligation = obligationID(String(decoding: item, as: UTF8.self), at: itemLocation) {
          refs.append(ObligationRef(obligation: obligation, elements: nil, location: itemLocation))
        }
        continue
      }
      guard item.last == UInt8(ascii: "]") else {
        let text = String(decoding: item, as: UTF8.self)
        report(.malformedAnnotation, "'\(text)' opens '[' without closing it at the end", at: itemLocation)
        continue
      }
      guard let obligation = obligationID(String(decoding: item[..<open], as: UTF8.self), at: itemLocation) else {
        continue
      }
      var elements: [ElementID] = []
      var start = open + 1
      // The closing bracket ends the last element as a comma ends the others.
      for index in start..<range.upperBound where bytes[index] == UInt8(ascii: ",") || index == range.upperBound - 1 {
        let text = String(decoding: ASCII.trimmingSpaces(bytes[start..<index]), as: UTF8.self)
        if let element = elementID(text, at: itemLocation) { elements.append(element) }
        start = index + 1
      }
      refs.append(ObligationRef(obligation: obligation, elements: elements, location: itemLocation))
    }
    return refs
  }

  /// `TIP-5.1[act, means]` read as `TIP-5.1` and `["act", "means"]`; an item without brackets is
  /// an id alone, and one whose bracket is not closed at its end gives `nil`.
  static func bracketParts(_ item: String) -> (id: String, elements: [String]?)? {
    // In ASCII text every byte is a character, and bytes are much quicker to search.
    guard item.isOneLineASCII else { return characterBracketParts(item) }
    var text = item
    return text.withUTF8 { bytes in
      guard let open = bytes.firstIndex(of: UInt8(ascii: "[")) else { return (item, nil) }
      guard bytes.last == UInt8(ascii: "]") else { return nil }
      var elements: [String] = []
      var start = open + 1
      // The closing bracket ends the last element as a comma ends the others.
      for index in start..<bytes.count where bytes[index] == UInt8(ascii: ",") || index == bytes.count - 1 {
        elements.append(String(decoding: ASCII.trimmingSpaces(bytes[start..<index]), as: UTF8.self))
        start = index + 1
      }
      return (String(decoding: bytes[..<open], as: UTF8.self), elements)
    }
  }

  /// ``bracketParts(_:)`` read character by character, for any text.
  static func characterBracketParts(_ item: String) -> (id: String, elements: [String]?)? {
    guard let open = item.firstIndex(of: "[") else { return (item, nil) }
    guard item.last == "]" else { return nil }
    let inner = item[item.index(after: open)..<item.index(before: item.endIndex)]
    let elements = inner.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
    return (String(item[..<open]), elements)
  }

  mutating func provisionIDs(_ key: String) -> [CrossReference] {
    listItems(key).compactMap { item, location in
      provisionID(item, at: location).map { CrossReference(target: $0, location: location) }
    }
  }

  mutating func elementIDs(_ key: String) -> [ElementID] {
    listItems(key).compactMap { elementID($0.0, at: $0.1) }
  }

  mutating func quantity(_ key: String) -> Quantity? {
    guard let value = value(key) else { return nil }
    let text = value.text
    guard let quantity = Quantity.parse(text) else {
      report(
        .invalidValue, "'\(text)' is not a duration; write a number with y, m or d (e.g. '4y', '18m') or 'life'",
        at: annotation.location(at: value.start))
      return nil
    }
    return quantity
  }

  mutating func inForce(_ key: String) -> InForce? {
    guard let value = value(key) else { return nil }
    let text = value.text
    guard let inForce = InForce.parse(text) else {
      report(
        .invalidValue, "'\(text)' is neither a date YYYY-MM-DD nor 'draft'", at: annotation.location(at: value.start))
      return nil
    }
    return inForce
  }

  mutating func closed<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> T?
  where T.RawValue == String {
    guard let value = value(key) else { return nil }
    let text = value.text
    guard let closed = T(rawValue: text) else {
      let known = T.allCases.map(\.rawValue)
      report(
        .invalidValue,
        "'\(text)' is not a valid \(key)" + Suggestion.didYouMean(text, in: known, otherwise: Self.list(known)),
        at: annotation.location(at: value.start))
      return nil
    }
    return closed
  }

  /// Reads an open-vocabulary value; an unknown word is kept and warned about.
  mutating func vocabulary<T: Vocabulary>(_ text: String, at location: SourceLocation, key: String) -> T {
    let value = T(rawValue: text)
    if !value.isKnown {
      let known = T.known.map(\.rawValue)
      report(
        .unknownVocabulary,
        "unknown \(key) '\(text)'" + Suggestion.didYouMean(text, in: known, otherwise: Self.list(known)), at: location)
    }
    return value
  }
}

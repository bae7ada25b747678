import ObligationModel
import Testing

/// An obligation keeps its parts in a shared box, but still behaves as a value: a changed copy
/// leaves the original alone, and equal parts make equal obligations.
@Suite struct ObligationValueTests {
  static func trafficking() throws -> Obligation {
    Obligation(
      id: try ObligationID.parse("TIP-5.1").get(), title: "Art. 5(1): trafficking in persons offence",
      summary: "Make trafficking a crime.", obligationClass: .mandatory, theme: .criminalization,
      elements: [Element(id: try ElementID.parse("act").get(), description: "The act.")])
  }

  @Test func changingACopyLeavesTheOriginalAlone() throws {
    let original = try Self.trafficking()
    var copy = original
    copy.title = "changed"
    copy.elements.append(Element(id: try ElementID.parse("means").get(), description: "The means."))
    #expect(original.title == "Art. 5(1): trafficking in persons offence")
    #expect(original.elements.map(\.id.rawValue) == ["act"])
    #expect(copy.elements.map(\.id.rawValue) == ["act", "means"])
    #expect(copy != original)
  }

  @Test func obligationsWithEqualPartsAreEqualAndHashAlike() throws {
    let first = try Self.trafficking()
    let second = try Self.trafficking()
    #expect(first == second)
    #expect(Set([first, second]).count == 1)
    var changed = second
    changed.isProhibition = true
    #expect(changed != first)
  }
}

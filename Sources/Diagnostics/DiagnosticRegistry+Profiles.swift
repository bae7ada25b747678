extension DiagnosticCode {
  public static let invalidProfile: DiagnosticCode = "ST001"
  public static let unknownProfileKey: DiagnosticCode = "ST002"
  public static let invalidProfileValue: DiagnosticCode = "ST003"
  public static let missingProfileKey: DiagnosticCode = "ST004"
  public static let overrideWithoutReason: DiagnosticCode = "ST005"
  public static let instrumentNotListed: DiagnosticCode = "ST006"
  public static let missingProfile: DiagnosticCode = "ST007"
  public static let unknownProfileObligation: DiagnosticCode = "ST008"
  public static let duplicateOverride: DiagnosticCode = "ST009"
  public static let legislationOfAnotherState: DiagnosticCode = "ST010"
}

/// A valid profile that the examples vary.
enum ProfileExample {
  static let head = """
    name: Republic of Lagonia
    code: LGN
    legal-family: common-law
    instruments:
      UNTOC: {status: party, date: 2004-05-12}
      TIP: {status: party, date: 2004-05-12}
      SOM: {status: signatory, date: 2000-12-14}
      FP: {status: none}

    """
}

extension DiagnosticRegistry {
  static let profileEntries: [DiagnosticDescription] = [
    DiagnosticDescription(
      .invalidProfile, slug: "invalid-profile", severity: .error,
      summary: "a State's `state.yaml` does not parse, or is not a mapping of keys to values",
      rationale: "The profile decides which instruments apply; a broken one cannot be analysed at all.",
      bad: "name: Republic of Lagonia\ncode: [LGN\n", good: ProfileExample.head, examples: .stateProfile),
    DiagnosticDescription(
      .unknownProfileKey, slug: "unknown-profile-key", severity: .warning,
      summary: "`state.yaml` has a key Palermo does not read",
      rationale: "A misspelt key (`reservation:` for `reservations:`) would silently drop what it holds.",
      bad: ProfileExample.head
        + "reservation:\n  - kind: reservation\n    provision: UNTOC-35.2\n    effect: excludes\n    text: Not bound by article 35(2).\n",
      good: ProfileExample.head
        + "reservations:\n  - kind: reservation\n    provision: UNTOC-35.2\n    effect: excludes\n    text: Not bound by article 35(2).\n",
      examples: .stateProfile),
    DiagnosticDescription(
      .invalidProfileValue, slug: "invalid-profile-value", severity: .error,
      summary: "a profile value has the wrong form: an unknown status, family or effect, a bad date or id",
      rationale: "These values decide applicability; a typo must not make an instrument silently not apply.",
      bad: ProfileExample.head.replacing("UNTOC: {status: party", with: "UNTOC: {status: ratified"),
      good: ProfileExample.head, examples: .stateProfile),
    DiagnosticDescription(
      .missingProfileKey, slug: "missing-profile-key", severity: .error,
      summary: "the profile or one of its entries lacks a required key",
      rationale: "A report must name the State and its legal family; a reservation must name its provision and effect.",
      bad:
        "name: Republic of Lagonia\nlegal-family: common-law\ninstruments:\n  UNTOC: {status: party}\n  TIP: {status: none}\n  SOM: {status: none}\n  FP: {status: none}\n",
      good: ProfileExample.head, examples: .stateProfile),
    DiagnosticDescription(
      .overrideWithoutReason, slug: "override-without-reason", severity: .error,
      summary: "an analyst override has no written reason",
      rationale:
        "A report may depart from the rules only where the analyst explains why; the reason is printed beside the verdict.",
      bad: ProfileExample.head + "overrides:\n  - obligation: UNTOC-10.1\n    status: partial\n",
      good: ProfileExample.head
        + "overrides:\n  - obligation: UNTOC-10.1\n    status: partial\n    reason: Administrative fines on companies exist under the Companies Act s. 44 but cover only fraud.\n",
      examples: .stateProfile),
    DiagnosticDescription(
      .instrumentNotListed, slug: "instrument-not-listed", severity: .warning,
      summary:
        "the profile does not say the State's status for one of the four instruments; it is treated as not a party",
      rationale:
        "Every report states, per instrument, why it applies or not; an omission should be a decision, not an accident.",
      bad:
        "name: Republic of Lagonia\ncode: LGN\nlegal-family: common-law\ninstruments:\n  UNTOC: {status: party, date: 2004-05-12}\n",
      good: ProfileExample.head, examples: .stateProfile),
    DiagnosticDescription(
      .missingProfile, slug: "missing-profile", severity: .error,
      summary: "a State folder given to `palermo analyze` has no `state.yaml`",
      rationale: "Without the profile Palermo cannot know which instruments bind the State.",
      bad: "palermo analyze Examples/Lagonia   # Examples/Lagonia/state.yaml does not exist",
      good: "Examples/Lagonia/state.yaml with the State's name, code, legal family and instruments",
      examples: .prose),
    DiagnosticDescription(
      .unknownProfileObligation, slug: "unknown-profile-obligation", severity: .error,
      summary:
        "a reservation, override, assistance need or not-assessed scope names an obligation or article the catalogue does not have",
      rationale:
        "A mistyped id would make a reservation or override apply to nothing, and the report would say the opposite of what the analyst decided.",
      bad: "reservations: provision: UNTOC-35.3   # article 35 has no paragraph 3 in the catalogue",
      good: "reservations: provision: UNTOC-35.2, or the article as a whole: UNTOC-35",
      examples: .prose),
    DiagnosticDescription(
      .duplicateOverride, slug: "duplicate-override", severity: .error,
      summary: "two analyst overrides name the same obligation",
      rationale: "Only one verdict can stand; which one was meant is the analyst's call, not the tool's.",
      bad: "overrides: two entries with obligation: UNTOC-10.1",
      good: "one override of UNTOC-10.1 with the reason for the verdict that stands",
      examples: .prose),
    DiagnosticDescription(
      .legislationOfAnotherState, slug: "legislation-of-another-state", severity: .error,
      summary: "an Act in a State's folder says in its front matter that it belongs to another State",
      rationale: "Evidence from another State's law would make the report wrong about this one.",
      bad: "Examples/Lagonia/legislation/penal.md with 'state: VLM' while state.yaml says 'code: LGN'",
      good: "the Act moved to the other State's folder, or its 'state' corrected",
      examples: .prose),
  ]
}

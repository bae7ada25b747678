/// Every interface string of the gap report, in one table per language.
public enum ReportKey: String, CaseIterable, Sendable {
  case reportTitle
  case reportSubtitle
  case skipToContent
  case contents
  case obligationHeader
  case pendingConflicts
  case whatIsMissing
  case contradictedBy
  case belowThreshold
  case headline
  case stateCode
  case legalFamily
  case priorityFindings
  case priorityIntro
  case noPriority
  case coverage
  case byInstrument
  case byTheme
  case byClass
  case total
  case instrumentsAndReservations
  case instrument
  case participation
  case date
  case party
  case signatory
  case notParty
  case provision
  case effect
  case text
  case reservation
  case declaration
  case effectExcludes
  case effectQualifies
  case noReservations
  case assistanceNeeds
  case article
  case need
  case noAssistanceNeeds
  case allFindings
  case filters
  case filterStatus
  case filterInstrument
  case filterTheme
  case filterClass
  case any
  case showing
  case noScript
  case actsReviewed
  case citation
  case inForce
  case draft
  case provisionsTagged
  case status
  case obligationClass = "class"
  case theme
  case qualifier
  case prohibition
  case evidence
  case noEvidence
  case source
  case elementsClaimed
  case allElements
  case missingElements
  case alternativeMet
  case thresholds
  case thresholdMet
  case thresholdMissed
  case thresholdNotStated
  case seriousCrimeNote
  case conflicts
  case pending
  case override
  case reason
  case declarations
  case notes
  case remedies
  case noModelProvision
  case adoptionRequired
  case adoptionOptional
  case obligationText
  case generatedBy
  case statusImplemented
  case statusPartial
  case statusMissing
  case statusConflicting
  case statusNotApplicable
  case statusNotAssessed
  case classMandatory
  case classConsider
  case classOptional
  case instrumentUNTOC
  case instrumentTIP
  case instrumentSOM
  case instrumentFP
  case themeDefinitions = "theme.definitions"
  case themeCriminalization = "theme.criminalization"
  case themeLiability = "theme.liability-and-sanctions"
  case themeConfiscation = "theme.confiscation"
  case themeJurisdiction = "theme.jurisdiction"
  case themeCooperation = "theme.international-cooperation"
  case themeLawEnforcement = "theme.law-enforcement"
  case themeVictims = "theme.victims-and-witnesses"
  case themePrevention = "theme.prevention"
  case themeFirearms = "theme.firearms-control"
  case themeBorder = "theme.border-and-documents"
  case familyCommonLaw = "family.common-law"
  case familyCivilLaw = "family.civil-law"
  case familyMixed = "family.mixed"
}

enum ReportStrings {
  static let english: [ReportKey: String] = [
    .pendingConflicts: "Pending: drafts that would contradict this prohibition",
    .whatIsMissing: "What is missing",
    .contradictedBy: "contradicted by {citations}",
    .belowThreshold: "{parameter} {value} in {citation}, needs {required}",
    .obligationHeader: "Obligation",
    .headline:
      "{implemented} of {applicable} applicable obligations are implemented and {partial} partly. {gaps} mandatory obligations are missing or partial, and {conflicts} conflict with national law.",
    .reportTitle: "Gap analysis",
    .reportSubtitle:
      "{state}: national law against the Convention against Transnational Organized Crime and its Protocols",
    .skipToContent: "Skip to the findings",
    .contents: "Contents",
    .stateCode: "ISO code",
    .legalFamily: "Legal family",
    .priorityFindings: "Mandatory gaps and conflicts",
    .priorityIntro:
      "These mandatory obligations are contradicted by national law, missing from it, or only partly implemented. Conflicts come first, then gaps, in treaty order.",
    .noPriority: "No mandatory obligation is missing, partial or conflicting.",
    .coverage: "Coverage",
    .byInstrument: "By instrument",
    .byTheme: "By theme",
    .byClass: "By class of obligation",
    .total: "Total",
    .instrumentsAndReservations: "Instruments, reservations and declarations",
    .instrument: "Instrument",
    .participation: "Participation",
    .date: "Date",
    .party: "Party",
    .signatory: "Signatory",
    .notParty: "Not a party",
    .provision: "Provision",
    .effect: "Effect",
    .text: "Text",
    .reservation: "Reservation",
    .declaration: "Declaration",
    .effectExcludes: "Excludes the obligation",
    .effectQualifies: "Qualifies the obligation",
    .noReservations: "No reservations or declarations.",
    .assistanceNeeds: "Technical assistance needs declared",
    .article: "Article",
    .need: "Need",
    .noAssistanceNeeds: "The State declared no technical assistance needs.",
    .allFindings: "All obligations",
    .filters: "Filter the obligations",
    .filterStatus: "Status",
    .filterInstrument: "Instrument",
    .filterTheme: "Theme",
    .filterClass: "Class",
    .any: "Any",
    .showing: "Showing {shown} of {total} obligations.",
    .noScript: "Filters need JavaScript; every obligation is listed below.",
    .actsReviewed: "Legislation reviewed",
    .citation: "Citation",
    .inForce: "In force",
    .draft: "Draft",
    .provisionsTagged: "Provisions tagged",
    .status: "Status",
    .obligationClass: "Class",
    .theme: "Theme",
    .qualifier: "Safeguard clause",
    .prohibition: "Prohibition",
    .evidence: "Evidence in national law",
    .noEvidence: "No provision in force implements this obligation.",
    .source: "Source",
    .elementsClaimed: "Elements covered",
    .allElements: "all",
    .missingElements: "Elements missing",
    .alternativeMet: "Option met: {alternative}",
    .thresholds: "Thresholds",
    .thresholdMet: "{parameter} {required}: {value} in {citation}, met",
    .thresholdMissed: "{parameter} {required}: {value} in {citation}, below the threshold",
    .thresholdNotStated: "{parameter} {required}: not stated by the provisions cited",
    .seriousCrimeNote:
      "An offence punishable by less than four years' deprivation of liberty is not a \"serious crime\" (UNTOC art. 2(b)), so the Convention's cooperation provisions may not apply to it.",
    .conflicts: "Provisions that contradict this prohibition",
    .pending: "Pending: drafts that would change this verdict",
    .override: "Analyst override: {status} (the rules gave {computed})",
    .reason: "Reason",
    .declarations: "Declarations",
    .notes: "Analyst notes",
    .remedies: "Remedy: model provisions",
    .noModelProvision: "No model provision yet. The obligation requires:",
    .adoptionRequired: "required for compliance",
    .adoptionOptional: "optional",
    .obligationText: "What the obligation requires",
    .generatedBy:
      "Generated by Palermo {version} from the files listed under \"Legislation reviewed\". Obligations are summarized in Palermo's own words; the treaty texts are authoritative.",
    .statusImplemented: "Implemented",
    .statusPartial: "Partial",
    .statusMissing: "Missing",
    .statusConflicting: "Conflicting",
    .statusNotApplicable: "Not applicable",
    .statusNotAssessed: "Not assessed",
    .classMandatory: "Mandatory",
    .classConsider: "To consider",
    .classOptional: "Optional",
    .instrumentUNTOC: "Convention against Transnational Organized Crime",
    .instrumentTIP: "Trafficking in Persons Protocol",
    .instrumentSOM: "Smuggling of Migrants Protocol",
    .instrumentFP: "Firearms Protocol",
    .themeDefinitions: "Definitions",
    .themeCriminalization: "Criminalization",
    .themeLiability: "Liability and sanctions",
    .themeConfiscation: "Confiscation",
    .themeJurisdiction: "Jurisdiction",
    .themeCooperation: "International cooperation",
    .themeLawEnforcement: "Law enforcement",
    .themeVictims: "Protection of victims and witnesses",
    .themePrevention: "Prevention",
    .themeFirearms: "Firearms control",
    .themeBorder: "Border and document measures",
    .familyCommonLaw: "Common law",
    .familyCivilLaw: "Civil law",
    .familyMixed: "Mixed",
  ]

  static let french: [ReportKey: String] = [
    .pendingConflicts: "En attente : projets qui contrediraient cette interdiction",
    .whatIsMissing: "Ce qui manque",
    .contradictedBy: "contredite par {citations}",
    .belowThreshold: "{parameter} {value} dans {citation}, exigé : {required}",
    .obligationHeader: "Obligation",
    .headline:
      "{implemented} des {applicable} obligations applicables sont mises en œuvre et {partial} en partie. {gaps} obligations impératives sont absentes ou partielles, et {conflicts} sont contredites par le droit national.",
    .reportTitle: "Analyse des lacunes",
    .reportSubtitle:
      "{state} : la législation nationale au regard de la Convention contre la criminalité transnationale organisée et de ses Protocoles",
    .skipToContent: "Aller aux constatations",
    .contents: "Sommaire",
    .stateCode: "Code ISO",
    .legalFamily: "Famille juridique",
    .priorityFindings: "Lacunes et conflits au regard des obligations impératives",
    .priorityIntro:
      "Ces obligations impératives sont contredites, non mises en œuvre ou seulement en partie. Les conflits viennent d'abord, puis les lacunes, dans l'ordre des traités.",
    .noPriority: "Aucune obligation impérative n'est absente, partielle ou contredite.",
    .coverage: "Couverture",
    .byInstrument: "Par instrument",
    .byTheme: "Par thème",
    .byClass: "Par catégorie d'obligation",
    .total: "Total",
    .instrumentsAndReservations: "Instruments, réserves et déclarations",
    .instrument: "Instrument",
    .participation: "Participation",
    .date: "Date",
    .party: "Partie",
    .signatory: "Signataire",
    .notParty: "Non partie",
    .provision: "Disposition",
    .effect: "Effet",
    .text: "Texte",
    .reservation: "Réserve",
    .declaration: "Déclaration",
    .effectExcludes: "Exclut l'obligation",
    .effectQualifies: "Précise l'obligation",
    .noReservations: "Aucune réserve ni déclaration.",
    .assistanceNeeds: "Besoins d'assistance technique déclarés",
    .article: "Article",
    .need: "Besoin",
    .noAssistanceNeeds: "L'État n'a déclaré aucun besoin d'assistance technique.",
    .allFindings: "Toutes les obligations",
    .filters: "Filtrer les obligations",
    .filterStatus: "Statut",
    .filterInstrument: "Instrument",
    .filterTheme: "Thème",
    .filterClass: "Catégorie",
    .any: "Tous",
    .showing: "{shown} obligations affichées sur {total}.",
    .noScript: "Les filtres nécessitent JavaScript ; toutes les obligations figurent ci-dessous.",
    .actsReviewed: "Législation examinée",
    .citation: "Référence",
    .inForce: "En vigueur",
    .draft: "Projet",
    .provisionsTagged: "Dispositions étiquetées",
    .status: "Statut",
    .obligationClass: "Catégorie",
    .theme: "Thème",
    .qualifier: "Clause de sauvegarde",
    .prohibition: "Interdiction",
    .evidence: "Éléments de preuve dans le droit national",
    .noEvidence: "Aucune disposition en vigueur ne met en œuvre cette obligation.",
    .source: "Source",
    .elementsClaimed: "Éléments couverts",
    .allElements: "tous",
    .missingElements: "Éléments manquants",
    .alternativeMet: "Option remplie : {alternative}",
    .thresholds: "Seuils",
    .thresholdMet: "{parameter} {required} : {value} dans {citation}, atteint",
    .thresholdMissed: "{parameter} {required} : {value} dans {citation}, en dessous du seuil",
    .thresholdNotStated: "{parameter} {required} : non indiqué par les dispositions citées",
    .seriousCrimeNote:
      "Une infraction punie de moins de quatre ans de privation de liberté n'est pas une « infraction grave » (art. 2 b) de la Convention) : les dispositions de coopération de la Convention peuvent ne pas s'y appliquer.",
    .conflicts: "Dispositions contraires à cette interdiction",
    .pending: "En attente : projets qui modifieraient cette conclusion",
    .override: "Décision de l'analyste : {status} (les règles donnaient {computed})",
    .reason: "Motif",
    .declarations: "Déclarations",
    .notes: "Notes de l'analyste",
    .remedies: "Remède : dispositions types",
    .noModelProvision: "Pas encore de disposition type. L'obligation exige :",
    .adoptionRequired: "nécessaire à la conformité",
    .adoptionOptional: "facultative",
    .obligationText: "Ce que l'obligation exige",
    .generatedBy:
      "Produit par Palermo {version} à partir des fichiers énumérés sous « Législation examinée ». Les obligations sont résumées dans les termes de Palermo ; seuls les textes des traités font foi.",
    .statusImplemented: "Mise en œuvre",
    .statusPartial: "Partielle",
    .statusMissing: "Absente",
    .statusConflicting: "Contredite",
    .statusNotApplicable: "Sans objet",
    .statusNotAssessed: "Non évaluée",
    .classMandatory: "Impérative",
    .classConsider: "À envisager",
    .classOptional: "Facultative",
    .instrumentUNTOC: "Convention contre la criminalité transnationale organisée",
    .instrumentTIP: "Protocole relatif à la traite des personnes",
    .instrumentSOM: "Protocole relatif au trafic illicite de migrants",
    .instrumentFP: "Protocole relatif aux armes à feu",
    .themeDefinitions: "Définitions",
    .themeCriminalization: "Incrimination",
    .themeLiability: "Responsabilité et sanctions",
    .themeConfiscation: "Confiscation",
    .themeJurisdiction: "Compétence",
    .themeCooperation: "Coopération internationale",
    .themeLawEnforcement: "Détection et répression",
    .themeVictims: "Protection des victimes et des témoins",
    .themePrevention: "Prévention",
    .themeFirearms: "Contrôle des armes à feu",
    .themeBorder: "Mesures aux frontières et documents",
    .familyCommonLaw: "Common law",
    .familyCivilLaw: "Droit civil",
    .familyMixed: "Mixte",
  ]

  static let spanish: [ReportKey: String] = [
    .pendingConflicts: "Pendiente: proyectos que contradirían esta prohibición",
    .whatIsMissing: "Lo que falta",
    .contradictedBy: "contradicha por {citations}",
    .belowThreshold: "{parameter} {value} en {citation}, se exige {required}",
    .obligationHeader: "Obligación",
    .headline:
      "{implemented} de las {applicable} obligaciones aplicables se aplican y {partial} en parte. {gaps} obligaciones imperativas faltan o son parciales, y {conflicts} están en conflicto con el derecho nacional.",
    .reportTitle: "Análisis de brechas",
    .reportSubtitle:
      "{state}: la legislación nacional frente a la Convención contra la Delincuencia Organizada Transnacional y sus Protocolos",
    .skipToContent: "Ir a las conclusiones",
    .contents: "Índice",
    .stateCode: "Código ISO",
    .legalFamily: "Familia jurídica",
    .priorityFindings: "Brechas y conflictos respecto de las obligaciones imperativas",
    .priorityIntro:
      "Estas obligaciones imperativas se contradicen, no se aplican o se aplican solo en parte. Primero los conflictos, luego las brechas, en el orden de los tratados.",
    .noPriority: "Ninguna obligación imperativa falta, es parcial o está en conflicto.",
    .coverage: "Cobertura",
    .byInstrument: "Por instrumento",
    .byTheme: "Por tema",
    .byClass: "Por clase de obligación",
    .total: "Total",
    .instrumentsAndReservations: "Instrumentos, reservas y declaraciones",
    .instrument: "Instrumento",
    .participation: "Participación",
    .date: "Fecha",
    .party: "Parte",
    .signatory: "Signatario",
    .notParty: "No es parte",
    .provision: "Disposición",
    .effect: "Efecto",
    .text: "Texto",
    .reservation: "Reserva",
    .declaration: "Declaración",
    .effectExcludes: "Excluye la obligación",
    .effectQualifies: "Matiza la obligación",
    .noReservations: "Ninguna reserva ni declaración.",
    .assistanceNeeds: "Necesidades de asistencia técnica declaradas",
    .article: "Artículo",
    .need: "Necesidad",
    .noAssistanceNeeds: "El Estado no declaró necesidades de asistencia técnica.",
    .allFindings: "Todas las obligaciones",
    .filters: "Filtrar las obligaciones",
    .filterStatus: "Estado",
    .filterInstrument: "Instrumento",
    .filterTheme: "Tema",
    .filterClass: "Clase",
    .any: "Todos",
    .showing: "Se muestran {shown} de {total} obligaciones.",
    .noScript: "Los filtros requieren JavaScript; todas las obligaciones figuran a continuación.",
    .actsReviewed: "Legislación examinada",
    .citation: "Cita",
    .inForce: "En vigor",
    .draft: "Proyecto",
    .provisionsTagged: "Disposiciones etiquetadas",
    .status: "Estado",
    .obligationClass: "Clase",
    .theme: "Tema",
    .qualifier: "Cláusula de salvaguardia",
    .prohibition: "Prohibición",
    .evidence: "Pruebas en el derecho nacional",
    .noEvidence: "Ninguna disposición en vigor aplica esta obligación.",
    .source: "Fuente",
    .elementsClaimed: "Elementos cubiertos",
    .allElements: "todos",
    .missingElements: "Elementos que faltan",
    .alternativeMet: "Opción cumplida: {alternative}",
    .thresholds: "Umbrales",
    .thresholdMet: "{parameter} {required}: {value} en {citation}, cumplido",
    .thresholdMissed: "{parameter} {required}: {value} en {citation}, por debajo del umbral",
    .thresholdNotStated: "{parameter} {required}: no indicado en las disposiciones citadas",
    .seriousCrimeNote:
      "Un delito punible con menos de cuatro años de privación de libertad no es un «delito grave» (art. 2 b) de la Convención), por lo que las disposiciones de cooperación de la Convención pueden no aplicarse.",
    .conflicts: "Disposiciones contrarias a esta prohibición",
    .pending: "Pendiente: proyectos que cambiarían esta conclusión",
    .override: "Decisión del analista: {status} (las reglas daban {computed})",
    .reason: "Motivo",
    .declarations: "Declaraciones",
    .notes: "Notas del analista",
    .remedies: "Solución: disposiciones modelo",
    .noModelProvision: "Aún no hay disposición modelo. La obligación exige:",
    .adoptionRequired: "necesaria para el cumplimiento",
    .adoptionOptional: "facultativa",
    .obligationText: "Lo que exige la obligación",
    .generatedBy:
      "Generado por Palermo {version} a partir de los archivos enumerados en «Legislación examinada». Las obligaciones se resumen con palabras de Palermo; solo los textos de los tratados son auténticos.",
    .statusImplemented: "Aplicada",
    .statusPartial: "Parcial",
    .statusMissing: "Ausente",
    .statusConflicting: "En conflicto",
    .statusNotApplicable: "No aplicable",
    .statusNotAssessed: "No evaluada",
    .classMandatory: "Imperativa",
    .classConsider: "A considerar",
    .classOptional: "Facultativa",
    .instrumentUNTOC: "Convención contra la Delincuencia Organizada Transnacional",
    .instrumentTIP: "Protocolo sobre la trata de personas",
    .instrumentSOM: "Protocolo sobre el tráfico ilícito de migrantes",
    .instrumentFP: "Protocolo sobre armas de fuego",
    .themeDefinitions: "Definiciones",
    .themeCriminalization: "Penalización",
    .themeLiability: "Responsabilidad y sanciones",
    .themeConfiscation: "Decomiso",
    .themeJurisdiction: "Jurisdicción",
    .themeCooperation: "Cooperación internacional",
    .themeLawEnforcement: "Aplicación de la ley",
    .themeVictims: "Protección de víctimas y testigos",
    .themePrevention: "Prevención",
    .themeFirearms: "Control de armas de fuego",
    .themeBorder: "Medidas fronterizas y documentos",
    .familyCommonLaw: "Common law",
    .familyCivilLaw: "Derecho civil",
    .familyMixed: "Mixto",
  ]
}

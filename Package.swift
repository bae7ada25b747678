// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "Palermo",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "palermo", targets: ["palermo"]),
    // The libraries, for the fuzz targets in Fuzz/ and for tools built on Palermo.
    .library(
      name: "PalermoKit",
      targets: [
        "AnnotatedMarkdown", "Workspace", "LintRules", "MappingEngine", "Drafting", "Rendering", "ObligationModel",
        "Diagnostics",
      ]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"])]
    ),
    .systemLibrary(name: "CSystem"),
    .target(name: "Diagnostics"),
    .target(name: "CommonMarkTree", dependencies: ["CCmark", "Diagnostics"]),
    .target(name: "ObligationModel", dependencies: ["Diagnostics"]),
    .target(
      name: "AnnotatedMarkdown",
      dependencies: ["CommonMarkTree", "ObligationModel", "Diagnostics", .product(name: "Yams", package: "Yams")]
    ),
    .target(name: "MappingEngine", dependencies: ["ObligationModel", "Diagnostics"]),
    .target(name: "Drafting", dependencies: ["ObligationModel", "Diagnostics"]),
    .target(name: "Progress"),
    .target(name: "LintRules", dependencies: ["AnnotatedMarkdown", "ObligationModel", "Diagnostics"]),
    .target(
      name: "Workspace",
      dependencies: [
        "AnnotatedMarkdown", "CommonMarkTree", "LintRules", "MappingEngine", "ObligationModel", "Diagnostics",
        "CSystem",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .target(
      name: "Rendering",
      dependencies: [
        "ObligationModel", "MappingEngine", "Drafting", "Progress", "CommonMarkTree", "Diagnostics",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .executableTarget(
      name: "palermo",
      dependencies: [
        "Workspace", "Rendering", "MappingEngine", "Drafting", "Progress", "LintRules", "AnnotatedMarkdown",
        "CommonMarkTree",
        "ObligationModel",
        "Diagnostics", "CSystem",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(name: "TestSupport", dependencies: ["Diagnostics"]),
    .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "TestSupport"]),
    .testTarget(
      name: "CommonMarkTreeTests", dependencies: ["CommonMarkTree", "TestSupport"], exclude: ["Fixtures", "Snapshots"]),
    .testTarget(
      name: "MappingEngineTests",
      dependencies: [
        "MappingEngine", "ObligationModel", .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(name: "ProgressTests", dependencies: ["Progress"]),
    .testTarget(
      name: "DraftingTests", dependencies: ["Drafting", "AnnotatedMarkdown", "ObligationModel", "Diagnostics"]),
    .testTarget(
      name: "ObligationModelTests",
      dependencies: [
        "ObligationModel", "Diagnostics", .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "AnnotatedMarkdownTests", dependencies: ["AnnotatedMarkdown", "TestSupport"], exclude: ["Fixtures"]),
    .testTarget(
      name: "LintRulesTests",
      dependencies: ["LintRules", "Workspace", "AnnotatedMarkdown", "TestSupport"]
    ),
    .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "TestSupport"]),
    .testTarget(name: "CatalogueTests", dependencies: ["Workspace", "ObligationModel", "Diagnostics", "TestSupport"]),
    .testTarget(
      name: "RenderingTests", dependencies: ["Rendering", "MappingEngine", "ObligationModel", "TestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "CLITests",
      dependencies: ["palermo", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      exclude: ["Fixtures", "Snapshots"]),
  ],
  swiftLanguageModes: [.v6]
)

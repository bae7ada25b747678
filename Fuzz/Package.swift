// swift-tools-version:6.1
// libFuzzer targets, kept in their own package so that ordinary builds never need the fuzzer
// runtime. Built by `make fuzz` with -sanitize=fuzzer,address.
import PackageDescription

let package = Package(
  name: "PalermoFuzz",
  dependencies: [.package(name: "Palermo", path: "..")],
  targets: [.target(name: "FuzzSupport")]
    + ["FuzzAnnotations", "FuzzProfile", "FuzzPipeline"].map { name in
      .executableTarget(
        name: name, dependencies: ["FuzzSupport", .product(name: "PalermoKit", package: "Palermo")],
        swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    }
)

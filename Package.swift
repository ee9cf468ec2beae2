// swift-tools-version: 6.0
import PackageDescription

/// Strict settings on every target: Swift 6 language mode catches data races, and the
/// upcoming features keep existentials, imports and visibility explicit.
let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "pantau",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "pantau", targets: ["pantau"]),
        .library(name: "PantauStages", targets: ["PantauStages"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Starts external plugins: explicit process groups, a clean environment, and both
        // output pipes streamed concurrently (see `PluginProcess`).
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        // The zip container of .xlsx workbooks (on Linux it builds on the system zlib).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libyaml, the system YAML parser, through pkg-config.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "PantauYAML", dependencies: ["CYAML"], swiftSettings: strictSettings),
        .target(name: "PantauCore", dependencies: ["PantauYAML"], swiftSettings: strictSettings),
        .target(
            name: "PantauPipeline",
            dependencies: ["PantauCore", "PantauYAML", .product(name: "Subprocess", package: "swift-subprocess")],
            swiftSettings: strictSettings
        ),
        .target(
            name: "PantauStages",
            dependencies: ["PantauPipeline", "PantauCore", "PantauYAML", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "pantau",
            dependencies: [
                "PantauStages", "PantauPipeline", "PantauCore", "PantauYAML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "PantauYAMLTests", dependencies: ["PantauYAML"], swiftSettings: strictSettings),
        .testTarget(name: "PantauCoreTests", dependencies: ["PantauCore"], swiftSettings: strictSettings),
        .testTarget(name: "PantauPipelineTests", dependencies: ["PantauPipeline"], swiftSettings: strictSettings),
        .testTarget(
            name: "PantauStagesTests",
            dependencies: ["PantauStages", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings
        ),
        .testTarget(name: "PantauEndToEndTests", dependencies: ["pantau"], swiftSettings: strictSettings),
    ]
)

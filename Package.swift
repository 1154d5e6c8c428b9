// swift-tools-version: 6.0
//
// Facsimile: synthetic tabular data in Swift.
//
// The layering (arrows point at what a module uses; nothing points upward):
//
//   facsimile (command)   Benchmarks
//            |                |
//       FacsimileCLI ---------+
//         /      \
//   Synthesizers   Reports (HTML and SVG)
//     |   \          |
//     |    \       Metrics
//     |     \        |
//     | NeuralCore   |
//     |     |        |
//   Metadata  Linalg-+--- COpenBLAS (OpenBLAS + LAPACKE, system libraries)
//     |    \         +--- COpenBLASKernels (OpenBLAS's kernels for processors it predates)
//   Tabular JSONFormat
//
// NeuralCore also uses CVectorKernels, its exponential-heavy loops and Adam's update in C,
// built for AVX-512, AVX2 and the baseline with the best picked at load.

import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "Facsimile",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Facsimile", targets: ["Facsimile"]),
        .executable(name: "facsimile", targets: ["facsimile"]),
    ],
    targets: [
        // MARK: - System libraries

        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        // Re-selects OpenBLAS's kernels at load on a processor newer than the library.
        .target(
            name: "COpenBLASKernels",
            linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
        ),

        // NeuralCore's exponential-heavy loops and Adam's update, for the widest vectors at hand.
        .target(name: "CVectorKernels"),

        // MARK: - Public modules

        .target(name: "Tabular", swiftSettings: strictSettings),
        .target(name: "JSONFormat", swiftSettings: strictSettings),
        .target(
            name: "Metadata",
            dependencies: ["Tabular", "JSONFormat"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Linalg",
            dependencies: ["COpenBLAS", "COpenBLASKernels"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "NeuralCore",
            dependencies: ["Linalg", "CVectorKernels"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Synthesizers",
            dependencies: ["Tabular", "Metadata", "Linalg", "NeuralCore", "JSONFormat"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Metrics",
            dependencies: ["Tabular", "Metadata", "Linalg", "JSONFormat"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Reports",
            dependencies: ["Tabular", "Metadata", "Linalg", "Metrics"],
            swiftSettings: strictSettings
        ),
        .target(
            name: "Facsimile",
            dependencies: [
                "Tabular", "JSONFormat", "Metadata", "Linalg", "NeuralCore", "Synthesizers",
                "Metrics", "Reports",
            ],
            swiftSettings: strictSettings
        ),

        // MARK: - The command and the benchmarks

        .target(name: "FacsimileCLI", dependencies: ["Facsimile"], swiftSettings: strictSettings),
        .executableTarget(
            name: "facsimile",
            dependencies: ["FacsimileCLI"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "Benchmarks",
            dependencies: ["Facsimile"],
            path: "Benchmarks/Sources/Benchmarks",
            swiftSettings: strictSettings
        ),

        // MARK: - Tests

        .target(
            name: "TestSupport",
            dependencies: ["Tabular"],
            path: "Tests/TestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "TabularTests",
            dependencies: ["Tabular", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "JSONFormatTests",
            dependencies: ["JSONFormat", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MetadataTests",
            dependencies: ["Metadata", "Tabular", "JSONFormat", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinalgTests",
            dependencies: ["Linalg", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "NeuralCoreTests",
            dependencies: ["NeuralCore", "Linalg", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SynthesizersTests",
            dependencies: ["Synthesizers", "Metadata", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "MetricsTests",
            dependencies: ["Metrics", "Metadata", "Tabular", "Linalg", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "Metrics", "Metadata", "Tabular", "Linalg", "TestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "FacsimileCLITests",
            dependencies: ["FacsimileCLI", "Facsimile", "TestSupport"],
            swiftSettings: strictSettings
        ),
    ]
)

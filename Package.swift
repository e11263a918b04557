// swift-tools-version:6.0
//
// TextMine: a plugin-based text-mining pipeline for news.
//
// The package graph mirrors the architecture (see README, "Architecture"):
//   CPCRE2 (system library) → PCRE2 (Swift wrapper)
//   TextMineCore            — document model, Stage/Aggregator protocols, config, runner, outputs; knows no stage
//   Engines/*               — pure algorithms (segmentation, VADER, people, quote attribution), no TextMine dependency
//   Stages/*                — one module per built-in stage, each depending only on the core (+ its engine)
//   Plugins/*               — stage plugins that are not built in, written exactly like the built-ins
//   TextMineStages          — the list of built-in and bundled plugin stages (the registry's contents)
//   TextMineCLI → textmine  — the commands (library) and a thin executable
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// A built-in stage module under Sources/Stages/<folder>.
func stage(_ name: String, folder: String, dependencies: [Target.Dependency] = []) -> Target {
    .target(
        name: name, dependencies: ["TextMineCore"] + dependencies, path: "Sources/Stages/\(folder)",
        swiftSettings: strict)
}

/// A stage plugin module under Plugins/<folder>.
func plugin(_ name: String, folder: String, dependencies: [Target.Dependency] = []) -> Target {
    .target(name: name, dependencies: ["TextMineCore"] + dependencies, path: "Plugins/\(folder)", swiftSettings: strict)
}

/// Stage plugins bundled with the stock binary: `Plugins/<Name>` is module `<Name>Stage`, tested by
/// `Tests/<Name>StageTests`. Adding one is this one line plus its entry in Sources/TextMineStages/BuiltinStages.swift.
let plugins = [
    "Keywords",
    "Readability",
]

let package = Package(
    name: "TextMine",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "textmine", targets: ["textmine"]),
        .library(name: "TextMineCore", targets: ["TextMineCore"]),
        .library(name: "TextMineStages", targets: ["TextMineStages"]),
        .library(name: "TextMineCLI", targets: ["TextMineCLI"]),
        .library(name: "TextMineTesting", targets: ["TextMineTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // PCRE2, the regex engine, through the system library (apt: libpcre2-dev).
        .systemLibrary(
            name: "CPCRE2", path: "Sources/CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .target(name: "PCRE2", dependencies: ["CPCRE2"], path: "Sources/PCRE2", swiftSettings: strict),
        // SQLite, for the database output (apt: libsqlite3-dev).
        .systemLibrary(
            name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),

        // Engines: pure algorithms with no TextMine dependency, reusable on their own.
        .target(
            name: "VADER", path: "Sources/Engines/VADER", exclude: ["LICENSE-vaderSentiment.txt"], swiftSettings: strict
        ),
        .target(name: "TextSegmentation", path: "Sources/Engines/TextSegmentation", swiftSettings: strict),
        .target(
            name: "QuoteAttribution", dependencies: ["People"], path: "Sources/Engines/QuoteAttribution",
            swiftSettings: strict),
        .target(name: "People", path: "Sources/Engines/People", swiftSettings: strict),

        .target(
            name: "TextMineCore", dependencies: [.product(name: "Yams", package: "Yams"), "CSQLite"],
            swiftSettings: strict),

        stage("TokenizeStage", folder: "Tokenize", dependencies: ["TextSegmentation"]),
        stage("SentencesStage", folder: "Sentences", dependencies: ["TextSegmentation"]),
        stage("EntitiesStage", folder: "Entities", dependencies: ["PCRE2"]),
        stage("PeopleStage", folder: "People", dependencies: ["People"]),
        stage("QuotesStage", folder: "Quotes", dependencies: ["QuoteAttribution", "People"]),
        stage("SentimentStage", folder: "Sentiment", dependencies: ["VADER"]),
        stage("AggregateStage", folder: "Aggregate"),
        stage("ExecStage", folder: "Exec"),

        .target(
            name: "TextMineStages",
            dependencies: [
                "TextMineCore", "TokenizeStage", "SentencesStage", "EntitiesStage", "PeopleStage", "QuotesStage",
                "SentimentStage", "AggregateStage",
            ]
                + ["ExecStage"] + plugins.map { .target(name: "\($0)Stage") },
            swiftSettings: strict),
        .target(
            name: "TextMineCLI",
            dependencies: [
                "TextMineCore", "TextMineStages", "TextMineExplain",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        // `textmine explain`'s views of a processed document: terminal, plain, HTML and keyword-in-context.
        .target(name: "TextMineExplain", dependencies: ["TextMineCore"], swiftSettings: strict),
        .executableTarget(name: "textmine", dependencies: ["TextMineCLI"], swiftSettings: strict),
        .target(name: "TextMineTesting", dependencies: ["TextMineCore"], swiftSettings: strict),

        .executableTarget(name: "VADERBench", dependencies: ["VADER"], path: "Benchmarks/VADERBench"),
        .executableTarget(name: "PeopleBench", dependencies: ["People"], path: "Benchmarks/PeopleBench"),
        .executableTarget(name: "QuotesBench", dependencies: ["QuoteAttribution"], path: "Benchmarks/QuotesBench"),
        .executableTarget(
            name: "SegmentationBench", dependencies: ["TextSegmentation"], path: "Benchmarks/SegmentationBench"),
        .executableTarget(
            name: "SegmentationDump", dependencies: ["TextSegmentation"], path: "Scripts/segmentation/SegmentationDump"),

        .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
        .testTarget(name: "VADERTests", dependencies: ["VADER"], exclude: ["Fixtures"]),
        .testTarget(name: "TextSegmentationTests", dependencies: ["TextSegmentation"], exclude: ["Fixtures"]),
        .testTarget(
            name: "QuoteAttributionTests", dependencies: ["QuoteAttribution", "TextMineTesting"], exclude: ["Fixtures"]),
        .testTarget(name: "PeopleTests", dependencies: ["People"]),
        .testTarget(
            name: "PeopleStageTests",
            dependencies: [
                "PeopleStage", "SentencesStage", "EntitiesStage", "QuotesStage", "TextMineStages", "TextMineTesting",
            ],
            exclude: ["Fixtures"]),
        .testTarget(name: "QuotesStageTests", dependencies: ["QuotesStage", "TextMineTesting"]),
        .testTarget(
            name: "SegmentationStagesTests", dependencies: ["TokenizeStage", "SentencesStage", "TextMineTesting"]),
        .testTarget(name: "SentimentStageTests", dependencies: ["SentimentStage", "TextMineTesting"]),
        .testTarget(name: "TextMineCoreTests", dependencies: ["TextMineCore", "TextMineTesting"]),
        .testTarget(
            name: "EntitiesStageTests", dependencies: ["EntitiesStage", "TextMineTesting"], exclude: ["Fixtures"]),
        .testTarget(name: "AggregateStageTests", dependencies: ["AggregateStage", "TextMineTesting"]),
        .testTarget(name: "TextMineCLITests", dependencies: ["TextMineCLI", "TextMineStages", "TextMineTesting"]),
        .testTarget(name: "ExecStageTests", dependencies: ["ExecStage", "TextMineTesting"]),
        .testTarget(
            name: "TextMineExplainTests", dependencies: ["TextMineExplain", "TextMineStages", "TextMineTesting"]),
    ]
        + plugins.map { plugin("\($0)Stage", folder: $0) }
        + plugins.map {
            .testTarget(name: "\($0)StageTests", dependencies: [.target(name: "\($0)Stage"), "TextMineTesting"])
        }
)

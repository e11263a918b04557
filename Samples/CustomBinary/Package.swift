// swift-tools-version:6.0
//
// "Bring your own binary": a package of your own that depends on TextMine, adds a stage, and builds a
// `textmine`-compatible executable (same commands, same pipeline files, your stage in `stages`).
// See docs/writing-a-stage.md. Build: swift build --package-path Samples/CustomBinary (or `make custom-binary-check`).
import PackageDescription

let package = Package(
    name: "MyTextMine",
    platforms: [.macOS(.v15)],
    dependencies: [
        // In your own repository: .package(url: "https://…/TextMine.git", from: "0.1.0").
        .package(path: "../..")
    ],
    targets: [
        // The stage, a module of its own so it can be tested (and reused) without the executable.
        .target(
            name: "HashtagsStage",
            dependencies: [.product(name: "TextMineCore", package: textMine)]),
        // The executable: the stock stages plus yours.
        .executableTarget(
            name: "mytextmine",
            dependencies: [
                "HashtagsStage",
                .product(name: "TextMineCLI", package: textMine),
                .product(name: "TextMineStages", package: textMine),
            ]),
    ]
)

/// The identity SwiftPM gives a path dependency is its folder's name (`textmine`, or whatever the clone is called).
var textMine: String {
    let root = Context.packageDirectory.split(separator: "/").dropLast(2).last.map(String.init) ?? "TextMine"
    return root.lowercased()
}

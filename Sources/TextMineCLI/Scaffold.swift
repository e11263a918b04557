import ArgumentParser
import Foundation

/// Writes a new stage plugin: `Plugins/NAME/NAMEStage.swift`, `Tests/NAMEStageTests/NAMEStageTests.swift` and a
/// pipeline that runs it, `Pipelines/name.yaml` (pointing editors at `textmine.schema.json`), then prints the two
/// one-line edits that register it.
struct Scaffold {
    var name: String
    /// The repository (or package) root the files are written under.
    var root = "."

    var stageName: String {
        var result = ""
        for (index, character) in name.enumerated() {
            if character.isUppercase, index > 0 { result += "_" }
            result += character.lowercased()
        }
        return result
    }

    func write() throws {
        guard name.first?.isUppercase == true, name.allSatisfy({ $0.isLetter || $0.isNumber }) else {
            throw ValidationError("NAME must be an UpperCamelCase Swift type name, e.g. Topics")
        }
        let folder = "Plugins/\(name)"
        let testFolder = "Tests/\(name)StageTests"
        let manager = FileManager.default
        let pipelineFile = "Pipelines/\(stageName).yaml"
        for path in [folder, testFolder, pipelineFile] where manager.fileExists(atPath: "\(root)/\(path)") {
            throw ValidationError("\(path) already exists")
        }
        try manager.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: "\(root)/\(testFolder)", withIntermediateDirectories: true)
        try source.write(toFile: "\(root)/\(folder)/\(name)Stage.swift", atomically: true, encoding: .utf8)
        try test.write(toFile: "\(root)/\(testFolder)/\(name)StageTests.swift", atomically: true, encoding: .utf8)
        try manager.createDirectory(atPath: "\(root)/Pipelines", withIntermediateDirectories: true)
        try pipeline.write(toFile: "\(root)/\(pipelineFile)", atomically: true, encoding: .utf8)
        print(
            """
            Wrote \(folder)/\(name)Stage.swift, \(testFolder)/\(name)StageTests.swift and \(pipelineFile).
            Register it with two edits:
              Package.swift, in the 'plugins' list:                  "\(name)",
              Sources/TextMineStages/BuiltinStages.swift, in 'all':  \(name)Stage.self,   (and 'import \(name)Stage' at the top)
            Then: swift build && .build/debug/textmine stages \(stageName)
                  .build/debug/textmine schema > textmine.schema.json   (editors then know the new stage's options)
            Guide: docs/writing-a-stage.md
            """)
    }

    var source: String {
        // `public import`: the stage conforms publicly to the core's protocols, and this package builds its modules
        // with InternalImportsByDefault.
        """
        public import TextMineCore

        /// Counts the tokens of each document that are at least `min_length` bytes long and stores the count as the
        /// `\(stageName)_words` feature. Replace the body of `process(_:)` with your stage's work, and list any layer
        /// it adds in `produces` (docs/writing-a-stage.md).
        public struct \(name)Stage: Stage {
            public static let descriptor = StageDescriptor(
                name: "\(stageName)",
                summary: "describe what \(stageName) does in one line",
                consumes: [.tokens],
                produces: [],
                options: [OptionDescriptor("min_length", .integer, default: "1", "ignore tokens shorter than this")],
                example: "- \(stageName): {min_length: 1}")

            /// The stage's options; every key is optional.
            public struct Options: StageOptions {
                var minLength = 1
                enum CodingKeys: String, CodingKey { case minLength = "min_length" }

                /// Decodes the options; unknown keys are reported with their position.
                public init(from decoder: any Decoder) throws {
                    let container = try decoder.container(keyedBy: CodingKeys.self)
                    minLength = try container.decode(Int.self, forKey: .minLength, default: 1)
                }
                init() {}
            }

            let options: Options

            /// Builds the stage; throw a `ConfigError` pointing at a bad option here (see `Located`).
            public init(options: Options, context: StageContext) throws {
                self.options = options
            }

            /// Adds this stage's results to one document.
            public func process(_ document: inout Document) throws {
                let words = document.tokens.filter { $0.span.count >= options.minLength }.count
                document.features["\(stageName)_words"] = .int(words)
            }
        }

        """
    }

    /// A pipeline that runs the stage, with the line that gives editors the schema.
    var pipeline: String {
        """
        # yaml-language-server: $schema=../textmine.schema.json
        # Runs the \(stageName) stage: textmine run Pipelines/\(stageName).yaml Samples/ --out out/\(stageName)
        name: \(stageName)
        stages:
          - tokenize: {}
          - \(stageName): {min_length: 1}
        output:
          dir: out/\(stageName)
          formats: [jsonl]

        """
    }

    var test: String {
        """
        import TextMineCore
        import TextMineTesting
        import XCTest
        @testable import \(name)Stage

        final class \(name)StageTests: XCTestCase {
            func testCountsWords() throws {
                let stage = try \(name)Stage(options: .init(), context: .standalone("\(stageName)"))
                var document = Document(id: "a.txt", text: "Hello wide world")
                document.tokens = [Token(span: Span(0, 5)), Token(span: Span(6, 10)), Token(span: Span(11, 16))]
                try stage.process(&document)
                XCTAssertEqual(document.features["\(stageName)_words"], .int(3))
            }
        }

        """
    }
}

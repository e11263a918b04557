import ArgumentParser
import Foundation

/// Writes a new stage plugin: `Plugins/NAME/NAMEStage.swift` and `Tests/NAMEStageTests/NAMEStageTests.swift`, then
/// prints the two one-line edits that register it.
struct Scaffold {
    var name: String

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
        guard !manager.fileExists(atPath: folder) else { throw ValidationError("\(folder) already exists") }
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try manager.createDirectory(atPath: testFolder, withIntermediateDirectories: true)
        try source.write(toFile: "\(folder)/\(name)Stage.swift", atomically: true, encoding: .utf8)
        try test.write(toFile: "\(testFolder)/\(name)StageTests.swift", atomically: true, encoding: .utf8)
        print("""
            Wrote \(folder)/\(name)Stage.swift and \(testFolder)/\(name)StageTests.swift.
            Register it with two one-line edits:
              Package.swift, in the plugins list:      plugin("\(name)Stage", folder: "\(name)"),
              Sources/TextMineStages/BuiltinStages.swift, in 'all':   \(name)Stage.self,   (and 'import \(name)Stage')
            Then: swift build && .build/debug/textmine stages \(stageName)
            """)
    }

    var source: String {
        """
        import TextMineCore

        /// Counts the words of each document and stores the count as the `\(stageName)_words` feature.
        /// Replace the body of `process(_:)` with your stage's work.
        public struct \(name)Stage: Stage {
            public static let descriptor = StageDescriptor(
                name: "\(stageName)",
                summary: "describe what \(stageName) does in one line",
                consumes: [.tokens],
                produces: [Layer("\(stageName)")],
                options: [OptionDescriptor("min_length", "int", default: "1", "ignore tokens shorter than this")],
                example: "- \(stageName): {min_length: 1}")

            /// The stage's options; every key is optional.
            public struct Options: StageOptions {
                var minLength = 1
                enum CodingKeys: String, CodingKey { case minLength = "min_length" }
                public init(from decoder: any Decoder) throws {
                    let container = try decoder.container(keyedBy: CodingKeys.self)
                    minLength = try container.decode(Int.self, forKey: .minLength, default: 1)
                }
                init() {}
            }

            let options: Options

            public init(options: Options, context: StageContext) throws {
                self.options = options
            }

            public func process(_ document: inout Document) throws {
                let words = document.tokens.filter { $0.span.count >= options.minLength }.count
                document.features["\(stageName)_words"] = .int(words)
            }
        }

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

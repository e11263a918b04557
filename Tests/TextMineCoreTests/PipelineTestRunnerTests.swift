import Foundation
import TextMineCore
import TextMineTesting
import XCTest

/// A stage that marks every word of the text in a plugin layer `words` and counts them in `features`; it throws on
/// the word `boom`, so a test can see a stage error.
private struct WordsStage: Stage {
    static let descriptor = StageDescriptor(name: "words", summary: "marks words", produces: ["words"])
    typealias Options = NoOptions
    init(options: NoOptions, context: StageContext) throws {}

    struct Boom: Error, CustomStringConvertible {
        var description: String { "the text says boom" }
    }

    func process(_ document: inout Document) throws {
        var words: [JSONValue] = []
        var start: Int?
        for (index, byte) in (document.utf8 + [0x20]).enumerated() {
            let isLetter = byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            if isLetter, start == nil { start = index }
            if !isLetter, let first = start {
                if document.utf8[first..<index].elementsEqual("boom".utf8) { throw Boom() }
                words.append(.object(["start": .int(first), "end": .int(index)]))
                start = nil
            }
        }
        document.setLayer(named: "words", to: .array(words))
        document.features["word_count"] = .int(words.count)
    }
}

/// The in-memory test runner and the test decoder, on a stage of its own (the CLI tests run the real pipelines).
final class PipelineTestRunnerTests: XCTestCase {
    let registry = StageRegistry([WordsStage.self])

    private func pipeline(_ yaml: String, path: String = "p.yaml") throws -> Pipeline {
        try PipelineLoader(registry: registry).load(yaml: yaml, path: path)
    }

    func testPluginLayersAndFeaturesAreCheckedInCodePoints() throws {
        let pipeline = try pipeline(
            """
            stages: [words]
            output: {omit_layers: [words]}
            tests:
              - name: words
                text: "Zoë and Renée"
                expect:
                  words: [{start: 8, end: 13}, {start: 0, end: 3}]
                  features: {word_count: 3}
                absent:
                  words: [{start: 9}]
                  features: {word_count: 4}
              - name: wrong count
                text: "one two"
                expect:
                  features: {word_count: 3}
            """)
        let results = PipelineTestRunner(pipeline: pipeline).run()
        XCTAssertEqual(results.map(\.passed), [true, false], "\(results.flatMap(\.failures))")
        XCTAssertEqual(
            results[1].failures.map(\.description),
            [
                "p.yaml:15:17: error: test 'wrong count': expected features {word_count: 3}, got {word_count: 2}"
            ])
    }

    func testAStageErrorFailsTheTestAtItsText() throws {
        let pipeline = try pipeline(
            """
            stages: [words]
            tests:
              - name: explodes
                text: "a boom here"
                expect: {words: [{}]}
            """)
        let result = PipelineTestRunner(pipeline: pipeline).run()[0]
        XCTAssertEqual(
            result.failures.map(\.description),
            ["p.yaml:4:11: error: test 'explodes': stage 'words' failed: the text says boom"])
    }

    func testATestsFileMayBeJustTheListAndItsFilesAreReadLater() throws {
        let folder = try TestSupport.temporaryDirectory("pipeline-tests")
        try """
        - name: from a file
          file: empty.txt
          absent: {words: [{}]}
        """.write(toFile: folder + "/p.tests.yaml", atomically: true, encoding: .utf8)
        try "  \n".write(toFile: folder + "/empty.txt", atomically: true, encoding: .utf8)
        var pipeline = try pipeline("stages: [words]\n", path: folder + "/p.yaml")
        XCTAssertEqual(pipeline.tests.map(\.name), ["from a file"])
        XCTAssertNil(pipeline.tests[0].text, "loading does not read test files")
        XCTAssertEqual(pipeline.tests[0].file, folder + "/empty.txt")
        XCTAssertEqual(PipelineTestDecoder.readFiles(&pipeline.tests), [])
        XCTAssertEqual(pipeline.tests[0].text, "  \n")
        // A blank file is refused by the same input checks as in a run.
        let result = PipelineTestRunner(pipeline: pipeline).run()[0]
        XCTAssertEqual(
            result.failures.map(\.message), ["test 'from a file': the text was not processed: the file has no text"])
        XCTAssertEqual(result.failures.first?.location.file, folder + "/p.tests.yaml")
    }

    func testTestsFileProblemsPointIntoThatFile() throws {
        let folder = try TestSupport.temporaryDirectory("pipeline-tests")
        try "tests:\n  - name: x\n    text: y\n    expect: {word: [{}]}\nextra: 1\n".write(
            toFile: folder + "/p.tests.yaml", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try pipeline("stages: [words]\n", path: folder + "/p.yaml")) { error in
            let messages = (error as? ConfigError)?.diagnostics.map {
                $0.description.replacingOccurrences(of: folder, with: "D")
            }
            XCTAssertEqual(
                messages,
                [
                    "D/p.tests.yaml:4:14: error: unknown field 'word' in 'expect' of test 'x'; did you mean 'words'? (this pipeline's output has features, words)",
                    "D/p.tests.yaml:5:1: error: unknown key 'extra' in a tests file (it holds one key, 'tests:', or just the list of tests)",
                ])
        }
    }

    func testCompanionPath() {
        XCTAssertEqual(PipelineTestDecoder.companionPath(of: "Pipelines/news.yaml"), "Pipelines/news.tests.yaml")
        XCTAssertEqual(PipelineTestDecoder.companionPath(of: "a/b.yml"), "a/b.tests.yaml")
        XCTAssertEqual(PipelineTestDecoder.companionPath(of: "pipeline"), "pipeline.tests.yaml")
    }
}

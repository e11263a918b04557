import TextMineCore
import TextMineTesting
import XCTest

/// Stages used only by these tests: a producer and a consumer of a test layer, with options of every kind.
struct ProducerStage: Stage {
    static let descriptor = StageDescriptor(name: "producer", summary: "makes words", produces: ["words"])
    struct Options: StageOptions {
        var count = 1
        var label = "x"
        var mode = Mode.fast
        enum Mode: String, OptionEnum { case fast, careful }
        enum CodingKeys: String, CodingKey { case count, label, mode }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            count = try container.decode(Int.self, forKey: .count, default: 1)
            label = try container.decode(String.self, forKey: .label, default: "x")
            mode = try container.decode(Mode.self, forKey: .mode, default: .fast)
        }
    }
    let options: Options
    init(options: Options, context: StageContext) throws { self.options = options }
    func process(_ document: inout Document) throws {}
}

struct ConsumerStage: Stage {
    static let descriptor = StageDescriptor(name: "consumer", summary: "needs words", consumes: ["words"])
    typealias Options = NoOptions
    init(options: NoOptions, context: StageContext) throws {}
    func process(_ document: inout Document) throws {}
}

final class ConfigDiagnosticsTests: XCTestCase {
    let registry = StageRegistry([ProducerStage.self, ConsumerStage.self])

    func diagnostics(_ yaml: String) -> [Diagnostic] {
        switch TestSupport.load(yaml, registry: registry, path: "p.yaml") {
        case .success: return []
        case .failure(let error): return error.diagnostics
        }
    }

    func testValidPipelineLoadsWithInstanceNames() throws {
        let pipeline = try TestSupport.load(
            """
            name: demo
            stages:
              - producer: {count: 3, mode: careful}
              - consumer
              - producer
            """, registry: registry
        ).get()
        XCTAssertEqual(pipeline.name, "demo")
        XCTAssertEqual(pipeline.entries.map(\.name), ["producer", "consumer", "producer.2"])
        let first = try XCTUnwrap(pipeline.entries[0].stage as? ProducerStage)
        XCTAssertEqual(first.options.count, 3)
        XCTAssertEqual(first.options.mode, .careful)
        XCTAssertEqual(pipeline.entries[0].location.line, 3)
        XCTAssertEqual(pipeline.entries[0].location.column, 5)
    }

    func testThreeMistakesAreAllReportedWithPositions() {
        let found = diagnostics(
            """
            stages:
              - consumer
              - prodcer: {}
              - producer:
                  cont: 2
            """)
        XCTAssertEqual(found.map(\.location.line), [2, 3, 5], found.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(found.map(\.location.column), [5, 5, 7])
        XCTAssertTrue(found[0].message.contains("needs 'words'"), found[0].message)
        XCTAssertTrue(found[0].message.contains("move 'producer' before 'consumer'"), found[0].message)
        XCTAssertTrue(found[1].message.contains("unknown stage 'prodcer'; did you mean 'producer'?"), found[1].message)
        XCTAssertTrue(
            found[2].message.contains("unknown option 'cont' for stage 'producer'; did you mean 'count'?"),
            found[2].message)
    }

    func testOrderErrorSuggestsAddingAMissingProvider() {
        let found = diagnostics("stages:\n  - consumer\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].message.contains("add 'producer' before 'consumer'"), found[0].message)
    }

    func testTypeErrorsInSeveralOptionsAreAllReported() {
        let found = diagnostics(
            """
            stages:
              - producer: {count: many, label: [a, b], mode: quick}
            """)
        XCTAssertEqual(found.count, 3, found.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(found.map(\.location.column), [23, 36, 50])
        XCTAssertTrue(found[0].message.contains("'count' must be an integer, found 'many'"))
        XCTAssertTrue(found[1].message.contains("'label' must be a string"))
        XCTAssertTrue(
            found[2].message.contains("did you mean 'fast'?") || found[2].message.contains("expected fast, careful"))
    }

    func testUnknownSectionAndMalformedYAML() {
        let unknown = diagnostics("stages: [producer]\noutptu: {}\n")
        XCTAssertEqual(unknown.map(\.message), ["unknown section 'outptu'; did you mean 'output'?"])
        let malformed = diagnostics("stages:\n  - producer: {count: 1\n")
        XCTAssertEqual(malformed.count, 1)
        XCTAssertTrue(malformed[0].message.hasPrefix("malformed YAML"), malformed[0].message)
        XCTAssertGreaterThan(malformed[0].location.line, 1)
    }

    func testStageEntryWithTwoKeysIsExplained() {
        let found = diagnostics("stages:\n  - producer:\n    count: 2\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].message.contains("exactly one key"), found[0].message)
    }

    func testRenderedDiagnosticShowsLineAndCaret() {
        let found = diagnostics("stages:\n  - producer: {cuont: 1}\n")
        XCTAssertEqual(
            found[0].rendered,
            """
            p.yaml:2:16: error: unknown option 'cuont' for stage 'producer'; did you mean 'count'?
              - producer: {cuont: 1}
                           ^
            """)
    }

    func testInputAndOutputSectionsAreValidated() {
        let found = diagnostics(
            """
            input: {max_bytes: lots, invalid_utf8: drop}
            output: {formats: [csv, sqlit]}
            stages: [producer]
            """)
        XCTAssertEqual(found.count, 3, found.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(found.contains { $0.message.contains("max_bytes must be a size") })
        XCTAssertTrue(found.contains { $0.message.contains("did you mean 'sqlite'?") })
        XCTAssertTrue(found.contains { $0.message.contains("'drop'") })
    }

    func testValueOffsetMapsThroughQuoting() throws {
        let root = try ConfigNode.parse(
            yaml: """
                plain: ab\\d
                single: 'it''s(x'
                double: "a\\tb(c"
                block: |
                  first
                  se(cond
                """, path: "q.yaml")
        XCTAssertEqual(root["plain"]!.location(ofValueOffset: 2).column, 10)
        // In 'it''s(x' the value "it's(x" has '(' at offset 4; in the file it is at column 15.
        XCTAssertEqual(root["single"]!.location(ofValueOffset: 4).column, 15)
        // In "a\tb(c" the value has '(' at offset 3; the escape takes two columns.
        XCTAssertEqual(root["double"]!.location(ofValueOffset: 3).column, 14)
        let block = root["block"]!.location(ofValueOffset: 8)
        XCTAssertEqual([block.line, block.column], [6, 5])
    }

    func testEditDistanceAndSuggestions() {
        XCTAssertEqual(Suggestion.editDistance("entitis", "entities"), 1)
        XCTAssertEqual(Suggestion.editDistance("tokneize", "tokenize"), 1)
        XCTAssertEqual(Suggestion.closest(to: "sentense", in: ["sentences", "sentiment"]), "sentences")
        XCTAssertNil(Suggestion.closest(to: "zzz", in: ["sentences"]))
    }
}

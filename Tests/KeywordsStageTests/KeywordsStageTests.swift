import Foundation
import TextMineCore
import TextMineTesting
import XCTest

@testable import KeywordsStage

final class KeywordsStageTests: XCTestCase {
    /// A document whose tokens are its space-separated words (the `tokenize` stage is not needed to test this one).
    static func document(_ id: String, group: String, _ text: String) -> Document {
        var document = Document(id: id, group: group, text: text)
        var start = 0
        let bytes = document.utf8 + [UInt8(ascii: " ")]
        for offset in bytes.indices where bytes[offset] == UInt8(ascii: " ") {
            if offset > start { document.tokens.append(Token(span: Span(start, offset))) }
            start = offset + 1
        }
        return document
    }

    static let corpus = [
        document("a/1.txt", group: "a", "apple banana apple"),
        document("a/2.txt", group: "a", "banana cherry"),
        document("b/3.txt", group: "b", "cherry cherry durian the"),
    ]

    func report(_ stage: KeywordsStage, _ documents: [Document]) -> AggregateReport {
        var state = stage.makeState()
        for document in documents { stage.accumulate(document, into: &state) }
        return stage.report(state)
    }

    func rows(_ report: AggregateReport, _ table: String) -> [[String]] {
        report.tables.first { $0.name == table }!.rowCollection.map { $0.map(\.text) }
    }

    /// idf(apple) = idf(durian) = ln(4/2) + 1 = 1.693147; idf(banana) = idf(cherry) = ln(4/3) + 1 = 1.287682.
    func testHandComputedScores() throws {
        let stage = try TestSupport.makeStage(KeywordsStage.self)
        let report = report(stage, Self.corpus)
        XCTAssertEqual(
            rows(report, "keywords"),
            [
                // Corpus: 8 terms ("the" is a stopword).
                ["", "1", "cherry", "0.482881", "3", "2"],  // 3/8 × 1.287682
                ["", "2", "apple", "0.423287", "2", "1"],  // 2/8 × 1.693147
                ["", "3", "banana", "0.321921", "2", "2"],
                ["", "4", "durian", "0.211643", "1", "1"],
                // Group a: 5 terms.
                ["a", "1", "apple", "0.677259", "2", "1"],  // 2/5 × 1.693147
                ["a", "2", "banana", "0.515073", "2", "2"],
                ["a", "3", "cherry", "0.257536", "1", "1"],
                ["b", "1", "cherry", "0.858455", "2", "1"],
                ["b", "2", "durian", "0.564382", "1", "1"],
            ])
        XCTAssertEqual(
            rows(report, "document_keywords"),
            [
                ["a/1.txt", "a", "1", "apple", "1.128765", "2"],  // 2/3 × 1.693147
                ["a/1.txt", "a", "2", "banana", "0.429227", "1"],
                ["a/2.txt", "a", "1", "banana", "0.643841", "1"],  // tie with cherry: by term
                ["a/2.txt", "a", "2", "cherry", "0.643841", "1"],
                ["b/3.txt", "b", "1", "cherry", "0.858455", "2"],
                ["b/3.txt", "b", "2", "durian", "0.564382", "1"],
            ])
        XCTAssertEqual(report.summary["documents"], .int(3))
        XCTAssertEqual(report.summary["distinct_terms"], .int(4))
    }

    func testTopMinDFStopwordsAndCase() throws {
        let top1 = try TestSupport.makeStage(KeywordsStage.self, "{top: 1, min_df: 2, per_document: false}")
        let report = report(top1, Self.corpus)
        XCTAssertEqual(
            rows(report, "keywords").map { [$0[0], $0[2]] }, [["", "cherry"], ["a", "banana"], ["b", "cherry"]])
        XCTAssertEqual(report.tables.map(\.name), ["keywords"])

        let custom = try TestSupport.makeStage(
            KeywordsStage.self, "{stopwords: none, add_stopwords: [Cherry], lowercase: false, min_length: 3}")
        let terms = Set(
            rows(self.report(custom, [Self.document("x", group: "", "The the Cherry ox apple")]), "keywords").map {
                $0[2]
            })
        XCTAssertEqual(terms, ["The", "the", "apple"])
    }

    func testTermsNeedALetter() throws {
        let stage = try TestSupport.makeStage(KeywordsStage.self)
        XCTAssertNil(stage.term("2024"))
        XCTAssertNil(stage.term("—"))
        XCTAssertNil(stage.term("a"))
        XCTAssertEqual(stage.term("Łódź"), "łódź")
        XCTAssertEqual(stage.term("COVID-19"), "covid-19")
    }

    // MARK: Merge laws

    func state(_ stage: KeywordsStage, _ documents: some Sequence<Document>) -> KeywordsStage.State {
        var state = stage.makeState()
        for document in documents { stage.accumulate(document, into: &state) }
        return state
    }

    func merged(_ a: KeywordsStage.State, _ b: KeywordsStage.State) -> KeywordsStage.State {
        var result = a
        result.merge(b)
        return result
    }

    func testMergeIsExactCommutativeAssociativeWithEmptyIdentity() throws {
        let stage = try TestSupport.makeStage(KeywordsStage.self, "{top: 5}")
        let words = [
            "market", "vote", "goal", "glacier", "budget", "council", "record", "fusion", "festival", "Bank", "bank",
        ]
        var generator = SplitMix(seed: 42)
        let documents = (0..<60).map { index in
            let text = (0..<(3 + Int(generator.next() % 12))).map { _ in
                words[Int(generator.next() % UInt64(words.count))]
            }.joined(separator: " ")
            return Self.document("g\(index % 4)/\(index).txt", group: "g\(index % 4)", text)
        }
        let whole = state(stage, documents)
        for _ in 0..<20 {
            var parts: [[Document]] = [[], [], []]
            for document in documents { parts[Int(generator.next() % 3)].append(document) }
            let (a, b, c) = (state(stage, parts[0]), state(stage, parts[1]), state(stage, parts[2]))
            XCTAssertEqual(merged(merged(a, b), c), whole)
            XCTAssertEqual(merged(a, merged(b, c)), merged(merged(a, b), c))
            XCTAssertEqual(merged(a, b), merged(b, a))
            XCTAssertEqual(stage.report(merged(merged(c, a), b)), stage.report(whole))
        }
        XCTAssertEqual(merged(whole, stage.makeState()), whole)
        XCTAssertEqual(merged(stage.makeState(), whole), whole)
    }

    func testStateSurvivesEncodingForTextmineMerge() throws {
        let stage = try TestSupport.makeStage(KeywordsStage.self)
        let aggregator = AnyAggregator(stage, name: "keywords")
        let original = state(stage, Self.corpus)
        let decoded = try aggregator.decode(try aggregator.encode(original))
        XCTAssertEqual(decoded as? KeywordsStage.State, original)
    }

    func testSameDocumentInTwoStatesMergesInAnyOrder() throws {
        let stage = try TestSupport.makeStage(KeywordsStage.self)
        let a = state(stage, [Self.document("x", group: "one", "apple")])
        let b = state(stage, [Self.document("x", group: "two", "banana")])
        XCTAssertEqual(merged(a, b), merged(b, a))
        XCTAssertEqual(merged(a, b).documents["x"]?.group, "one")
    }

    // MARK: Options

    func testOptionErrorsHavePositions() {
        let yaml = """
            stages:
              - keywords:
                  top: 0
                  stopwords: englsh
                  min_dff: 2
            """
        guard case .failure(let error) = TestSupport.load(yaml, registry: StageRegistry([KeywordsStage.self])) else {
            return XCTFail("accepted")
        }
        let messages = error.diagnostics.map(\.description)
        for expected in [
            "test.yaml:3:12: error: 'top' must be at least 1, found 0",
            "test.yaml:4:18: error: unknown 'stopwords' value 'englsh' (expected english, none); did you mean 'english'?",
            "test.yaml:5:7: error: unknown option 'min_dff' for stage 'keywords'; did you mean 'min_df'?",
        ] {
            XCTAssertTrue(messages.contains(expected), "missing \(expected) in\n\(messages.joined(separator: "\n"))")
        }
    }
}

/// A small deterministic generator for random splits.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

import Foundation
import TextMineCore
import TextMineTesting
import XCTest

@testable import AggregateStage

/// `max_pair_entities` bounds the pairs one document can add, keeps the first distinct entities, and says so.
final class PairCapTests: XCTestCase {
    /// One sentence naming `names` people (each twice), as the entities stage would mark them.
    func document(names: Int) -> Document {
        let people = (0..<names).map { "Person\($0) Name" }
        let text = (people + people).joined(separator: " and ") + " met."
        var document = Document(id: "a.txt", group: "", text: text)
        var offset = 0
        for person in people + people {
            document.entities.append(
                Entity(span: Span(offset, offset + person.utf8.count), type: "PERSON", rule: "P", stage: "entities"))
            offset += person.utf8.count + " and ".utf8.count
        }
        document.sentences = [Sentence(span: Span(0, text.utf8.count))]
        return document
    }

    func pairs(_ options: String, names: Int) throws -> (
        rows: [[String]], warnings: [(reason: String, message: String)]
    ) {
        let stage = try TestSupport.makeStage(AggregateStage.self, options)
        var document = document(names: names)
        try stage.process(&document)
        var state = stage.makeState()
        stage.accumulate(document, into: &state)
        let table = stage.report(state).tables.first { $0.name == "cooccurrence" }!
        var rows: [[String]] = []
        try table.forEachRow { row in rows.append(row.map { "\($0)" }) }
        return (rows, document.warnings)
    }

    func testTheCapKeepsTheFirstDistinctEntitiesAndWarns() throws {
        let capped = try pairs("{max_pair_entities: 4}", names: 10)
        // 4 distinct entities: 6 pairs per scope, among Person0…Person3 only.
        XCTAssertEqual(capped.rows.count, 12)
        XCTAssertTrue(
            capped.rows.allSatisfy { row in
                row.contains { $0.contains("Person0") || $0.contains("Person1") || $0.contains("Person2") }
            })
        XCTAssertFalse(capped.rows.contains { row in row.contains { $0.contains("Person4") } })
        XCTAssertEqual(capped.warnings.map(\.reason), ["pair_cap"], "\(capped.rows)")
        XCTAssertTrue(capped.warnings[0].message.contains("10 in the document"), capped.warnings[0].message)

        let under = try pairs("{max_pair_entities: 10}", names: 10)
        XCTAssertEqual(under.rows.count, 90, "45 pairs per scope, no cap reached")
        XCTAssertTrue(under.warnings.isEmpty, "mentions (20) exceed the cap, distinct entities (10) do not")
        XCTAssertEqual(try pairs("{max_pair_entities: 0}", names: 30).rows.count, 2 * 435, "0: no cap")
    }

    func testPairsGrowLinearlyWithTheDefaultCap() throws {
        // 1,000 distinct names in one sentence: without a cap 2 × 499,500 pairs; with the default 200, 2 × 19,900.
        let result = try pairs("{}", names: 1000)
        XCTAssertEqual(result.rows.count, 2 * 19_900)
        XCTAssertEqual(result.warnings.count, 1)
    }

    func testNegativeCapIsAConfigError() {
        XCTAssertThrowsError(try TestSupport.makeStage(AggregateStage.self, "{max_pair_entities: -1}"))
    }
}

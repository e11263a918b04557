import VADER
import XCTest

/// Agreement with vaderSentiment 3.3.2 on the generated fixtures
/// (see Scripts/vader/make_fixture.py).
final class FixtureAgreementTests: XCTestCase {
    let analyzer = SentimentAnalyzer()

    /// Quoted speech from the BBC News corpus: >= 99.5% agreement within 0.001
    /// on each of neg, neu, pos and compound.
    func testBBCQuotesAgreement() throws {
        guard let corpus = Fixtures.corpus else {
            throw XCTSkip(
                "the BBC corpus is not beside the repository (set TEXTMINE_BBC_CORPUS); the fixture holds only references into it"
            )
        }
        let rows = try Fixtures.loadReferences("bbc_quotes_vader.tsv", corpus: corpus)
        XCTAssertGreaterThan(rows.count, 1000)
        let agreement = Agreement(rows: rows, analyzer: analyzer)
        print(agreement.report("bbc_quotes_vader.tsv"))
        XCTAssertGreaterThanOrEqual(agreement.rate(agreement.negative), 0.995)
        XCTAssertGreaterThanOrEqual(agreement.rate(agreement.neutral), 0.995)
        XCTAssertGreaterThanOrEqual(agreement.rate(agreement.positive), 0.995)
        XCTAssertGreaterThanOrEqual(agreement.rate(agreement.compound), 0.995)
    }

    /// Hand-written rule sentences: 100% agreement (no documented divergences).
    func testRulesAgreement() throws {
        let rows = try Fixtures.load("rules_vader.tsv")
        XCTAssertGreaterThan(rows.count, 150)
        let agreement = Agreement(rows: rows, analyzer: analyzer)
        print(agreement.report("rules_vader.tsv"))
        XCTAssertEqual(agreement.all, agreement.total, "disagreements:\n" + agreement.report("rules"))
    }

    /// Random awkward texts (Scripts/vader/make_fuzz_fixture.py): 100% agreement.
    func testFuzzAgreement() throws {
        let rows = try Fixtures.load("fuzz_vader.tsv")
        XCTAssertGreaterThan(rows.count, 1000)
        let agreement = Agreement(rows: rows, analyzer: analyzer)
        print(agreement.report("fuzz_vader.tsv"))
        XCTAssertEqual(agreement.all, agreement.total, "disagreements:\n" + agreement.report("fuzz"))
    }

    /// The bytes API gives the same result as the String API.
    func testUTF8APIMatchesStringAPI() throws {
        let rows =
            try Fixtures.load("rules_vader.tsv") + Fixtures.load("fuzz_vader.tsv")
            + (Fixtures.corpus.map { try Fixtures.loadReferences("bbc_quotes_vader.tsv", corpus: $0) } ?? []).prefix(
                500)
        for row in rows {
            let bytes = Array(row.text.utf8)
            let viaBytes = bytes.withUnsafeBufferPointer { analyzer.scores(utf8: $0) }
            XCTAssertEqual(viaBytes, analyzer.scores(for: row.text), row.text)
        }
    }
}

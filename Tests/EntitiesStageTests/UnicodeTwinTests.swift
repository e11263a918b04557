import Foundation
import TextMineCore
import TextMineTesting
import XCTest

@testable import EntitiesStage

/// The stage runs a UCP-free twin of each pattern on texts without non-ASCII letters, numbers or spaces, because
/// JIT code for ASCII classes is about twice as fast. These tests check the twins never change a match.
final class UnicodeTwinTests: XCTestCase {
    func testDetectorSeesOnlyLettersNumbersAndSpaces() {
        func needs(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { EntitiesStage.needsUnicodeClasses($0) }
        }
        XCTAssertFalse(needs("Plain ASCII, £600m — “curly” quotes’ and … dashes"))
        XCTAssertTrue(needs("Łukasz"))
        XCTAssertTrue(needs("price\u{00A0}tag"), "no-break space is \\s under UCP")
        XCTAssertTrue(needs("٣ digits"))
        XCTAssertTrue(needs("naïve"))
    }

    func testTwinsGiveIdenticalEntitiesOnSamplesAndCorpus() throws {
        let pipeline = try PipelineLoader(registry: StageRegistry([EntitiesStage.self]))
            .load(
                yaml: """
                    stages:
                      - entities:
                          patterns_file: \(TestSupport.repositoryRoot)/Pipelines/patterns/news.tsv
                          overlap: all
                    """, path: "twins.yaml")
        let fast = try XCTUnwrap(pipeline.entries[0].stage as? EntitiesStage)
        // The same rules without their twins: every text is matched with PCRE2_UCP.
        var slow = fast
        slow.rules = fast.rules.map { rule in
            var rule = rule
            rule.withoutUCP = nil
            rule.hinted = rule.hinted.map { ($0.regex, nil) }  // the start-hinted forms lose their twin too
            return rule
        }
        XCTAssertTrue(fast.rules.contains { $0.withoutUCP != nil }, "the news patterns have twins to compare")
        var paths = try FileManager.default.subpathsOfDirectory(atPath: TestSupport.repositoryRoot + "/Samples")
            .filter { $0.hasSuffix(".txt") }.map { TestSupport.repositoryRoot + "/Samples/" + $0 }
        if let corpus = TestSupport.bbcCorpus {
            let all = try FileManager.default.subpathsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }
                .sorted()
            paths += stride(from: 0, to: all.count, by: 7).map { corpus + "/" + all[$0] }
        } else {
            print("BBC corpus absent: comparing on Samples/ only")
        }
        // Texts that always take the twin path (ASCII plus punctuation and symbols only), so the comparison never
        // depends on the corpus being present.
        let asciiTexts = [
            "Markets rally\n\nShares in Acme Group plc rose 4.5% to $1.13bn on Tuesday, said Mr. John Smith of the Bank of England.",
            "Talks \u{2018}frank\u{2019}\n\nPrime Minister Jane Doe told reporters in London on March 3, 2024 that \u{00A3}600m was \u{201C}enough\u{201D}.",
            "Results\n\nUEFA and FIFA met at 0900 GMT; see https://example.org/a or mail info@example.org - 35 kilometres away.",
        ]
        var compared = 0
        var viaTwins = 0
        for item in paths + asciiTexts.map({ "inline:" + $0 }) {
            let path = item
            let text =
                item.hasPrefix("inline:")
                ? String(item.dropFirst(7)) : try String(contentsOfFile: item, encoding: .utf8)
            var a = Document(id: path, text: text)
            var b = a
            try fast.process(&a)
            try slow.process(&b)
            XCTAssertEqual(a.entities, b.entities, path)
            compared += 1
            if !a.withUTF8({ EntitiesStage.needsUnicodeClasses($0) }) { viaTwins += 1 }
        }
        print("compared \(compared) documents, \(viaTwins) of them matched with the UCP-free twins")
        XCTAssertGreaterThan(viaTwins, 0)
    }
}

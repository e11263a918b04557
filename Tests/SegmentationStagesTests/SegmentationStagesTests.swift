import TextMineCore
import TextMineTesting
import XCTest

@testable import SentencesStage
@testable import TokenizeStage

final class SegmentationStagesTests: XCTestCase {
    func testTokenizeFollowsSpacyConventions() throws {
        let stage = try TestSupport.makeStage(TokenizeStage.self)
        let document = try TestSupport.run([stage], on: "Mr. Nowak didn’t pay $1.13bn (27%) to the U.S. firm.")
        XCTAssertEqual(
            document.tokens.map { document[$0.span] },
            ["Mr.", "Nowak", "did", "n’t", "pay", "$", "1.13bn", "(", "27", "%", ")", "to", "the", "U.S.", "firm", "."])
    }

    func testSpecialCasesOption() throws {
        let plain = try TestSupport.makeStage(TokenizeStage.self)
        let custom = try TestSupport.makeStage(TokenizeStage.self, #"{special_cases: {"Supt.": ["Supt."]}}"#)
        let text = "Det Supt. Hale spoke."
        let before = try TestSupport.run([plain], on: text)
        let after = try TestSupport.run([custom], on: text)
        XCTAssertFalse(before.tokens.map { before[$0.span] }.contains("Supt."))
        XCTAssertTrue(after.tokens.map { after[$0.span] }.contains("Supt."))
        XCTAssertThrowsError(
            try TestSupport.makeStage(TokenizeStage.self, #"{special_cases: {"gonna": ["go", "na"]}}"#))
    }

    func testSentencesHeadlineQuotesAndParagraphs() throws {
        let stage = try TestSupport.makeStage(SentencesStage.self)
        let text = """
            Minister has 'frank' talks

            Dr. J. K. Moreno met Mr. Hale on Jan. 5. "Why now?" she asked. It went well.

            "We are done," he said.
            """
        let document = try TestSupport.run([stage], on: text)
        XCTAssertEqual(
            document.sentences.map { document[$0.span] },
            [
                "Minister has 'frank' talks",
                "Dr. J. K. Moreno met Mr. Hale on Jan. 5.",
                "\"Why now?\" she asked.",
                "It went well.",
                "\"We are done,\" he said.",
            ])
    }

    func testAbbreviationOptions() throws {
        let text = "Head\n\nWe met at Xyz. Hale spoke today. He left."
        let plain = try TestSupport.run([try TestSupport.makeStage(SentencesStage.self)], on: text)
        let added = try TestSupport.run(
            [try TestSupport.makeStage(SentencesStage.self, "{abbreviations_add: [Xyz.]}")], on: text)
        XCTAssertEqual(plain.sentences.count, 4)
        XCTAssertEqual(added.sentences.count, 3)
        let removed = try TestSupport.run(
            [try TestSupport.makeStage(SentencesStage.self, "{abbreviations_remove: [Dr.]}")],
            on: "Head\n\nAsk Dr. Hale now.")
        XCTAssertEqual(removed.sentences.count, 3, "without 'Dr.' the period ends a sentence")
    }

    /// The English golden rules through the stage with the default options (`sentences: {}`): at least 47 of 48.
    func testGoldenRulesWithDefaultStageOptions() throws {
        let stage = try TestSupport.makeStage(SentencesStage.self, "{}")
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../TextSegmentationTests/Fixtures/golden_rules.json")
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as? [String: Any])
        let rules = try XCTUnwrap(root["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.count, 48)
        var passed = 0
        for rule in rules {
            let input = try XCTUnwrap(rule["input"] as? String)
            let document = try TestSupport.run([stage], on: input)
            if document.sentences.map({ document[$0.span] }) == (rule["expected"] as? [String]) { passed += 1 }
        }
        print("golden rules through 'sentences: {}': \(passed)/48")
        XCTAssertGreaterThanOrEqual(passed, 47)
    }
}

import XCTest

@testable import EntitiesStage

/// A rule skips documents that hold none of the literal texts one of which all its matches contain
/// (``RequiredText``); the entities layer with and without it is compared on every BBC article in `StartHintTests`.
final class RequiredTextTests: XCTestCase {
    private func required(_ pattern: String) -> [String]? {
        RequiredText.find(in: pattern, caseless: false, extended: false)?.map { String(decoding: $0, as: UTF8.self) }
    }

    func testFindsTheFirstGroupOfPlainAlternativesEveryMatchPassesThrough() {
        XCTAssertEqual(
            required("\\b\\p{Lu}[\\p{L}&]*(?:\\s+\\p{Lu}[\\p{L}&]*)*\\s+(?:Inc|Ltd|plc|Corp)\\b"),
            ["Inc", "Ltd", "plc", "Corp"])
        XCTAssertEqual(
            required("\\b(?=\\p{Lu})(?!(?:The|A)\\h)(?:Bank|Royal Society)\\h(?:of|for)"), ["Bank", "Royal Society"],
            "lookarounds are passed over; a space is plain text")
        XCTAssertEqual(required("\\d+ (million|billion)\\b"), ["million", "billion"], "a capturing group")
        XCTAssertEqual(required("(?:x\\d)?(?:k2|M3)+"), ["k2", "M3"], "the first group that must match")
        XCTAssertEqual(required("a(?:Bank){2}"), ["Bank"])
    }

    func testLeavesOutWhatAMatchMayLack() {
        XCTAssertNil(required("\\d+(?:Inc|Ltd)?"), "optional")
        XCTAssertNil(required("\\d+(?:Inc|Ltd)*"), "optional")
        XCTAssertNil(required("\\d+(?:Inc|Ltd){0,2}"), "optional")
        XCTAssertNil(required("x(?:|Inc)"), "an empty alternative")
        XCTAssertNil(required("x(?:In.|Ltd)"), "a metacharacter")
        XCTAssertNil(required("x(?:Inc\\b|Ltd)"), "an escape")
        XCTAssertNil(required("x(?:Inc|(?:Ltd))"), "a nested group")
        XCTAssertNil(required("x(?:Inc|Ltd-Co)"), "punctuation")
        XCTAssertNil(required("x(?:Inc|Zoë)"), "non-ASCII")
        XCTAssertNil(required("(?=Inc|Ltd)\\w+"), "a lookahead")
        XCTAssertNil(required("(?<=Inc|Ltd)\\w+"), "a lookbehind")
        XCTAssertNil(required("(?!Inc)\\w+"), "a negative lookahead")
        XCTAssertNil(required("(?>Inc|Ltd)"), "an atomic group is not read")
        XCTAssertNil(required("(?<n>Inc|Ltd)"), "a named group is not read")
        XCTAssertNil(required("a|(?:Inc|Ltd)"), "only one branch has it")
        XCTAssertNil(required("(?i)x(?:Inc|Ltd)"), "an option setting: unreadable")
        XCTAssertNil(required("\\Qa(\\E(?:Inc|Ltd)"), "quoted text: unreadable")
        XCTAssertNil(RequiredText.find(in: "x(?:Inc|Ltd)", caseless: true, extended: false), "the i flag")
        XCTAssertNil(RequiredText.find(in: "x(?:Inc|Ltd)", caseless: false, extended: true), "the x flag")
    }

    func testAbsenceOfEveryText() {
        func absent(_ texts: [String], _ text: String) -> Bool {
            var text = text
            let needles = RequiredText.Needles(texts.map { Array($0.utf8) })
            return text.withUTF8 { RequiredText.areAbsent(needles, from: $0) }
        }
        let words = ["Inc", "Royal Society"]
        XCTAssertTrue(absent(words, ""))
        XCTAssertTrue(absent(words, "In"))
        XCTAssertTrue(absent(words, "IIInIn cInc"[...].lowercased()))
        XCTAssertTrue(absent(words, "Royal Societ"), "cut short at the end")
        XCTAssertTrue(absent(words, "Royal  Society, In c"))
        XCTAssertFalse(absent(words, "Inc"), "the whole text")
        XCTAssertFalse(absent(words, "IIInc"), "after repeats of its first byte")
        XCTAssertFalse(absent(words, "Acme Inc"), "at the end")
        XCTAssertFalse(absent(words, "Royal Society of Arts"), "at the start")
        XCTAssertFalse(absent(words, "InInc."))
        XCTAssertFalse(absent(["x"], "abcx"))
        XCTAssertTrue(absent(["xyz"], "xy"), "longer than the text")
        XCTAssertFalse(absent(["plc"], "a plc"), "anchored on its rarest byte, the p")
        XCTAssertFalse(absent(["zoo"], "zoo"), "anchored on the z, at the start")
        XCTAssertFalse(absent(["ooz"], "the ooz"), "anchored on the z, at the end")
        XCTAssertTrue(absent(["ooz"], "oz oz ooo z"))
        let needles = RequiredText.Needles(
            ["plc", "Corp", "Royal Society", "Co", "of the year"].map { Array($0.utf8) })
        XCTAssertEqual(needles.groups.map(\.byte), Array("pCRy".utf8), "anchors: the rarest byte of each text")
        XCTAssertEqual(needles.groups.map { $0.texts.map(\.anchor) }, [[0], [0, 0], [0], [7]])
        XCTAssertFalse(absent(["Co", "Corp", "xCorpse"], "a Corp"), "texts sharing an anchor byte")
        XCTAssertFalse(absent(["xCorpse", "Corp", "Co"], "a Corp"), "in any order")
        XCTAssertTrue(absent(["xCorpse", "Corps", "CC"], "a Corp C"))
        // Every placement of a text in fillers made of its own prefixes.
        for length in 0..<40 {
            var filler = String(repeating: "R", count: length)
            XCTAssertTrue(absent(words, filler))
            filler += "Royal Societ"
            XCTAssertTrue(absent(words, filler))
            XCTAssertFalse(absent(words, filler + "y"))
        }
    }
}

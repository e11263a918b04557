import Foundation
import TextMineCore
import XCTest

/// How a test's partial annotation (YAML) compares with an annotation of the output (JSON): the rules `textmine test`
/// documents (README, "textmine test").
final class AnnotationMatchTests: XCTestCase {
    private func pattern(_ yaml: String) throws -> ConfigNode {
        try ConfigNode.parse(yaml: yaml, path: "t.yaml")
    }

    private func json(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    private func matches(_ yaml: String, _ jsonText: String) throws -> Bool {
        AnnotationMatch.matches(try pattern(yaml), try json(jsonText))
    }

    func testStringsCompareExactly() throws {
        let entity = #"{"start":10,"end":16,"text":"$1.3bn","type":"MONEY","value":1300000000.0,"unit":"USD"}"#
        XCTAssertTrue(try matches(#"{type: MONEY, text: "$1.3bn"}"#, entity))
        XCTAssertTrue(try matches("{type: MONEY, text: $1.3bn}", entity))
        XCTAssertFalse(try matches("{type: money}", entity), "case counts")
        XCTAssertFalse(try matches("{text: \"$1.3bn \"}", entity), "spaces count")
        XCTAssertFalse(try matches("{type: MONEY, text: $1.3}", entity), "all given fields must be equal")
        // Canonically equivalent forms are one text: é composed (U+00E9) and decomposed (e + U+0301).
        XCTAssertTrue(try matches("{text: \"Zo\u{65}\u{301}\"}", #"{"text":"Zo\u00e9"}"#))
    }

    func testNumbersCompareByValue() throws {
        let entity = #"{"type":"MONEY","value":1300000000.0,"low":5,"unit":"USD"}"#
        XCTAssertTrue(try matches("{value: 1300000000}", entity))
        XCTAssertTrue(try matches("{value: 1.3e9}", entity))
        XCTAssertTrue(try matches("{value: 1300000000.000}", entity))
        XCTAssertTrue(try matches("{low: 5.0}", entity))
        XCTAssertFalse(try matches("{value: 1300000001}", entity))
        XCTAssertFalse(try matches(#"{value: "1300000000"}"#, entity), "a quoted number is a string")
        XCTAssertTrue(try matches("{compound: -0.4588}", #"{"compound":-0.4588}"#))
        XCTAssertFalse(try matches("{compound: -0.459}", #"{"compound":-0.4588}"#), "no rounding: the value as written")
    }

    func testNullMatchesNullOrMissing() throws {
        let quote = #"{"kind":"scare","speaker":null,"cue":null}"#
        XCTAssertTrue(try matches("{speaker: null, kind: scare}", quote))
        XCTAssertTrue(try matches("{speaker: ~}", quote))
        XCTAssertTrue(try matches("{canonical: null}", quote), "a missing field is null")
        XCTAssertFalse(try matches("{speaker: null}", #"{"speaker":"Tony Blair"}"#))
        XCTAssertFalse(try matches(#"{speaker: "null"}"#, quote), "a quoted null is the string")
    }

    func testBooleansNestedObjectsAndLists() throws {
        let quote =
            #"{"kind":"speech","unclosed":true,"sentiment":{"neg":0.0,"compound":0.6,"label":"positive"},"hits":[1,2]}"#
        XCTAssertTrue(try matches("{unclosed: true}", quote))
        XCTAssertFalse(try matches("{unclosed: false}", quote))
        XCTAssertFalse(try matches(#"{unclosed: "true"}"#, quote))
        XCTAssertTrue(try matches("{sentiment: {label: positive}}", quote), "objects match partially")
        XCTAssertFalse(try matches("{sentiment: {label: negative}}", quote))
        XCTAssertFalse(try matches("{sentiment: positive}", quote), "a scalar never equals an object")
        XCTAssertTrue(try matches("{hits: [1, 2]}", quote))
        XCTAssertFalse(try matches("{hits: [1]}", quote), "lists match item by item, same length")
        XCTAssertTrue(try matches("{}", quote), "an empty partial annotation matches any annotation")
    }

    func testItemsOfAFieldAndRendering() throws {
        XCTAssertNil(AnnotationMatch.items(of: nil))
        XCTAssertEqual(AnnotationMatch.items(of: try json("[1,2]"))?.count, 2)
        XCTAssertEqual(AnnotationMatch.items(of: try json(#"{"label":"positive"}"#))?.count, 1, "an object is one item")

        XCTAssertEqual(
            AnnotationMatch.render(try pattern(#"{type: MONEY, text: "$1.3bn"}"#)), #"{type: MONEY, text: "$1.3bn"}"#)
        XCTAssertEqual(
            AnnotationMatch.render(try pattern("{speaker: Tony Blair, kind: speech}")),
            "{speaker: Tony Blair, kind: speech}")
        let quote = try json(
            #"{"start":0,"end":14,"text":"\"We will win,\"","kind":"speech","speaker":null,"cue":"said"}"#)
        XCTAssertEqual(
            AnnotationMatch.render(quote, shapedLike: try pattern("{speaker: Tony Blair, kind: speech}")),
            #"{speaker: null, kind: speech, text: "\"We will win,\""}"#)
        XCTAssertEqual(AnnotationMatch.render(try json("1300000000.0")), "1300000000")
        XCTAssertEqual(AnnotationMatch.render(try json(#""4""#)), #""4""#, "a string that reads as a number is quoted")
    }
}

import Foundation
import TextMineCore
import TextMineTesting
import XCTest

@testable import EntitiesStage

/// No entity may contain a blank line, whatever its rule, list or pattern (`\s+` included): the stage enforces it.
final class ParagraphBreakTests: XCTestCase {
    let registry = StageRegistry([EntitiesStage.self])

    func found(_ yaml: String, in text: String) throws -> [String] {
        let pipeline = try TestSupport.load("stages:\n  - entities:\n" + yaml, registry: registry).get()
        let stage = try XCTUnwrap(pipeline.entries.first?.stage as? EntitiesStage)
        let document = try TestSupport.run([stage], on: text)
        return document.entities.map { document[$0.span] }
    }

    let names = "      patterns: {PROPN: '\\b\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+\\b'}\n"

    func testARuleIsRerunInsideTheParagraphItWouldLeave() throws {
        XCTAssertEqual(
            try found(names, in: "He met Vladimir Putin\n\nToo Many Cooks came."), ["Vladimir Putin", "Too Many Cooks"])
        XCTAssertEqual(
            try found(names, in: "He met Vladimir Putin\r\n\r\nToo Many Cooks came."),
            ["Vladimir Putin", "Too Many Cooks"])
        XCTAssertEqual(
            try found(names, in: "He met Vladimir Putin\n \t\n\n\nToo Many Cooks came."),
            ["Vladimir Putin", "Too Many Cooks"])
        // One line break is not a paragraph break.
        XCTAssertEqual(try found(names, in: "He met Vladimir\nPutin there."), ["Vladimir\nPutin"])
    }

    func testEachParagraphBehavesAsADocumentOfItsOwn() throws {
        let rules = "      patterns: {ALL: '(?s)\\w.*\\w'}\n      overlap: all\n"
        XCTAssertEqual(try found(rules, in: "one two\n\nthree\n\n\nfour five"), ["one two", "three", "four five"])
        // Matches before and after a crossing one are kept as they were.
        XCTAssertEqual(
            try found(names, in: "Ann Lee and Bob Day met Sue Ray\n\nIn the end Tim Cox spoke."),
            ["Ann Lee", "Bob Day", "Sue Ray", "Tim Cox"])
    }

    func testListsNeverSpanABlankLine() throws {
        let directory = try TestSupport.temporaryDirectory()
        try "New York\n".write(toFile: directory + "/places.txt", atomically: true, encoding: .utf8)
        let rules = "      lists: {LOCATION: \(directory)/places.txt}\n"
        XCTAssertEqual(try found(rules, in: "In New\nYork today."), ["New\nYork"])
        XCTAssertEqual(try found(rules, in: "In New\n\nYork today."), [])
    }

    /// The default news rules over the samples and, when present, every 10th BBC article: no entity holds a blank line.
    func testNewsRulesNeverCrossAParagraphOnRealText() throws {
        let stage = try XCTUnwrap(AmountTests.news)
        var files = try FileManager.default.subpathsOfDirectory(atPath: TestSupport.repositoryRoot + "/Samples")
            .filter { $0.hasSuffix(".txt") }.sorted().map { TestSupport.repositoryRoot + "/Samples/" + $0 }
        if let corpus = TestSupport.bbcCorpus {
            let all = try FileManager.default.subpathsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }
                .sorted()
            files += stride(from: 0, to: all.count, by: 10).map { corpus + "/" + all[$0] }
        } else {
            print("ParagraphBreakTests: the BBC corpus (../shared/corpora/bbc-news) is absent; checking Samples/ only")
        }
        var entities = 0
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let document = try TestSupport.run([stage], on: text)
            for entity in document.entities {
                let span = document[entity.span]
                XCTAssertNil(
                    span.range(of: #"\n[ \t\r]*\n"#, options: .regularExpression), "\(file): \(entity.type) '\(span)'")
            }
            entities += document.entities.count
        }
        XCTAssertGreaterThan(entities, 100)
    }
}

import Foundation
import TextMineCore
import TextMineTesting
import XCTest

@testable import EntitiesStage

final class EntitiesStageTests: XCTestCase {
    let registry = StageRegistry([EntitiesStage.self])

    func stage(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) throws -> EntitiesStage {
        let pipeline = try TestSupport.load("stages:\n  - entities:\n" + yaml, registry: registry).get()
        return try XCTUnwrap(pipeline.entries.first?.stage as? EntitiesStage, file: file, line: line)
    }

    func found(_ stage: EntitiesStage, in text: String) throws -> [String] {
        let document = try TestSupport.run([stage], on: text)
        return document.entities.map { "\($0.type):\(document[$0.span])" }
    }

    func testInlineMapRulesWithMoneyValues() throws {
        let entities = try stage(
            """
                  patterns:
                    MONEY: '[$£€]\\d[\\d,.]*\\s?(?:bn|billion|million|m)?'
            """)
        let document = try TestSupport.run([entities], on: "It cost $1.13bn, then £600m and €45 million.")
        XCTAssertEqual(document.entities.map { document[$0.span] }, ["$1.13bn", "£600m", "€45 million"])
        XCTAssertEqual(document.entities.map { $0.value?.amount }, [1_130_000_000, 600_000_000, 45_000_000])
        XCTAssertEqual(document.entities.map { $0.value?.unit }, ["USD", "GBP", "EUR"])
        XCTAssertEqual(document.entities.map(\.rule), ["MONEY", "MONEY", "MONEY"])
    }

    func testOverlapPolicies() throws {
        let rules = """
                  patterns:
                    - {id: short, type: ORG, pattern: 'Bank', priority: 5}
                    - {id: long, type: ORG, pattern: 'Bank of England'}
                    - {id: place, type: GPE, pattern: 'England'}
            """
        let text = "The Bank of England said so."
        XCTAssertEqual(try found(stage(rules + "\n      overlap: longest"), in: text), ["ORG:Bank of England"])
        XCTAssertEqual(try found(stage(rules + "\n      overlap: priority"), in: text), ["ORG:Bank", "GPE:England"])
        XCTAssertEqual(
            try found(stage(rules + "\n      overlap: all"), in: text),
            ["ORG:Bank", "ORG:Bank of England", "GPE:England"])
    }

    func testCaptureGroupBecomesTheSpan() throws {
        let entities = try stage(
            """
                  patterns:
                    - {type: PERSON, pattern: '(?:Mr|Ms|Dr)\\.? (?<name>[A-Z]\\w+)', group: name}
            """)
        XCTAssertEqual(try found(entities, in: "Then Dr. Nowak and Ms Björk spoke."), ["PERSON:Nowak", "PERSON:Björk"])
    }

    func testFlagsAndUnknownFlag() throws {
        let entities = try stage(
            """
                  patterns:
                    - {type: X, pattern: 'ceasefire', flags: i}
            """)
        XCTAssertEqual(try found(entities, in: "A CEASEFIRE and a Ceasefire."), ["X:CEASEFIRE", "X:Ceasefire"])
        XCTAssertThrowsError(try stage("      patterns:\n        - {type: X, pattern: 'a', flags: iq}\n"))
    }

    func testBadRegexPointsAtThePatternPosition() {
        let result = TestSupport.load(
            """
            stages:
              - entities:
                  patterns:
                    MONEY: '[$£€]\\d+(bn'
            """, registry: registry, path: "news.yaml")
        guard case .failure(let error) = result else { return XCTFail("expected an error") }
        XCTAssertEqual(error.diagnostics.count, 1)
        let diagnostic = error.diagnostics[0]
        XCTAssertTrue(diagnostic.message.contains("missing closing parenthesis"), diagnostic.message)
        XCTAssertEqual(diagnostic.location.line, 4)
        // The value starts after the quote at column 17; PCRE2 reports the error at the end of the 11-character pattern.
        XCTAssertEqual(diagnostic.location.column, 17 + 11)
    }

    func testPatternFileRulesAndErrors() throws {
        let folder = try TestSupport.temporaryDirectory()
        try "# money\nMONEY\t\\$\\d+\t2\n\nPCT\t\\d+%\n".write(
            toFile: folder + "/rules.tsv", atomically: true, encoding: .utf8)
        try "OK\tfine\nBAD\t(a\nNOTAB\n".write(toFile: folder + "/bad.tsv", atomically: true, encoding: .utf8)
        let pipeline = try PipelineLoader(registry: registry).load(
            yaml: "stages:\n  - entities: {patterns_file: rules.tsv}\n", path: folder + "/p.yaml")
        let stage = try XCTUnwrap(pipeline.entries[0].stage as? EntitiesStage)
        XCTAssertEqual(try found(stage, in: "Paid $40 for 5% more."), ["MONEY:$40", "PCT:5%"])
        XCTAssertThrowsError(
            try PipelineLoader(registry: registry).load(
                yaml: "stages:\n  - entities: {patterns_file: bad.tsv}\n", path: folder + "/p.yaml")
        ) { error in
            let diagnostics = (error as! ConfigError).diagnostics
            XCTAssertEqual(diagnostics.map(\.location.line), [2, 3])
            XCTAssertTrue(diagnostics[0].location.file.hasSuffix("bad.tsv"))
            XCTAssertEqual(diagnostics[0].location.column, 7, "BAD<TAB>(a: the error is at the end of the pattern")
        }
    }

    func testGazetteerMatchesWholeWordsCaseInsensitively() throws {
        let folder = try TestSupport.temporaryDirectory()
        try "United Kingdom\nUK\nNew  York\n# comment\nPoland\n".write(
            toFile: folder + "/places.txt", atomically: true, encoding: .utf8)
        let pipeline = try PipelineLoader(registry: registry).load(
            yaml: "stages:\n  - entities: {lists: {GPE: places.txt}}\n", path: folder + "/p.yaml")
        let stage = try XCTUnwrap(pipeline.entries[0].stage as? EntitiesStage)
        XCTAssertEqual(
            try found(stage, in: "The united kingdom, the UK and New\nYork; not UKIP or Polanders. Poland."),
            ["GPE:united kingdom", "GPE:UK", "GPE:New\nYork", "GPE:Poland"])
    }

    func testSeveralListFilesForOneTypeAndPriorityBelowZero() throws {
        let folder = try TestSupport.temporaryDirectory()
        try "France\nUnited States\n".write(toFile: folder + "/countries.txt", atomically: true, encoding: .utf8)
        try "Paris\nNew York\n".write(toFile: folder + "/cities.txt", atomically: true, encoding: .utf8)
        let pipeline = try PipelineLoader(registry: registry).load(
            yaml: """
                stages:
                  - entities:
                      lists: {LOCATION: [countries.txt, cities.txt]}
                      lists_case_sensitive: true
                      patterns:
                        - {type: PROPN, pattern: '\\b\\p{Lu}\\w+(?:\\s+\\p{Lu}\\w+)+', priority: -2}
                      overlap: priority
                """, path: folder + "/p.yaml")
        let stage = try XCTUnwrap(pipeline.entries[0].stage as? EntitiesStage)
        // Lists (priority 0) win over the low-priority PROPN rule even where PROPN is longer; it fills the gaps.
        XCTAssertEqual(
            try found(stage, in: "In Paris and New York, France met Jane Smith; not the united states."),
            ["LOCATION:Paris", "LOCATION:New York", "LOCATION:France", "PROPN:Jane Smith"])
    }

    func testLargeGazetteerStaysFast() throws {
        let folder = try TestSupport.temporaryDirectory()
        let phrases = (0..<100_000).map { "Phrase\($0) Entry" }.joined(separator: "\n")
        try phrases.write(toFile: folder + "/big.txt", atomically: true, encoding: .utf8)
        let pipeline = try PipelineLoader(registry: registry).load(
            yaml: "stages:\n  - entities: {lists: {BIG: big.txt}}\n", path: folder + "/p.yaml")
        let stage = try XCTUnwrap(pipeline.entries[0].stage as? EntitiesStage)
        XCTAssertEqual(
            try found(stage, in: "see phrase99999 entry and Phrase5 Entry, not Phrase5 Entryway"),
            ["BIG:phrase99999 entry", "BIG:Phrase5 Entry"])
    }

    func testCatastrophicPatternFailsTheDocumentWithAClearError() throws {
        let entities = try stage(
            """
                  patterns: {BAD: '(a+)+$'}
                  match_limit: 5000
            """)
        var document = Document(id: "hostile.txt", text: String(repeating: "a", count: 5000) + "!")
        XCTAssertThrowsError(try entities.process(&document)) { error in
            XCTAssertTrue("\(error)".contains("rule 'BAD'"), "\(error)")
        }
    }

    /// Rules that match the empty string must step over whole characters (never split a UTF-8 sequence, never loop)
    /// and report only their non-empty matches.
    func testEmptyMatchesOverMultibyteTextAdvanceByWholeCharacters() throws {
        let entities = try stage(
            """
                  patterns:
                    - {id: star, type: X, pattern: 'x*'}
                    - {id: look, type: L, pattern: '(?=é)'}
                    - {id: lazy, type: Y, pattern: '\\p{Lu}*?'}
                    - {id: word, type: W, pattern: '\\w*'}
                  overlap: all
            """)
        // 2-, 3- and 4-byte characters (é, €, 🎉, a ZWJ sequence) around and between the x's.
        let text = "éxé€xx🎉👨‍👩‍👧xé"
        let document = try TestSupport.run([entities], on: text)
        let found = document.entities.map { "\($0.rule):\(document[$0.span])" }
        XCTAssertEqual(found.filter { $0.hasPrefix("star:") }, ["star:x", "star:xx", "star:x"])
        XCTAssertTrue(
            found.allSatisfy { !$0.hasPrefix("look:") && !$0.hasPrefix("lazy:") },
            "empty matches are not entities: \(found)")
        XCTAssertEqual(found.filter { $0.hasPrefix("word:") }, ["word:éxé", "word:xx", "word:xé"])
        for entity in document.entities {
            // Every span starts and ends on a character boundary: its text round-trips through UTF-8.
            let bytes = Array(document.utf8[entity.span.start..<entity.span.end])
            XCTAssertNotNil(
                String(validating: bytes, as: UTF8.self), "\(entity.rule) split a character at \(entity.span)")
        }
        // A long multibyte text with an empty-matching rule finishes (no infinite loop) and finds nothing.
        let long = String(repeating: "żółć🎉", count: 20_000)
        let empty = try TestSupport.run([entities], on: long)
        XCTAssertEqual(empty.entities.filter { $0.rule == "star" }.count, 0)
        XCTAssertEqual(empty.entities.filter { $0.rule == "word" }.count, 20_000, "each żółć is one \\w+ run")
    }

    func testNoRulesIsAConfigError() {
        XCTAssertThrowsError(try stage("      overlap: all\n"))
    }
}
